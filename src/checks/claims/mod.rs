//! Conflicting claims: statements in one draft that cannot both be true.
//! Each kind extracts its facts, ties them to a person or event, and
//! reports the later statement with the earlier one as a related place.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

use regex::{Captures, Regex};

use super::names::{fold, is_given_name, NameKind, Names};
use super::quotes::{Quote, QuoteKind};
use crate::calendar::{Date, MONTHS, WEEKDAYS};
use crate::document::{BlockKind, Document};
use crate::finding::Finding;
use facts::{report_pairs, Fact};

mod ages;
mod counts;
mod days;
mod facts;
mod quotes;
mod titles;
mod weekday;

/// Where the year of a date without one comes from.
#[derive(Debug, Clone, Copy)]
pub struct Reference {
    /// `--date` or `date` in copydesk.toml.
    pub configured: Option<Date>,
    /// The day the check runs, from the adapter.
    pub today: Option<Date>,
}

struct Ctx<'a> {
    doc: &'a Document<'a>,
    names: &'a Names,
    /// How many people share each surname.
    surname_counts: FxHashMap<&'a str, usize>,
}

impl Ctx<'_> {
    fn line(&self, prose: usize) -> usize {
        self.doc.line_of(prose)
    }

    fn conflict(
        &self,
        code: &'static str,
        later: Range<usize>,
        earlier: Range<usize>,
        message: String,
    ) -> Finding {
        Finding::new(code, self.doc.to_source(later), message)
            .with_related(self.doc.to_source(earlier), "the other statement")
    }

    fn body(&self, offset: usize) -> bool {
        self.doc
            .paragraph_at(offset)
            .is_some_and(|p| self.doc.paragraphs[p].kind == BlockKind::Text)
    }
}

pub fn check(
    doc: &Document,
    names: &Names,
    quotes: &[Quote],
    reference: Reference,
    out: &mut Vec<Finding>,
) {
    let surname_counts = surname_counts(doc, names);
    let ctx = Ctx {
        doc,
        names,
        surname_counts,
    };
    ages::ages(&ctx, out);
    titles::titles(&ctx, out);
    days::days(&ctx, out);
    counts::counts(&ctx, quotes, out);
    weekday::weekdays(&ctx, reference, out);
    quotes::quote_conflicts(&ctx, quotes, out);
}

/// How many people share each surname. "Bill Clinton", which the names
/// check reads as an organisation for its first word, still counts as a
/// second Clinton beside Hillary Clinton.
fn surname_counts<'a>(doc: &Document, names: &'a Names) -> FxHashMap<&'a str, usize> {
    let mut counts: FxHashMap<&str, usize> = FxHashMap::default();
    let mut full_names: FxHashSet<(&str, String)> = FxHashSet::default();
    for p in &names.people {
        *counts.entry(p.surname_key.as_str()).or_default() += 1;
        if let Some(first) = p.full_name.split(' ').next() {
            full_names.insert((p.surname_key.as_str(), fold(first)));
        }
    }
    let mut others: FxHashSet<(&str, String)> = FxHashSet::default();
    for m in names
        .mentions
        .iter()
        .filter(|m| m.kind == NameKind::Organisation)
    {
        let [first, last] = m.words.as_slice() else {
            continue;
        };
        let given = doc.text(first.clone());
        let Some((&key, _)) = counts.get_key_value(fold(doc.text(last.clone())).as_str()) else {
            continue;
        };
        let person = (key, fold(given));
        if is_given_name(given) && !full_names.contains(&person) {
            others.insert(person);
        }
    }
    for (key, _) in others {
        *counts.entry(key).or_default() += 1;
    }
    counts
}

/// The pattern, compiled the first time it is asked for. Compiling is most
/// of the cost of a short draft (tens of millions of instructions for the
/// claims patterns together), so each is asked for only where the text
/// holds what it needs to match.
fn re(cell: &'static OnceLock<Regex>, pattern: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pattern).expect("valid pattern"))
}

/// The pattern's captures in `hay`, tried (and the pattern compiled) only
/// where the pattern's fixed part stands (`fixed_part_there`): a regex call
/// per name mention is most of the cost otherwise.
fn captures_where<'h>(
    cell: &'static OnceLock<Regex>,
    pattern: &str,
    hay: &'h str,
    fixed_part_there: bool,
) -> Option<Captures<'h>> {
    if fixed_part_there {
        re(cell, pattern).captures(hay)
    } else {
        None
    }
}

/// The person a mention refers to, if its surname is not shared by two
/// people in the draft.
fn person_of(ctx: &Ctx, m: &super::names::Mention) -> Option<(usize, Range<usize>)> {
    let p = m.person?;
    if m.kind != NameKind::Person {
        return None;
    }
    if m.words.len() == 1 {
        // A bare surname shared by two people (a husband and wife) is ambiguous.
        let key = &ctx.names.people[p].surname_key;
        if ctx.surname_counts.get(key.as_str()).copied().unwrap_or(0) > 1 {
            return None;
        }
    }
    Some((p, m.range.clone()))
}

fn short_name(ctx: &Ctx, person: usize) -> String {
    let full = &ctx.names.people[person].full_name;
    full.split(' ').next_back().unwrap_or(full).to_string()
}

/// Up to `n` bytes of `text` after `start`, cut on a character boundary.
fn after(text: &str, start: usize, n: usize) -> &str {
    let mut end = text.len().min(start + n);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[start..end]
}

/// Up to `n` bytes of `text` before `end`, cut on a character boundary.
fn before(text: &str, end: usize, n: usize) -> &str {
    let mut start = end.saturating_sub(n);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

#[cfg(test)]
pub(super) mod test_support {
    use crate::{analyze, Config, Format};

    /// The `conflicting-*` findings of a plain-text draft, with the text each one marks.
    pub fn codes(src: &str) -> Vec<(String, String)> {
        let config = Config::default();
        let a = analyze(src, Format::Plain, &config);
        a.findings
            .iter()
            .filter(|f| f.code.starts_with("conflicting-"))
            .map(|f| (f.code.to_string(), src[f.range.clone()].to_string()))
            .collect()
    }
}
