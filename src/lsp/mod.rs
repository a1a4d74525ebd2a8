//! `copydesk lsp`: the language server. An adapter over the analysis core:
//! it keeps open documents in ropes, runs `copydesk::analyze` off the
//! request path, and turns findings, quotes and names into diagnostics,
//! hovers, code actions, an outline and inlay hints.

mod documents;
mod edits;
mod features;
mod snapshot;
mod transport;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use copydesk::config::{RuleSetting, FILE_NAME};
use copydesk::finding::Severity;
use copydesk::{Config, Format};
use serde_json::Value;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::{Client, LanguageServer, LspService, Server, UriExt};

pub use documents::{Basis, OpenDocument, PositionEncoding};
pub use snapshot::Snapshot;

/// Commands the server carries out itself, so they work in every client.
pub const CMD_ADD_NAME: &str = "copydesk.addToHouseList";
pub const CMD_IGNORE: &str = "copydesk.ignoreInParagraph";

/// Editor settings, from `initializationOptions` or
/// `workspace/didChangeConfiguration`; they override `copydesk.toml`.
#[derive(Debug, Clone)]
pub struct Settings {
    pub rules: BTreeMap<String, RuleSetting>,
    pub inlay_hints: bool,
    pub languages: Vec<String>,
    pub max_workspace_files: usize,
    /// The largest draft on disk read (`maxFileSize`: bytes, or a size
    /// such as "64MB", as `--max-file-size`).
    pub max_file_size: u64,
    pub preferred_names: Vec<String>,
    /// Check the drafts in the workspace that are not open (off by
    /// default: an archive folder would flood the editor's problem list).
    pub check_workspace: bool,
    /// Repeat each finding's message in the hover. Off for editors that
    /// already show the diagnostic in the same hover (VS Code), where the
    /// hover then adds only the rule's explanation.
    pub hover_findings: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            rules: BTreeMap::new(),
            inlay_hints: true,
            languages: vec!["markdown".into(), "plaintext".into(), "text".into()],
            max_workspace_files: 1000,
            max_file_size: crate::workspace::DEFAULT_MAX_DRAFT,
            preferred_names: Vec::new(),
            check_workspace: false,
            hover_findings: true,
        }
    }
}

/// A JSON array's strings; other elements are skipped.
fn strings(value: Option<&Value>) -> Option<Vec<String>> {
    let list = value?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
    )
}

impl Settings {
    /// Reads `{"copydesk": {...}}` or `{...}`; unknown keys are ignored,
    /// bad values keep the previous setting.
    pub fn update(&mut self, value: &Value) {
        let v = value.get("copydesk").unwrap_or(value);
        if let Some(rules) = v.get("rules").and_then(Value::as_object) {
            self.rules.clear();
            for (code, r) in rules {
                if copydesk::rules::find(code).is_none() {
                    continue;
                }
                self.rules.insert(
                    code.clone(),
                    RuleSetting {
                        enabled: r.get("enabled").and_then(Value::as_bool),
                        severity: r
                            .get("severity")
                            .and_then(Value::as_str)
                            .and_then(Severity::parse),
                    },
                );
            }
        }
        if let Some(b) = v.get("inlayHints").and_then(Value::as_bool) {
            self.inlay_hints = b;
        }
        if let Some(langs) = strings(v.get("languages")) {
            self.languages = langs;
        }
        if let Some(n) = v.get("maxWorkspaceFiles").and_then(Value::as_u64) {
            self.max_workspace_files = n as usize;
        }
        let size = match v.get("maxFileSize") {
            Some(Value::Number(n)) => n.as_u64().filter(|&n| n > 0),
            Some(Value::String(s)) => crate::workspace::parse_size(s).ok(),
            _ => None,
        };
        if let Some(n) = size {
            self.max_file_size = n;
        }
        if let Some(names) = strings(v.get("preferredNames")) {
            self.preferred_names = names;
        }
        if let Some(b) = v.get("checkWorkspace").and_then(Value::as_bool) {
            self.check_workspace = b;
        }
        if let Some(b) = v.get("hoverFindings").and_then(Value::as_bool) {
            self.hover_findings = b;
        }
    }

    fn apply(&self, mut config: Config) -> Config {
        for (code, r) in &self.rules {
            let entry = config.rules.entry(code.clone()).or_default();
            if r.enabled.is_some() {
                entry.enabled = r.enabled;
            }
            if r.severity.is_some() {
                entry.severity = r.severity;
            }
        }
        config
            .preferred_names
            .extend(self.preferred_names.iter().cloned());
        config
    }
}

#[derive(Default)]
struct State {
    enc: Option<PositionEncoding>,
    docs: HashMap<Uri, OpenDocument>,
    /// The latest analysis of each document, open or on disk.
    snapshots: HashMap<Uri, Arc<Snapshot>>,
    settings: Settings,
    roots: Vec<PathBuf>,
    /// The config file that governs each folder (`None`: none above it).
    config_dirs: HashMap<PathBuf, Option<PathBuf>>,
    /// Each config file as last read: its modification time, and the last
    /// good config with whether the file is broken now.
    config_files: HashMap<PathBuf, LoadedConfig>,
    /// Which drafts on disk are checked, decided as `copydesk check`
    /// decides it; built on first use and dropped when a config changes,
    /// so each config is read once between changes.
    workspace: Option<Arc<crate::workspace::Workspace>>,
    watch_dynamic: bool,
    /// Whether the editor takes versioned edits (`documentChanges`) and
    /// can create files through a workspace edit.
    versioned_edits: bool,
    create_files: bool,
    /// The generation of each open document an analysis has been started
    /// for.
    claimed: HashMap<Uri, u64>,
    /// Open documents with an analysis task running: at most one each,
    /// which picks up the newest text when it finishes.
    running: HashSet<Uri>,
    /// The generation of each open document whose analysis failed, so
    /// requests waiting for it answer rather than wait for ever.
    failed: HashMap<Uri, u64>,
    /// `copydesk.toml` files open in the editor: not analysed, but the
    /// house-list command edits the buffer rather than the file.
    open_configs: HashMap<Uri, OpenDocument>,
}

