//! Files on disk: walking folders, reading drafts, finding configs.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use copydesk::config::FILE_NAME;
use copydesk::Config;
use globset::{Glob, GlobSet, GlobSetBuilder};

/// Extensions checked when walking a folder (unless the config's
/// `[files] include` says otherwise).
const DRAFT_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// The drafts under a path: the file itself, or the drafts in a folder
/// (respecting `.gitignore` and the config's include/exclude globs). Also
/// returns the problems met on the way (unreadable folders, link loops).
pub fn collect(
    path: &Path,
    explicit: Option<&Config>,
) -> Result<(Vec<PathBuf>, Vec<String>), String> {
    let meta =
        std::fs::metadata(path).map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?;
    if meta.is_file() {
        return Ok((vec![path.to_path_buf()], Vec::new()));
    }
    let config = match explicit {
        Some(c) => c.clone(),
        None => match find_config(path) {
            Some(p) => load_config(&p)?,
            None => Config::default(),
        },
    };
    let include = globs(&config.include)?;
    let exclude = globs(&config.exclude)?;
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
        if !entry.file_type().is_some_and(|t| t.is_file()) {
            continue;
        }
        let p = entry.path();
        let rel = p.strip_prefix(path).unwrap_or(p);
        let wanted = match &include {
            Some(set) => set.is_match(rel),
            None => p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| DRAFT_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str())),
        };
        let skipped = exclude.as_ref().is_some_and(|set| set.is_match(rel));
        if wanted && !skipped {
            found.push(p.to_path_buf());
        }
    }
    Ok((found, problems))
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

fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or folder".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => e.to_string(),
    }
}

/// Reads a draft as UTF-8 text.
pub fn read(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("{}: {}, skipped", path.display(), io_reason(&e)))?;
    decode(&path.display().to_string(), bytes)
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

/// The nearest `copydesk.toml` in a folder or above it.
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let start = if start.is_absolute() {
        start.to_path_buf()
    } else {
        std::env::current_dir().ok()?.join(start)
    };
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

/// Reads and parses a config file; errors name the file, line and column.
pub fn load_config(path: &Path) -> Result<Config, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("{}: {}", path.display(), io_reason(&e)))?;
    Config::from_toml(&text)
        .map_err(|e| format!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message))
}

/// Configs by file: each folder looked up once, each `copydesk.toml` read once.
#[derive(Default)]
pub struct ConfigCache {
    by_dir: Mutex<HashMap<PathBuf, Option<PathBuf>>>,
    by_path: Mutex<HashMap<PathBuf, Result<Config, String>>>,
}

impl ConfigCache {
    pub fn for_file(&self, file: &Path) -> Result<Config, String> {
        let dir = file.parent().unwrap_or(Path::new(".")).to_path_buf();
        let found = {
            let mut dirs = self.by_dir.lock().unwrap_or_else(|e| e.into_inner());
            dirs.entry(dir.clone())
                .or_insert_with(|| find_config(&dir))
                .clone()
        };
        let Some(path) = found else {
            return Ok(Config::default());
        };
        let mut map = self.by_path.lock().unwrap_or_else(|e| e.into_inner());
        map.entry(path.clone())
            .or_insert_with(|| load_config(&path))
            .clone()
    }
}

/// Files changed since a git ref (committed, staged, modified or new), as
/// canonical paths.
pub fn changed_since(reference: &str) -> Result<std::collections::HashSet<PathBuf>, String> {
    let git = |dir: Option<&Path>, args: &[&str]| -> Result<String, String> {
        let mut cmd = std::process::Command::new("git");
        cmd.args(args);
        if let Some(d) = dir {
            cmd.current_dir(d);
        }
        let o = cmd
            .output()
            .map_err(|e| format!("--changed-since needs git: {e}"))?;
        if o.status.success() {
            Ok(String::from_utf8_lossy(&o.stdout).into_owned())
        } else {
            Err(format!(
                "--changed-since {reference}: {}",
                String::from_utf8_lossy(&o.stderr).trim()
            ))
        }
    };
    let top = PathBuf::from(git(None, &["rev-parse", "--show-toplevel"])?.trim());
    // Both list paths relative to the top of the repository when run there.
    let changed = git(
        Some(&top),
        &["diff", "--name-only", "--diff-filter=ACMR", reference, "--"],
    )?;
    let untracked = git(Some(&top), &["ls-files", "--others", "--exclude-standard"])?;
    Ok(changed
        .lines()
        .chain(untracked.lines())
        .filter(|l| !l.is_empty())
        .filter_map(|l| top.join(l).canonicalize().ok())
        .collect())
}
