//! What git says changed, for `--changed-since`.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::names::shown;

/// Whether a ref could be read by git as an option; such a ref is refused
/// before git is run.
pub fn check_ref(reference: &str) -> Result<(), String> {
    if reference.starts_with('-') || reference.is_empty() {
        return Err(format!(
            "--changed-since: `{}` is not a git ref (a ref cannot be empty or start with `-`)",
            super::names::escape_text(reference)
        ));
    }
    Ok(())
}

fn git(dir: &Path, args: &[&str], reference: &str) -> Result<Vec<u8>, String> {
    let o = std::process::Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("--changed-since needs git: {e}"))?;
    if o.status.success() {
        Ok(o.stdout)
    } else {
        Err(format!(
            "--changed-since {} in {}: {}",
            super::names::escape_text(reference),
            shown(dir),
            super::names::escape_text(String::from_utf8_lossy(&o.stderr).trim())
        ))
    }
}

fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Files changed since a git ref (committed, staged, modified or new) in
/// the repository that holds `dir`, as canonical paths. git runs in `dir`,
/// lists names NUL-separated (`-z`, so no name is quoted or mangled) and
/// reads the ref after `--end-of-options`, never as an option.
pub fn changed_since(dir: &Path, reference: &str) -> Result<HashSet<PathBuf>, String> {
    check_ref(reference)?;
    let mut top = git(dir, &["rev-parse", "--show-toplevel"], reference)?;
    while top.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        top.pop();
    }
    let top = path_from_bytes(&top);
    let changed = git(
        &top,
        &[
            "diff",
            "--name-only",
            "-z",
            "--no-renames",
            "--diff-filter=ACMR",
            "--end-of-options",
            reference,
            "--",
        ],
        reference,
    )?;
    let untracked = git(
        &top,
        &["ls-files", "-z", "--others", "--exclude-standard"],
        reference,
    )?;
    Ok(changed
        .split(|b| *b == 0)
        .chain(untracked.split(|b| *b == 0))
        .filter(|l| !l.is_empty())
        .filter_map(|l| top.join(path_from_bytes(l)).canonicalize().ok())
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refs_that_look_like_options_are_refused() {
        assert!(check_ref("--output=/tmp/x").is_err());
        assert!(check_ref("-p").is_err());
        assert!(check_ref("").is_err());
        assert!(check_ref("origin/main").is_ok());
        assert!(check_ref("HEAD~3").is_ok());
    }
}