struct LoadedConfig {
    /// It and the configs above it that it may extend, found when it was
    /// read, so that checking it is up to date costs a look at each and
    /// no walk up the folders.
    chain: Vec<PathBuf>,
    /// When each of `chain` was last changed (`workspace::stamp_of`).
    modified: Option<Vec<std::time::SystemTime>>,
    /// The last good config (the default if it never parsed).
    last_good: Config,
    broken: bool,
}

/// What reading a config changed, for the config file's own diagnostics.
enum ConfigNews {
    Nothing,
    Broken(PathBuf, String),
    Fixed(PathBuf),
}

#[derive(Clone)]
pub struct Backend {
    client: Client,
    state: Arc<Mutex<State>>,
    /// One lock per document, held from the check that a snapshot is
    /// current until its diagnostics are sent, so that a slower task can
    /// never send an older version's diagnostics after a newer one's. Per
    /// document: a large message for one draft does not hold up another's.
    publishing: Arc<Mutex<HashMap<Uri, Arc<tokio::sync::Mutex<()>>>>>,
    /// Bumped each time an analysis of an open document ends (stored,
    /// superseded or failed); requests waiting for the current text's
    /// analysis wake on it.
    analysed: Arc<tokio::sync::watch::Sender<u64>>,
    counts: Arc<Counts>,
}

/// What the server has done since it started, answered to
/// `copydesk/stats` (for tests and benchmarks).
#[derive(Default)]
struct Counts {
    /// Analyses of open documents run to the end.
    analyses: AtomicU64,
    /// Diagnostics of open documents published.
    published: AtomicU64,
}

/// How long a typist must pause before a draft is analysed, by its size.
///
/// A draft under 100 KB (about 15,000 words, longer than nearly any story)
/// is analysed at once, so diagnostics follow every keystroke: its
/// analysis takes a few milliseconds, less than the gap between two keys.
/// A longer draft takes longer to analyse than a fast typist takes between
/// keys (about 0.1 s a megabyte on the build machines, several times that
/// while other work shares them), so an analysis started at a keystroke
/// would be superseded before it ends; there the server waits for a pause
/// of 50 ms, rising to 150 ms at 1 MB (a fast typist's keys come 50 to
/// 150 ms apart). Only while the user types fast: the first edit after a
/// pause is analysed at once.
fn debounce(bytes: usize) -> Duration {
    const FROM: u64 = 100 << 10;
    const TO: u64 = 1 << 20;
    let bytes = bytes as u64;
    if bytes < FROM {
        return Duration::ZERO;
    }
    let ms = 50 + (bytes.min(TO) - FROM) * 100 / (TO - FROM);
    Duration::from_millis(ms)
}

impl Backend {
    pub fn new(client: Client) -> Backend {
        Backend {
            client,
            state: Arc::new(Mutex::new(State::default())),
            publishing: Arc::default(),
            analysed: Arc::new(tokio::sync::watch::Sender::new(0)),
            counts: Arc::default(),
        }
    }

    /// `copydesk/stats`: how many analyses of open drafts have run and how
    /// many of their diagnostics were published.
    async fn stats(&self) -> Result<Value> {
        Ok(serde_json::json!({
            "analyses": self.counts.analyses.load(Ordering::Relaxed),
            "published": self.counts.published.load(Ordering::Relaxed),
        }))
    }

