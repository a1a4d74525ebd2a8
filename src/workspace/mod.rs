//! The I/O layer below both adapters (`copydesk check` and `copydesk lsp`):
//! reading drafts and configs from disk, deciding which `copydesk.toml`
//! applies to a path and whether a file is checked, walking folders, asking
//! git what changed, and showing file names safely. It is not part of the
//! analysis core: the core never reads a file.

pub mod git;
pub mod names;

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use copydesk::calendar::Date;
use copydesk::config::FILE_NAME;
use copydesk::Config;
use globset::{Glob, GlobSet, GlobSetBuilder};

pub use names::shown;

/// Exit codes of both adapters, as documented in the README.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

/// Extensions checked when walking a folder (unless the config's
/// `[files] include` says otherwise).
const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// The largest draft read unless `--max-file-size` says otherwise.
pub const DEFAULT_MAX_DRAFT: u64 = 64 << 20;
/// The largest `copydesk.toml` read.
pub const MAX_CONFIG: u64 = 4 << 20;
/// How many folders up a chain of configs may extend each other.
const MAX_CONFIG_DEPTH: usize = 64;

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// What a path is when it is not a regular file, in words.
fn kind_of(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// A size in words: 64 MB, 512 KB, 12 bytes.
pub fn size_in_words(n: u64) -> String {
    if n >= 1 << 20 && n % (1 << 20) == 0 {
        format!("{} MB", n >> 20)
    } else if n >= 1 << 10 && n % (1 << 10) == 0 {
        format!("{} KB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

/// Parses a size for `--max-file-size`: bytes, or a number with K, KB, M,
/// MB, G or GB (powers of 1,024).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(digits);
    let n: u64 = n
        .parse()
        .map_err(|_| format!("`{s}` is not a size: write e.g. 64MB, 512KB or 1000000"))?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        _ => return Err(format!("`{s}`: unknown unit `{unit}` (use KB, MB or GB)")),
    };
    n.checked_mul(1 << shift)
        .filter(|&v| v > 0)
        .ok_or_else(|| format!("`{s}` is not a usable size"))
}

/// The bytes of a regular file of at most `max` bytes. A FIFO, a device, a
/// socket or a folder is refused before it is opened (and opened without
/// blocking, in case it was swapped in since), so reading never hangs.
pub fn read_regular(path: &Path, max: u64) -> Result<Vec<u8>, String> {
    let name = shown(path);
    let meta = std::fs::metadata(path).map_err(|e| format!("{name}: {}", io_reason(&e)))?;
    if !meta.is_file() {
        return Err(format!(
            "{name}: {} is not a regular file, not read",
            kind_of(&meta)
        ));
    }
    let too_big = || {
        format!(
            "{name}: larger than the limit of {} (see --max-file-size), not read",
            size_in_words(max)
        )
    };
    if meta.len() > max {
        return Err(too_big());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options
        .open(path)
        .map_err(|e| format!("{name}: {}", io_reason(&e)))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("{name}: {}", io_reason(&e)))?;
    if !meta.is_file() {
        return Err(format!(
            "{name}: {} is not a regular file, not read",
            kind_of(&meta)
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {}", io_reason(&e)))?;
    if bytes.len() as u64 > max {
        return Err(too_big());
    }
    Ok(bytes)
}

/// Reads a draft as UTF-8 text, up to `max` bytes.
pub fn read_limited(path: &Path, max: u64) -> Result<String, String> {
    let bytes = read_regular(path, max).map_err(|e| format!("{e}, skipped"))?;
    decode(&shown(path), bytes)
}

/// UTF-8 text, or why not: binary files and invalid UTF-8 are skipped.
pub fn decode(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    if bytes[..bytes.len().min(8192)].contains(&0) {
        return Err(format!(
            "{name}: binary file (it contains NUL bytes), skipped"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at offset {}), skipped",
            e.utf8_error().valid_up_to()
        )
    })
}

/// A path made absolute against the current folder, with `.` parts dropped
/// (lexically: links are not resolved, so prefixes compare as typed).
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    joined.components().collect()
}

/// The nearest `copydesk.toml` in a folder or above it.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let start = absolute(start);
    let mut dir = if start.is_dir() {
        Some(start.as_path())
    } else {
        start.parent()
    };
    while let Some(d) = dir {
        let candidate = d.join(FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        dir = d.parent();
    }
    None
}

/// A config and every `copydesk.toml` above it that it may extend,
/// nearest first.
pub fn config_chain(path: &Path) -> Vec<PathBuf> {
    let mut chain = Vec::new();
    let mut next = Some(absolute(path));
    while let Some(p) = next.take() {
        if chain.len() >= MAX_CONFIG_DEPTH {
            break;
        }
        next = p.parent().and_then(Path::parent).and_then(find_config);
        chain.push(p);
    }
    chain
}

/// When each config of a chain was last changed: a config is up to date
/// while this stays the same. `None` when one cannot be read, which
/// counts as changed.
pub fn stamp_of(chain: &[PathBuf]) -> Option<Vec<std::time::SystemTime>> {
    chain
        .iter()
        .map(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok())
        .collect()
}

/// One `copydesk.toml` of a chain, with the folder its globs are relative to.
#[derive(Debug, Clone)]
struct Layer {
    base: PathBuf,
    include: Option<GlobSet>,
    exclude: Option<GlobSet>,
}

/// Reads and parses one config file, without its parents; errors name the
/// file, line and column.
fn parse_one(path: &Path, max: u64) -> Result<Config, String> {
    let bytes = read_regular(path, max)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not UTF-8 text (invalid byte at offset {})",
            shown(path),
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Config::from_toml(text)
        .map_err(|e| format!("{}:{}:{}: {}", shown(path), e.line, e.column, e.message))
}

/// A config and the chain of configs it extends, nearest first: each
/// `copydesk.toml` extends the next one above its folder unless it says
/// `root = true`.
fn load_chain(path: &Path, max: u64) -> Result<Vec<(PathBuf, Config)>, String> {
    let mut chain = Vec::new();
    let mut next = Some(absolute(path));
    while let Some(p) = next.take() {
        if chain.len() >= MAX_CONFIG_DEPTH {
            break;
        }
        let config = parse_one(&p, max)?;
        let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
        if !config.root {
            next = dir.parent().and_then(find_config);
        }
        chain.push((dir, config));
    }
    Ok(chain)
}

/// Reads a config file and the configs above it that it extends, merged
/// into one: house lists and speech verbs add up, and a nearer file's rule
/// settings and date win.
pub fn load_config(path: &Path) -> Result<Config, String> {
    let chain = load_chain(path, MAX_CONFIG)?;
    Ok(merge(chain.into_iter().map(|(_, c)| c)))
}

fn merge(nearest_first: impl DoubleEndedIterator<Item = Config>) -> Config {
    let mut merged: Option<Config> = None;
    for c in nearest_first.rev() {
        merged = Some(match merged {
            None => c,
            Some(parent) => c.extending(&parent),
        });
    }
    merged.unwrap_or_default()
}

fn globs(patterns: &[String]) -> Result<Option<GlobSet>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut b = GlobSetBuilder::new();
    for p in patterns {
        b.add(Glob::new(p).map_err(|e| format!("bad glob `{p}`: {e}"))?);
    }
    b.build().map(Some).map_err(|e| e.to_string())
}

/// What applies to one file: the merged config and each config's
/// include/exclude globs with the folder they are relative to.
#[derive(Debug)]
pub struct Applied {
    pub config: Config,
    layers: Vec<Layer>,
}

impl Applied {
    fn from_chain(
        chain: Vec<(PathBuf, Config)>,
        base_override: Option<PathBuf>,
    ) -> Result<Applied, String> {
        let mut layers = Vec::new();
        for (i, (dir, c)) in chain.iter().enumerate() {
            let base = match (&base_override, i) {
                (Some(b), 0) => b.clone(),
                _ => dir.clone(),
            };
            layers.push(Layer {
                base,
                include: globs(&c.include)?,
                exclude: globs(&c.exclude)?,
            });
        }
        Ok(Applied {
            config: merge(chain.into_iter().map(|(_, c)| c)),
            layers,
        })
    }

    /// Whether an `exclude` glob of any config in the chain matches the
    /// file (relative to that config's folder).
    pub fn excludes(&self, file: &Path) -> bool {
        let file = absolute(file);
        self.layers.iter().any(|l| {
            l.exclude.as_ref().is_some_and(|set| {
                file.strip_prefix(&l.base).is_ok_and(|rel| {
                    set.is_match(rel)
                        || rel
                            .ancestors()
                            .any(|a| !a.as_os_str().is_empty() && set.is_match(a))
                })
            })
        })
    }

    /// Whether a folder walk picks the file up: the nearest config with an
    /// `include` decides, else the draft extensions.
    pub fn includes(&self, file: &Path) -> bool {
        let abs = absolute(file);
        for l in &self.layers {
            if let Some(set) = &l.include {
                return abs.strip_prefix(&l.base).is_ok_and(|rel| set.is_match(rel));
            }
        }
        file.extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| DRAFT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
    }
}

/// The one place that decides, for any path, which config applies and
/// whether the file is checked. Each folder is looked up once and each
/// `copydesk.toml` read once.
pub struct Workspace {
    explicit: Option<Arc<Applied>>,
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    by_path: Mutex<HashMap<PathBuf, Result<Arc<Applied>, String>>>,
    default: Arc<Applied>,
    /// The largest `copydesk.toml` read.
    max_config: u64,
}

impl Workspace {
    /// A workspace that finds `copydesk.toml` next to each file, or uses
    /// `config` alone for every file (its globs relative to the current
    /// folder; it extends no other config).
    pub fn new(config: Option<&Path>) -> Result<Workspace, String> {
        Workspace::with_max_config(config, MAX_CONFIG)
    }

    /// The same, reading configs of up to `max_config` bytes.
    pub fn with_max_config(config: Option<&Path>, max_config: u64) -> Result<Workspace, String> {
        let explicit = match config {
            Some(p) => {
                // a config named on the command line stands alone
                let dir = absolute(p)
                    .parent()
                    .map(Path::to_path_buf)
                    .unwrap_or_default();
                let chain = vec![(dir, parse_one(p, max_config)?)];
                let cwd = absolute(Path::new("."));
                Some(Arc::new(Applied::from_chain(chain, Some(cwd))?))
            }
            None => None,
        };
        Ok(Workspace {
            explicit,
            by_dir: Mutex::default(),
            by_path: Mutex::default(),
            default: Arc::new(Applied {
                config: Config::default(),
                layers: Vec::new(),
            }),
            max_config,
        })
    }

    /// What applies to a file (which need not exist: standard input's name).
    pub fn applied(&self, file: &Path) -> Result<Arc<Applied>, String> {
        if let Some(e) = &self.explicit {
            return Ok(e.clone());
        }
        let file = absolute(file);
        let dir = file.parent().unwrap_or(Path::new("/")).to_path_buf();
        let found = {
            let mut dirs = self.by_dir.lock().unwrap_or_else(|e| e.into_inner());
            dirs.entry(dir.clone())
                .or_insert_with(|| find_config(&dir))
                .clone()
        };
        let Some(path) = found else {
            return Ok(self.default.clone());
        };
        let mut map = self.by_path.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(path.clone())
            .or_insert_with(|| {
                load_chain(&path, self.max_config)
                    .and_then(|c| Applied::from_chain(c, None).map(Arc::new))
            })
            .clone()
    }

    /// The merged config for a file.
    pub fn config_for(&self, file: &Path) -> Result<Config, String> {
        self.applied(file).map(|a| a.config.clone())
    }

    /// The drafts under a path: the file itself (unless `force_exclude` and
    /// its config excludes it), or the drafts in a folder, respecting
    /// `.gitignore` and the include/exclude globs of the config that applies
    /// to each file. Also returns the problems met on the way (unreadable
    /// folders, link loops, configs that do not parse).
    pub fn collect(
        &self,
        path: &Path,
        force_exclude: bool,
    ) -> Result<(Vec<PathBuf>, Vec<String>), String> {
        let meta =
            std::fs::metadata(path).map_err(|e| format!("{}: {}", shown(path), io_reason(&e)))?;
        if !meta.is_dir() {
            if !meta.is_file() {
                return Err(format!(
                    "{}: {} is not a regular file, not read",
                    shown(path),
                    kind_of(&meta)
                ));
            }
            if force_exclude && self.applied(path)?.excludes(path) {
                return Ok((Vec::new(), Vec::new()));
            }
            return Ok((vec![path.to_path_buf()], Vec::new()));
        }
        let mut found = Vec::new();
        let mut problems = Vec::new();
        let walker = ignore::WalkBuilder::new(path)
            .require_git(false)
            .follow_links(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .build();
        for entry in walker {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    problems.push(format!("{e}"));
                    continue;
                }
            };
            if entry.file_type().is_some_and(|t| t.is_dir()) {
                continue;
            }
            match self.walked(entry.path(), entry.file_type()) {
                Ok(Walked::Draft) => found.push(entry.path().to_path_buf()),
                Ok(Walked::NotADraft) => {}
                Ok(Walked::Refused(e)) | Err(e) => {
                    if !problems.contains(&e) {
                        problems.push(e);
                    }
                }
            }
        }
        Ok((found, problems))
    }

    /// What a folder walk makes of one entry that is not a folder: a draft
    /// when the config that applies takes it (its `include`, or a draft
    /// extension) and no `exclude` drops it. A FIFO, a device or a socket,
    /// or a link to one, that would be a draft by its name is refused by
    /// name, never skipped in silence and never opened. `Err` is a config
    /// that does not parse.
    pub fn walked(
        &self,
        path: &Path,
        file_type: Option<std::fs::FileType>,
    ) -> Result<Walked, String> {
        let applied = self.applied(path)?;
        if !applied.includes(path) || applied.excludes(path) {
            return Ok(Walked::NotADraft);
        }
        if file_type.is_some_and(|t| t.is_file()) {
            return Ok(Walked::Draft);
        }
        // a link, or something other than a file: what it is in the end
        Ok(match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Walked::Draft,
            Ok(m) if m.is_dir() => Walked::NotADraft,
            Ok(m) => Walked::Refused(format!(
                "{}: {} is not a regular file, not read",
                shown(path),
                kind_of(&m)
            )),
            Err(e) => Walked::Refused(format!("{}: {}", shown(path), io_reason(&e))),
        })
    }
}

