//! `--fix` and `--diff`: the safe fixes (name spellings), applied in place
//! or shown as a unified diff. A file that changed on disk since it was
//! read is never written.

use super::{report, FileReport};
use crate::workspace::{self, names};

/// Rules whose fixes are applied without asking: replacing one spelling of
/// a name with the draft's (or the house list's) other spelling.
const SAFE: &[&str] = &["name-spelling"];

/// The draft's text with every safe fix applied (the first fix of each
/// finding; an edit overlapping an earlier one is left out), and how many
/// findings were fixed.
fn fixed_text(r: &FileReport, text: &str) -> (String, usize) {
    let mut edits: Vec<(usize, usize, &str)> = Vec::new();
    let mut count = 0;
    for d in r.diagnostics.iter().filter(|d| SAFE.contains(&d.code)) {
        let Some((_, fix_edits)) = d.fixes.first() else {
            continue;
        };
        let clashes = fix_edits.iter().any(|(s, e, _)| {
            edits
                .iter()
                .any(|(s2, e2, _)| s < e2 && s2 < e || (s == s2 && e == e2))
        });
        if clashes {
            continue;
        }
        edits.extend(fix_edits.iter().map(|(s, e, t)| (*s, *e, t.as_str())));
        count += 1;
    }
    edits.sort_by_key(|(s, e, _)| (*s, *e));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (s, e, t) in edits {
        if s < at || e > text.len() || !text.is_char_boundary(s) || !text.is_char_boundary(e) {
            continue;
        }
        out.push_str(&text[at..s]);
        out.push_str(t);
        at = e;
    }
    out.push_str(&text[at..]);
    (out, count)
}

pub struct Applied {
    pub fixed: usize,
    pub errors: Vec<String>,
}

/// Applies the safe fixes to each draft on disk and replaces its report
/// with a fresh analysis of the fixed text.
pub fn apply(reports: &mut [FileReport]) -> Applied {
    let mut outcome = Applied {
        fixed: 0,
        errors: Vec::new(),
    };
    for r in reports.iter_mut() {
        let Some(src) = r.source.take() else {
            continue;
        };
        let (new, count) = fixed_text(r, &src.text);
        if count == 0 || new == src.text {
            r.source = Some(src);
            continue;
        }
        match workspace::write_if_unchanged(&src.path, &src.text, &new) {
            Ok(()) => {
                outcome.fixed += count;
                let mut fresh = report(&src.path, &new, &src.config, false);
                fresh.source = Some(super::Source { text: new, ..src });
                *r = fresh;
            }
            Err(e) => {
                outcome.errors.push(e);
                r.source = Some(src);
            }
        }
    }
    outcome
}

/// The safe fixes as a unified diff, whether there is any, and the files
/// that changed on disk since they were read (not shown).
pub fn diff(reports: &[FileReport]) -> (String, bool, Vec<String>) {
    let mut out = String::new();
    let mut errors = Vec::new();
    for r in reports {
        let Some(src) = &r.source else { continue };
        let (new, count) = fixed_text(r, &src.text);
        if count == 0 || new == src.text {
            continue;
        }
        let unchanged = workspace::read_regular(&src.path, src.text.len() as u64 + 1)
            .is_ok_and(|b| b == src.text.as_bytes());
        if !unchanged {
            errors.push(format!(
                "{}: changed since it was read, no diff shown",
                names::shown(&src.path)
            ));
            continue;
        }
        let name = r.shown();
        let d = similar::TextDiff::from_lines(src.text.as_str(), new.as_str());
        out.push_str(
            &d.unified_diff()
                .context_radius(2)
                .header(&format!("a/{name}"), &format!("b/{name}"))
                .to_string(),
        );
    }
    let changed = !out.is_empty();
    (out, changed, errors)
}