    /// The publishing lock of one document.
    fn turn(&self, uri: &Uri) -> Arc<tokio::sync::Mutex<()>> {
        let mut map = self.publishing.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(uri.clone()).or_default().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn enc(&self) -> PositionEncoding {
        self.lock().enc.unwrap_or(PositionEncoding::Utf16)
    }

    async fn log(&self, level: MessageType, message: String) {
        eprintln!("copydesk lsp: {message}");
        self.client.log_message(level, message).await;
    }

    /// The config for a document: `copydesk.toml` above its file (or the
    /// first workspace root), the last good one if it is broken, with the
    /// editor settings on top. Folders are looked up once and a file is
    /// read again only when it changes, not on every keystroke.
    fn config_for(&self, uri: &Uri) -> (Config, ConfigNews) {
        let dir = uri
            .to_file_path()
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .or_else(|| self.lock().roots.first().cloned());
        let found = dir.and_then(|d| {
            if let Some(hit) = self.lock().config_dirs.get(&d) {
                return hit.clone();
            }
            let hit = crate::workspace::find_config(&d);
            self.lock().config_dirs.insert(d, hit.clone());
            hit
        });
        let (config, news) = match found {
            None => (Config::default(), ConfigNews::Nothing),
            Some(path) => self.load_config(path),
        };
        let mut config = self.lock().settings.apply(config);
        config.today = crate::workspace::today();
        (config, news)
    }

    fn load_config(&self, path: PathBuf) -> (Config, ConfigNews) {
        let known = self
            .lock()
            .config_files
            .get(&path)
            .map(|k| (k.chain.clone(), k.modified.clone()));
        if let Some((chain, Some(modified))) = known {
            if crate::workspace::stamp_of(&chain).as_ref() == Some(&modified) {
                if let Some(k) = self.lock().config_files.get(&path) {
                    return (k.last_good.clone(), ConfigNews::Nothing);
                }
            }
        }
        let chain = crate::workspace::config_chain(&path);
        let modified = crate::workspace::stamp_of(&chain);
        let loaded = crate::workspace::load_config(&path);
        let mut st = self.lock();
        let was_broken = st.config_files.get(&path).is_some_and(|k| k.broken);
        let last_good = match &loaded {
            Ok(c) => c.clone(),
            Err(_) => st
                .config_files
                .get(&path)
                .map(|k| k.last_good.clone())
                .unwrap_or_default(),
        };
        st.config_files.insert(
            path.clone(),
            LoadedConfig {
                chain,
                modified,
                last_good: last_good.clone(),
                broken: loaded.is_err(),
            },
        );
        let news = match loaded {
            Err(e) => ConfigNews::Broken(path, e),
            Ok(_) if was_broken => ConfigNews::Fixed(path),
            Ok(_) => ConfigNews::Nothing,
        };
        (last_good, news)
    }

    /// The include/exclude decision for drafts on disk.
    fn workspace(&self) -> Option<Arc<crate::workspace::Workspace>> {
        let mut st = self.lock();
        if st.workspace.is_none() {
            st.workspace = crate::workspace::Workspace::new(None).ok().map(Arc::new);
        }
        st.workspace.clone()
    }

    /// Forgets what is known about config files, so that the next analysis
    /// reads them again (a watched config changed).
    fn forget_configs(&self) {
        let mut st = self.lock();
        st.workspace = None;
        st.config_dirs.clear();
        for known in st.config_files.values_mut() {
            known.modified = None;
        }
    }

    /// Publishes a broken config as a diagnostic on the config file, or
    /// clears it once the file is fixed.
    async fn report_config(&self, news: ConfigNews) {
        let (path, message) = match news {
            ConfigNews::Nothing => return,
            ConfigNews::Fixed(path) => {
                if let Some(uri) = Uri::from_file_path(&path) {
                    self.client.publish_diagnostics(uri, Vec::new(), None).await;
                }
                return;
            }
            ConfigNews::Broken(path, message) => (path, message),
        };
        let Some(uri) = Uri::from_file_path(&path) else {
            return;
        };
        // "path:line:col: message"
        let rest = message
            .strip_prefix(&format!("{}:", path.display()))
            .unwrap_or(&message);
        let mut parts = rest.splitn(3, ':');
        let line: u32 = parts
            .next()
            .and_then(|l| l.trim().parse().ok())
            .unwrap_or(1);
        let col: u32 = parts
            .next()
            .and_then(|c| c.trim().parse().ok())
            .unwrap_or(1);
        let text = parts.next().unwrap_or(rest).trim().to_string();
        let pos = Position::new(line.saturating_sub(1), col.saturating_sub(1));
        let diag = Diagnostic {
            range: Range::new(pos, Position::new(pos.line, pos.character + 1)),
            severity: Some(DiagnosticSeverity::ERROR),
            source: Some("copydesk".into()),
            message: format!("{text} (copydesk keeps using the last good config)"),
            ..Diagnostic::default()
        };
        self.client.publish_diagnostics(uri, vec![diag], None).await;
        self.log(MessageType::WARNING, format!("broken config: {message}"))
            .await;
    }

    fn format_of(uri: &Uri, language: &str) -> Format {
        let path = uri.path().as_str();
        if language == "markdown" {
            Format::Markdown
        } else {
            Format::from_path(path)
        }
    }

    /// Makes sure the open document's current text gets analysed: starts
    /// its analysis task unless one is running already (that one picks up
    /// the newest text when it ends).
    fn schedule(&self, uri: Uri) {
        {
            let mut st = self.lock();
            if !st.docs.contains_key(&uri) || !st.running.insert(uri.clone()) {
                return;
            }
        }
        let this = self.clone();
        tokio::spawn(async move { this.analyse_open(uri).await });
    }

    /// The analysis task of one open document: waits while the user types
    /// fast, analyses the newest text off the runtime, publishes it unless
    /// a newer text has arrived meanwhile, and goes on until the newest text
    /// has been analysed. A version superseded before its analysis starts is
    /// never analysed.
    async fn analyse_open(&self, uri: Uri) {
        loop {
            // A pause in the typing, if the user is typing fast.
            loop {
                let wait = {
                    let st = self.lock();
                    let Some(d) = st.docs.get(&uri) else {
                        drop(st);
                        self.lock().running.remove(&uri);
                        return;
                    };
                    d.wait_before_analysis(debounce(d.rope.len_bytes()), Instant::now())
                };
                if wait.is_zero() {
                    break;
                }
                tokio::time::sleep(wait).await;
            }
            // Claim the newest text. Texts are told apart by the server's
            // generation, never by the client's version number, which may
            // repeat or go back.
            let claimed = {
                let mut st = self.lock();
                match st.docs.get(&uri) {
                    Some(d) if st.claimed.get(&uri) != Some(&d.generation) => {
                        let job = (
                            d.generation,
                            d.version,
                            d.rope.to_string(),
                            Self::format_of(&uri, &d.language),
                        );
                        st.claimed.insert(uri.clone(), job.0);
                        Some(job)
                    }
                    _ => None,
                }
            };
            if let Some((generation, version, text, format)) = claimed {
                let enc = self.enc();
                // Config files are read, the draft analysed and its
                // diagnostics converted off the runtime.
                let done = tokio::task::spawn_blocking({
                    let this = self.clone();
                    let uri = uri.clone();
                    move || {
                        let (config, news) = this.config_for(&uri);
                        let mut snap = Snapshot::analyse(text, Some(version), format, &config);
                        snap.generation = Some(generation);
                        let diags = snap.diagnostics(&uri, enc);
                        (snap, diags, news)
                    }
                })
                .await;
                match done {
                    Ok((snap, diags, news)) => {
                        self.counts.analyses.fetch_add(1, Ordering::Relaxed);
                        self.report_config(news).await;
                        self.publish(uri.clone(), Arc::new(snap), diags, true).await;
                    }
                    Err(_) => {
                        self.lock().failed.insert(uri.clone(), generation);
                        self.log(
                            MessageType::ERROR,
                            format!("internal error analysing {}", uri.as_str()),
                        )
                        .await;
                    }
                }
                self.analysed.send_modify(|n| *n += 1);
            }
            // Done once the newest text is the one analysed; checked and
            // given up under one lock, so an edit cannot fall in between.
            let mut st = self.lock();
            let newest = st.docs.get(&uri).map(|d| d.generation);
            if newest.is_none() || newest.as_ref() == st.claimed.get(&uri) {
                st.running.remove(&uri);
                return;
            }
        }
    }

    /// Stores a snapshot and publishes its diagnostics (converted by the
    /// caller, outside any lock); for an open document only if it is still
    /// the current version.
    async fn publish(&self, uri: Uri, snap: Arc<Snapshot>, diags: Vec<Diagnostic>, open: bool) {
        let turn = self.turn(&uri);
        let _turn = turn.lock().await;
        {
            let mut st = self.lock();
            let current = st.docs.get(&uri).map(|d| d.generation);
            if open && current != snap.generation {
                return; // superseded
            }
            if !open && current.is_some() {
                return; // the buffer is live; the file on disk does not count
            }
            st.snapshots.insert(uri.clone(), snap.clone());
        }
        if open {
            self.counts.published.fetch_add(1, Ordering::Relaxed);
        }
        self.client
            .publish_diagnostics(uri, diags, snap.version)
            .await;
    }

    /// Analyses a draft on disk (not open) and publishes it, or clears its
    /// diagnostics when it is gone, and says why when it cannot be read.
    async fn check_disk(&self, uri: Uri) {
        let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
            self.clear(uri).await;
            return;
        };
        // Everything that touches the disk runs off the runtime: only a
        // regular file of at most the draft size limit is opened (a FIFO or
        // a device would wait for a writer that never comes, or never end),
        // and a draft that its config excludes is not checked, as in
        // `copydesk check`.
        let workspace = self.workspace();
        let max = self.lock().settings.max_file_size;
        let read = tokio::task::spawn_blocking({
            let path = path.clone();
            let this = self.clone();
            let uri = uri.clone();
            move || {
                let excluded =
                    |p: &Path| workspace.is_some_and(|w| w.applied(p).is_ok_and(|a| a.excludes(p)));
                match std::fs::symlink_metadata(&path) {
                    Err(_) => return Err(None), // gone: nothing to say
                    Ok(_) if excluded(&path) => return Err(None),
                    Ok(_) => {}
                }
                let text = crate::workspace::read_limited(&path, max).map_err(Some)?;
                let (config, news) = this.config_for(&uri);
                let format = Format::from_path(&path.to_string_lossy());
                let snap = Snapshot::analyse(text, None, format, &config);
                let diags = snap.diagnostics(&uri, this.enc());
                Ok((snap, diags, news))
            }
        })
        .await;
        match read {
            Ok(Ok((snap, diags, news))) => {
                self.report_config(news).await;
                self.publish(uri, Arc::new(snap), diags, false).await;
            }
            Ok(Err(why)) => {
                if let Some(why) = why {
                    self.log(MessageType::WARNING, why).await;
                }
                self.clear(uri).await;
            }
            Err(_) => {
                self.log(
                    MessageType::ERROR,
                    format!("internal error checking {}", path.display()),
                )
                .await;
                self.clear(uri).await;
            }
        }
    }