/// One entry of a folder walk, as [`Workspace::walked`] sees it.
#[derive(Debug, PartialEq, Eq)]
pub enum Walked {
    Draft,
    NotADraft,
    Refused(String),
}

/// Today's date (UTC) from the system clock.
pub fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Date::from_days_since_epoch((secs / 86_400) as i64))
}

/// Writes `new` over a file only if it still holds `old` (what was read
/// and analysed): a file changed since is left alone.
pub fn write_if_unchanged(path: &Path, old: &str, new: &str) -> Result<(), String> {
    let now = read_regular(path, (old.len() as u64).max(1) + 1)
        .map_err(|_| format!("{}: changed since it was read, not fixed", shown(path)))?;
    if now != old.as_bytes() {
        return Err(format!(
            "{}: changed since it was read, not fixed",
            shown(path)
        ));
    }
    std::fs::write(path, new).map_err(|e| format!("{}: {}", shown(path), io_reason(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_size("64MB"), Ok(64 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("ten").is_err());
        assert!(parse_size("5 parsecs").is_err());
        assert_eq!(size_in_words(64 << 20), "64 MB");
    }

    #[test]
    fn a_file_changed_since_it_was_read_is_not_written() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, "Kowalczik said.\n").unwrap();
        // someone saves the draft between the read and the fix
        std::fs::write(&p, "Kowalczik said it.\n").unwrap();
        let err = write_if_unchanged(&p, "Kowalczik said.\n", "Kowalczyk said.\n").unwrap_err();
        assert!(err.contains("changed since it was read"), "{err}");
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "Kowalczik said it.\n");
        write_if_unchanged(&p, "Kowalczik said it.\n", "Kowalczyk said it.\n").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "Kowalczyk said it.\n");
    }

    #[test]
    fn a_config_is_stale_when_a_parent_it_extends_changes() {
        let config_stamp = |p: &Path| stamp_of(&config_chain(p));
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        let inner = dir.join("desk");
        std::fs::create_dir_all(&inner).unwrap();
        std::fs::write(
            dir.join(FILE_NAME),
            "[names]\npreferred = [\"Kaja Kallas\"]\n",
        )
        .unwrap();
        std::fs::write(inner.join(FILE_NAME), "[rules]\n").unwrap();
        let before = config_stamp(&inner.join(FILE_NAME)).expect("readable");
        assert_eq!(before.len(), 2, "the config and the one it extends");
        let later = std::time::SystemTime::now() + std::time::Duration::from_secs(5);
        std::fs::File::options()
            .write(true)
            .open(dir.join(FILE_NAME))
            .unwrap()
            .set_modified(later)
            .unwrap();
        let after = config_stamp(&inner.join(FILE_NAME)).expect("readable");
        assert_ne!(before, after);
        assert_eq!(before[0], after[0], "the nearer file did not change");
        assert_eq!(config_stamp(&inner.join("missing.toml")), None);
    }

    #[test]
    fn nested_configs_extend_their_parent_unless_root() {
        let dir = tempfile::tempdir().unwrap();
        let top = dir.path();
        std::fs::create_dir_all(top.join("desk/team")).unwrap();
        std::fs::write(
            top.join(FILE_NAME),
            "[names]\npreferred = [\"Volodymyr Zelenskyy\"]\n[rules.first-reference]\nenabled = false\n",
        )
        .unwrap();
        std::fs::write(
            top.join("desk").join(FILE_NAME),
            "[names]\npreferred = [\"Viktor Orbán\"]\n",
        )
        .unwrap();
        let c = load_config(&top.join("desk").join(FILE_NAME)).unwrap();
        assert_eq!(
            c.preferred_names,
            vec!["Volodymyr Zelenskyy", "Viktor Orbán"]
        );
        assert!(!c.enabled("first-reference"));
        std::fs::write(
            top.join("desk/team").join(FILE_NAME),
            "root = true\n[names]\npreferred = [\"Kaja Kallas\"]\n",
        )
        .unwrap();
        let c = load_config(&top.join("desk/team").join(FILE_NAME)).unwrap();
        assert_eq!(c.preferred_names, vec!["Kaja Kallas"]);
        assert!(c.enabled("first-reference"));
    }
}