    async fn clear(&self, uri: Uri) {
        self.lock().snapshots.remove(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    /// The drafts in the workspace folders, up to the configured limit,
    /// and the files refused on the way (a FIFO or a link to a device named
    /// like a draft), each with its reason.
    fn workspace_drafts(&self) -> (Vec<PathBuf>, Vec<String>) {
        let (roots, limit) = {
            let st = self.lock();
            (st.roots.clone(), st.settings.max_workspace_files)
        };
        // The same decision as `copydesk check`: each file's own config
        // chain says whether it is included or excluded.
        let Some(workspace) = self.workspace() else {
            return (Vec::new(), Vec::new());
        };
        let (mut out, mut refused) = (Vec::new(), Vec::new());
        for root in roots {
            for entry in ignore::WalkBuilder::new(&root)
                .require_git(false)
                .build()
                .flatten()
            {
                if out.len() >= limit {
                    return (out, refused);
                }
                if entry.file_type().is_some_and(|t| t.is_dir()) {
                    continue;
                }
                match workspace.walked(entry.path(), entry.file_type()) {
                    Ok(crate::workspace::Walked::Draft) => out.push(entry.path().to_path_buf()),
                    Ok(crate::workspace::Walked::Refused(why)) => refused.push(why),
                    // a broken config is reported on the config itself
                    Ok(crate::workspace::Walked::NotADraft) | Err(_) => {}
                }
            }
        }
        (out, refused)
    }

    /// Checks every draft in the workspace that is not open, one at a time,
    /// so that typing is never kept waiting.
    fn scan_workspace(&self) {
        if !self.lock().settings.check_workspace {
            return;
        }
        let this = self.clone();
        tokio::spawn(async move {
            let (drafts, refused) = tokio::task::spawn_blocking({
                let this = this.clone();
                move || this.workspace_drafts()
            })
            .await
            .unwrap_or_default();
            for why in refused {
                this.log(MessageType::WARNING, why).await;
            }
            for path in drafts {
                if let Some(uri) = Uri::from_file_path(&path) {
                    if !this.lock().docs.contains_key(&uri) {
                        this.check_disk(uri).await;
                    }
                }
                tokio::task::yield_now().await;
            }
        });
    }

    /// The latest finished analysis of an open document's current text,
    /// waiting for it if the text has changed since; never an analysis of
    /// its own. For a draft that is not open, its last analysis from disk.
    async fn current(&self, uri: &Uri) -> Option<Arc<Snapshot>> {
        let mut analysed = self.analysed.subscribe();
        loop {
            {
                let st = self.lock();
                let snap = st.snapshots.get(uri).cloned();
                let Some(doc) = st.docs.get(uri) else {
                    return snap;
                };
                if let Some(s) = snap.filter(|s| s.generation == Some(doc.generation)) {
                    return Some(s);
                }
                if st.failed.get(uri) == Some(&doc.generation) {
                    return None;
                }
            }
            self.schedule(uri.clone());
            if analysed.changed().await.is_err() {
                return None;
            }
        }
    }

    fn wants(&self, language: &str, uri: &Uri) -> bool {
        let st = self.lock();
        st.settings.languages.iter().any(|l| l == language)
            || matches!(
                Path::new(uri.path().as_str())
                    .extension()
                    .and_then(|e| e.to_str()),
                Some("md" | "markdown" | "txt")
            )
    }

    /// Analyses everything again (the config or settings changed): the
    /// same versions, so their claims are released first.
    fn reanalyse_all(&self) {
        let open: Vec<Uri> = {
            let mut st = self.lock();
            st.claimed.clear();
            st.docs.keys().cloned().collect()
        };
        for uri in open {
            self.schedule(uri);
        }
        self.scan_workspace();
    }
}

/// Whether a document is a copydesk config file.
fn is_config(uri: &Uri) -> bool {
    uri.path().as_str().rsplit('/').next() == Some(FILE_NAME)
}

/// A command argument's "what it was computed on", as the code action
/// wrote it.
fn basis_arg(v: Option<&Value>) -> Option<(Basis, usize)> {
    let v = v?;
    let version = i32::try_from(v.get("version")?.as_i64()?).ok()?;
    let hash = u64::from_str_radix(v.get("hash")?.as_str()?, 16).ok()?;
    let offset = usize::try_from(v.get("offset")?.as_u64()?).ok()?;
    Some((Basis { version, hash }, offset))
}

impl Backend {
    /// Carries out a command and sends its edit; a refusal is shown to
    /// the user, since they asked for the command.
    async fn run_command(&self, params: ExecuteCommandParams) {
        let edit = match params.command.as_str() {
            CMD_ADD_NAME => self.add_name_edit(&params.arguments).await,
            CMD_IGNORE => self.ignore_edit(&params.arguments),
            other => Err(format!("unknown command {other}")),
        };
        let edit = match edit {
            Ok(edit) => edit,
            Err(why) => {
                self.log(MessageType::WARNING, why.clone()).await;
                self.client.show_message(MessageType::WARNING, why).await;
                return;
            }
        };
        match self.client.apply_edit(edit).await {
            Ok(r) if !r.applied => {
                let why = r.failure_reason.unwrap_or_default();
                self.log(
                    MessageType::WARNING,
                    format!("the editor did not apply the edit: {why}"),
                )
                .await;
            }
            Ok(_) => {}
            Err(e) => {
                self.log(
                    MessageType::WARNING,
                    format!("the editor did not apply the edit: {e}"),
                )
                .await;
            }
        }
    }

    /// `<!-- copydesk-ignore RULE -->` above the paragraph, if the draft
    /// still holds the text the action was offered on.
    fn ignore_edit(&self, args: &[Value]) -> std::result::Result<WorkspaceEdit, String> {
        let (Some(uri), Some(rule), Some((basis, offset))) = (
            args.first().and_then(Value::as_str),
            args.get(1).and_then(Value::as_str),
            basis_arg(args.get(3)),
        ) else {
            return Err(
                "copydesk.ignoreInParagraph takes a document, a rule, a line and what the action was computed on"
                    .into(),
            );
        };
        if copydesk::rules::find(rule).is_none() {
            return Err(format!("unknown rule {rule}"));
        }
        let uri: Uri = uri.parse().map_err(|_| format!("not a URI: {uri}"))?;
        let enc = self.enc();
        let (text, version, versioned) = {
            let st = self.lock();
            let doc = st
                .docs
                .get(&uri)
                .ok_or("the draft is no longer open; nothing was changed")?;
            if !doc.matches(&basis) {
                return Err("the draft has changed since this action was offered; nothing was changed. Ask for the action again.".into());
            }
            (doc.rope.to_string(), doc.version, st.versioned_edits)
        };
        let (at, insert) = edits::ignore_insertion(&text, offset, rule);
        let index = copydesk::line_index::LineIndex::new(&text);
        let pos = snapshot::position(&index, &text, at, enc);
        // Versioned where the editor takes it: it refuses the edit if the
        // draft changes before the edit arrives.
        Ok(features::edit_for(
            &uri,
            Some(version),
            vec![TextEdit::new(Range::new(pos, pos), insert)],
            versioned,
        ))
    }

    /// Adds a name to `[names] preferred` in the draft's `copydesk.toml`
    /// inside the workspace: an edit of the open buffer at its version if
    /// the config is open, of the file's changed lines if not, or a new
    /// file in the workspace folder if there is none and the editor can
    /// create one.
    async fn add_name_edit(&self, args: &[Value]) -> std::result::Result<WorkspaceEdit, String> {
        let (Some(doc), Some(name)) = (
            args.first().and_then(Value::as_str),
            args.get(1).and_then(Value::as_str),
        ) else {
            return Err("copydesk.addToHouseList takes a document and a name".into());
        };
        let name = name.to_string();
        let doc: Uri = doc.parse().map_err(|_| format!("not a URI: {doc}"))?;
        let draft = doc.to_file_path().map(|p| p.into_owned());
        let (roots, versioned, create) = {
            let st = self.lock();
            (st.roots.clone(), st.versioned_edits, st.create_files)
        };
        // The file system is read off the runtime.
        let found = tokio::task::spawn_blocking(move || {
            let target = edits::config_target(draft.as_deref(), &roots)?;
            let text = match &target {
                edits::ConfigTarget::Existing(path) => Some(read_config_text(path)?),
                edits::ConfigTarget::Create(_) => None,
            };
            Ok::<_, String>((target, text))
        })
        .await
        .map_err(|e| format!("internal error: {e}"))??;
        let enc = self.enc();
        match found {
            (edits::ConfigTarget::Existing(path), Some(disk)) => {
                let uri =
                    Uri::from_file_path(&path).ok_or("cannot name the config file as a URI")?;
                // The open buffer, unsaved changes and all, if there is one.
                let open = {
                    let st = self.lock();
                    st.open_configs
                        .iter()
                        .find(|(u, _)| {
                            u.to_file_path().is_some_and(|p| {
                                p == path || p.canonicalize().ok().as_ref() == Some(&path)
                            })
                        })
                        .map(|(u, d)| (u.clone(), d.version, d.rope.to_string()))
                };
                let (uri, version, old) = match open {
                    Some((u, v, text)) => (u, Some(v), text),
                    // editors show a file without its byte-order mark
                    None => (
                        uri,
                        None,
                        disk.strip_prefix('\u{feff}').unwrap_or(&disk).to_string(),
                    ),
                };
                let Some(new) = edits::add_name_to_config(&old, &name)? else {
                    return Err(format!(
                        "“{name}” is already on the house list in {}",
                        path.display()
                    ));
                };
                let (range, text) = edits::line_edit(&old, &new);
                let index = copydesk::line_index::LineIndex::new(&old);
                let range = Range::new(
                    snapshot::position(&index, &old, range.start, enc),
                    snapshot::position(&index, &old, range.end, enc),
                );
                Ok(features::edit_for(
                    &uri,
                    version,
                    vec![TextEdit::new(range, text)],
                    versioned,
                ))
            }
            (edits::ConfigTarget::Create(path), _)
            | (edits::ConfigTarget::Existing(path), None) => {
                let new = edits::add_name_to_config("", &name)?.unwrap_or_default();
                if !create {
                    return Err(format!(
                        "there is no copydesk.toml in the workspace and this editor cannot create files for copydesk; create {} with:\n{new}",
                        path.display()
                    ));
                }
                let uri =
                    Uri::from_file_path(&path).ok_or("cannot name the config file as a URI")?;
                let start = Position::new(0, 0);
                Ok(WorkspaceEdit {
                    document_changes: Some(DocumentChanges::Operations(vec![
                        DocumentChangeOperation::Op(ResourceOp::Create(CreateFile {
                            uri: uri.clone(),
                            options: Some(CreateFileOptions {
                                overwrite: Some(false),
                                ignore_if_exists: Some(true),
                            }),
                            annotation_id: None,
                        })),
                        DocumentChangeOperation::Edit(TextDocumentEdit {
                            text_document: OptionalVersionedTextDocumentIdentifier {
                                uri,
                                version: None,
                            },
                            edits: vec![OneOf::Left(TextEdit::new(Range::new(start, start), new))],
                        }),
                    ])),
                    ..WorkspaceEdit::default()
                })
            }
        }
    }
}

/// A config file's text, if it is a regular file of at most the config
/// size limit (opened without blocking, as every file the server reads).
fn read_config_text(path: &Path) -> std::result::Result<String, String> {
    let bytes = crate::workspace::read_regular(path, crate::workspace::MAX_CONFIG)?;
    String::from_utf8(bytes).map_err(|_| format!("{}: not UTF-8 text; not edited", path.display()))
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offers_utf8 = params
            .capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_ref())
            .is_some_and(|encs| encs.contains(&PositionEncodingKind::UTF8));
        let enc = if offers_utf8 {
            PositionEncoding::Utf8
        } else {
            PositionEncoding::Utf16
        };
        let workspace_edit = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.workspace_edit.as_ref());
        let versioned_edits = workspace_edit
            .and_then(|w| w.document_changes)
            .unwrap_or(false);
        let create_files = versioned_edits
            && workspace_edit
                .and_then(|w| w.resource_operations.as_ref())
                .is_some_and(|ops| ops.contains(&ResourceOperationKind::Create));
        let watch_dynamic = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false);
        {
            let mut st = self.lock();
            st.enc = Some(enc);
            st.watch_dynamic = watch_dynamic;
            st.versioned_edits = versioned_edits;
            st.create_files = create_files;
            if let Some(opts) = &params.initialization_options {
                st.settings.update(opts);
            }
            let mut roots: Vec<PathBuf> = params
                .workspace_folders
                .iter()
                .flatten()
                .filter_map(|f| f.uri.to_file_path().map(|p| p.into_owned()))
                .collect();
            #[allow(deprecated)]
            if roots.is_empty() {
                if let Some(p) = params.root_uri.as_ref().and_then(|u| u.to_file_path()) {
                    roots.push(p.into_owned());
                }
            }
            st.roots = roots;
        }
        Ok(InitializeResult {
            server_info: Some(ServerInfo {
                name: "copydesk".into(),
                version: Some(env!("CARGO_PKG_VERSION").into()),
            }),
            capabilities: ServerCapabilities {
                position_encoding: Some(match enc {
                    PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
                    PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
                }),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        save: Some(TextDocumentSyncSaveOptions::Supported(true)),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                execute_command_provider: Some(ExecuteCommandOptions {
                    commands: vec![CMD_ADD_NAME.into(), CMD_IGNORE.into()],
                    ..ExecuteCommandOptions::default()
                }),
                document_symbol_provider: Some(OneOf::Left(true)),
                inlay_hint_provider: Some(OneOf::Left(true)),
                workspace: Some(WorkspaceServerCapabilities {
                    workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                        supported: Some(true),
                        change_notifications: None,
                    }),
                    file_operations: None,
                }),
                ..ServerCapabilities::default()
            },
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        if self.lock().watch_dynamic {
            let options = serde_json::json!({
                "watchers": [
                    {"globPattern": "**/*.{md,markdown,txt}"},
                    {"globPattern": format!("**/{FILE_NAME}")},
                ]
            });
            let reg = Registration {
                id: "copydesk-watch".into(),
                method: "workspace/didChangeWatchedFiles".into(),
                register_options: Some(options),
            };
            // Awaited outside the handler: an editor slow to answer must
            // not hold up the messages behind this one.
            let this = self.clone();
            tokio::spawn(async move {
                if let Err(e) = this.client.register_capability(vec![reg]).await {
                    this.log(MessageType::WARNING, format!("could not watch files: {e}"))
                        .await;
                }
            });
        }
        self.scan_workspace();
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let d = params.text_document;
        if is_config(&d.uri) {
            self.lock()
                .open_configs
                .insert(d.uri, OpenDocument::new(&d.text, d.version, d.language_id));
            return;
        }
        if !self.wants(&d.language_id, &d.uri) {
            return;
        }
        self.lock().docs.insert(
            d.uri.clone(),
            OpenDocument::new(&d.text, d.version, d.language_id),
        );
        self.schedule(d.uri);
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let uri = params.text_document.uri;
        let enc = self.enc();
        let mut clamped = false;
        let known = {
            let mut guard = self.lock();
            let st = &mut *guard;
            match st
                .docs
                .get_mut(&uri)
                .or_else(|| st.open_configs.get_mut(&uri))
            {
                Some(doc) => {
                    for change in &params.content_changes {
                        clamped |= doc.apply(change, enc).is_err();
                    }
                    doc.version = params.text_document.version;
                    doc.touch();
                    true
                }
                None => false,
            }
        };
        if !known {
            self.log(
                MessageType::WARNING,
                format!("change for a document that is not open: {}", uri.as_str()),
            )
            .await;
            return;
        }
        if clamped {
            self.log(MessageType::WARNING, format!("an edit to {} reached past the end of a line or of the document; it was clamped", uri.as_str())).await;
        }
        if !self.lock().open_configs.contains_key(&uri) {
            self.schedule(uri);
        }
    }

    async fn did_save(&self, params: DidSaveTextDocumentParams) {
        let open = {
            let mut st = self.lock();
            st.claimed.remove(&params.text_document.uri);
            st.docs.contains_key(&params.text_document.uri)
        };
        if open {
            self.schedule(params.text_document.uri);
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let was_open = {
            let mut st = self.lock();
            st.claimed.remove(&uri);
            st.failed.remove(&uri);
            st.open_configs.remove(&uri);
            st.docs.remove(&uri).is_some()
        };
        if was_open {
            if self.lock().settings.check_workspace {
                // Back to the file on disk, or nothing if there is none.
                let this = self.clone();
                tokio::spawn(async move { this.check_disk(uri).await });
            } else {
                self.clear(uri).await;
            }
        }
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        self.lock().settings.update(&params.settings);
        self.reanalyse_all();
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let mut config_changed = false;
        let mut drafts = Vec::new();
        for event in params.changes {
            let is_config = event.uri.path().as_str().ends_with(FILE_NAME);
            if is_config {
                config_changed = true;
                continue;
            }
            if self.lock().docs.contains_key(&event.uri) {
                continue; // the open buffer is what counts
            }
            if event.typ == FileChangeType::DELETED {
                self.clear(event.uri).await;
            } else if self.lock().settings.check_workspace {
                drafts.push(event.uri);
            }
        }
        if !drafts.is_empty() {
            // In a task of its own, one file at a time: a long draft on
            // disk must not hold up the messages behind this one.
            let this = self.clone();
            tokio::spawn(async move {
                for uri in drafts {
                    this.check_disk(uri).await;
                }
            });
        }
        if config_changed {
            self.forget_configs();
            self.reanalyse_all();
        }
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let uri = params.text_document_position_params.text_document.uri;
        let Some(snap) = self.current(&uri).await else {
            return Ok(None);
        };
        let findings = self.lock().settings.hover_findings;
        Ok(features::hover(
            &snap,
            params.text_document_position_params.position,
            self.enc(),
            findings,
        ))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let Some(snap) = self.current(&params.text_document.uri).await else {
            return Ok(None);
        };
        let versioned = self.lock().versioned_edits;
        let actions = features::code_actions(
            &snap,
            &params.text_document.uri,
            params.range,
            self.enc(),
            versioned,
        );
        Ok((!actions.is_empty()).then_some(actions))
    }

    /// Commands answer at once; the edit is sent from a task of its own,
    /// so an editor slow to answer `workspace/applyEdit` cannot use up
    /// the handlers other requests need.
    async fn execute_command(&self, params: ExecuteCommandParams) -> Result<Option<Value>> {
        let this = self.clone();
        tokio::spawn(async move { this.run_command(params).await });
        Ok(None)
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snap) = self.current(&params.text_document.uri).await else {
            return Ok(None);
        };
        Ok(Some(DocumentSymbolResponse::Nested(features::outline(
            &snap,
            self.enc(),
        ))))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        if !self.lock().settings.inlay_hints {
            return Ok(None);
        }
        let Some(snap) = self.current(&params.text_document.uri).await else {
            return Ok(None);
        };
        Ok(Some(features::inlay_hints(&snap, params.range, self.enc())))
    }
}

/// Serves the protocol over stdio until the client says exit.
pub fn run() -> ExitCode {
    // Two threads for the protocol. Analysis and disk reads run on blocking
    // threads: each open draft has at most one analysis running and drafts
    // on disk are checked one at a time, so a slow draft holds up neither
    // another open draft nor the protocol; the cap only bounds memory if
    // many drafts are edited at once.
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .max_blocking_threads(8)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("copydesk lsp: cannot start: {e}");
            return ExitCode::from(crate::workspace::EXIT_ERROR);
        }
    };
    runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // A read of stdin may still be blocked on a thread; do not wait for it.
    runtime.shutdown_background();
    ExitCode::SUCCESS
}

/// Serves the protocol on any pair of streams, through the framing guard.
pub async fn serve<I, O>(input: I, output: O)
where
    I: tokio::io::AsyncRead + Unpin + Send + 'static,
    O: tokio::io::AsyncWrite + Unpin + Send + 'static,
{
    let (service, socket) = LspService::build(Backend::new)
        .custom_method("copydesk/stats", Backend::stats)
        .finish();
    let (to_server, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, from_server) = tokio::io::duplex(1 << 16);
    let (tx, rx) = tokio::sync::mpsc::channel(256);
    let mut guard = tokio::spawn(transport::guard_input(input, to_server, tx.clone()));
    let pump = tokio::spawn(transport::pump_output(from_server, tx));
    let writer = tokio::spawn(transport::write_output(output, rx));
    {
        let server = Server::new(server_in, server_out, socket).serve(service);
        tokio::pin!(server);
        // The end of the input ends the server whatever is pending (a
        // request to the editor that will never be answered, a handler
        // still running): a moment to finish, then stop.
        let input_ended = async {
            let _ = (&mut guard).await;
            tokio::time::sleep(END_OF_INPUT_GRACE).await;
        };
        tokio::select! {
            _ = &mut server => {}
            _ = input_ended => eprintln!("copydesk lsp: the editor closed the connection; stopping"),
        }
    }
    guard.abort();
    let _ = pump.await;
    // Output the editor no longer reads must not keep the server alive.
    let _ = tokio::time::timeout(END_OF_INPUT_GRACE, writer).await;
}

#[cfg(test)]
#[test]
fn the_pause_grows_with_the_draft_and_is_none_for_a_story() {
    assert_eq!(debounce(60 << 10), Duration::ZERO); // 10,000 words
    assert_eq!(debounce(100 << 10), Duration::from_millis(50));
    let half = debounce(512 << 10);
    assert!(half > Duration::from_millis(90) && half < Duration::from_millis(110));
    assert_eq!(debounce(1 << 20), Duration::from_millis(150));
    assert_eq!(debounce(64 << 20), Duration::from_millis(150));
}

/// How long the server finishes what it is doing once its input has ended.
const END_OF_INPUT_GRACE: std::time::Duration = std::time::Duration::from_secs(1);

#[cfg(test)]
mod tests;
