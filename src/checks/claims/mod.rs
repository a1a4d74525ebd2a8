//! Conflicting claims: statements in one draft that cannot both be true.
//! Each kind extracts its facts, ties them to a person or event, and
//! reports the later statement with the earlier one as a related place.

use rustc_hash::{FxHashMap, FxHashSet};
use std::ops::Range;
use std::sync::OnceLock;

use super::names::{fold, given_variant, is_given_name, nickname_partners, NameKind, Names};
use super::quotes::{Quote, QuoteKind};
use crate::calendar::{Date, MONTHS, WEEKDAYS};
use crate::document::{BlockKind, Document};
use crate::finding::Finding;
use facts::{report_pairs, report_pairs_within, Fact};

mod ages;
mod counts;
mod days;
mod facts;
mod quotes;
mod scan;
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
    /// Each person of the names model and the subject claims about them are
    /// compared under (see [`subjects`]).
    subject: Vec<usize>,
    /// Surname (folded, without Jr./Sr.) → the subjects that bear it.
    by_surname: FxHashMap<String, Vec<usize>>,
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

/// The ranges of the draft's spoken quotes, in order of position: where a
/// figure or a day is someone's words rather than the draft's statement.
fn spoken_ranges(quotes: &[Quote]) -> Vec<Range<usize>> {
    let mut speech: Vec<Range<usize>> = quotes
        .iter()
        .filter(|q| q.kind == QuoteKind::Speech)
        .map(|q| q.range.clone())
        .collect();
    speech.sort_by_key(|q| q.start);
    speech
}

pub fn check(
    doc: &Document,
    names: &Names,
    quotes: &[Quote],
    reference: Reference,
    out: &mut Vec<Finding>,
) {
    let mut surname_counts = surname_counts(doc, names);
    let (subject, by_surname) = subjects(doc, names);
    // A surname is shared by the people who are subjects of their own (a
    // headline's "Cellist Varga" is nobody), plus the second people the
    // names model reads as organisations ("Bill Clinton").
    for (key, n) in surname_counts.iter_mut() {
        if let Some(subjects) = by_surname.get(*key) {
            let people = names
                .people
                .iter()
                .filter(|p| p.surname_key == *key)
                .count();
            *n = n.saturating_sub(people) + subjects.len();
        }
    }
    let ctx = Ctx {
        doc,
        names,
        surname_counts,
        subject,
        by_surname,
    };
    ages::ages(&ctx, out);
    titles::titles(&ctx, quotes, out);
    days::days(&ctx, quotes, out);
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

/// A person's surname for linking: the last word of the full name that is
/// not a generational suffix ("Colin T. Marsh Jr." is a Marsh), folded.
fn surname_of(full_name: &str) -> String {
    let last = full_name
        .split(' ')
        .rev()
        .map(|w| w.trim_end_matches([',', '.']))
        .find(|w| !matches!(*w, "Jr" | "Sr" | "II" | "III" | "IV" | "jr" | "sr" | ""))
        .unwrap_or(full_name);
    fold(last)
}

/// A full name's generational suffix ("Jr."), or "".
fn suffix_of(full_name: &str) -> &str {
    full_name
        .rsplit(' ')
        .next()
        .map(|w| w.trim_end_matches(['.', ',']))
        .filter(|w| matches!(*w, "Jr" | "Sr" | "II" | "III" | "IV"))
        .unwrap_or("")
}

/// Which people of the names model the draft introduces: a full name in
/// body text. A headline's "Cellist Varga" (a title-case word before the
/// surname), a title read into the name ("Fisheries Secretary Okafor")
/// or a surname alone is not a second Okafor.
fn introduced(doc: &Document, names: &Names) -> Vec<bool> {
    let mut seen = vec![false; names.people.len()];
    for m in &names.mentions {
        let Some(p) = m.person else {
            continue;
        };
        let full = &names.people[p].full_name;
        // "Fisheries Secretary Okafor": a title read into the name.
        let titled = full
            .rsplit_once(' ')
            .is_some_and(|(lead, _)| titles::role(lead).is_some());
        if !seen[p] && m.words.len() > 1 && full.contains(' ') && !titled {
            seen[p] = doc
                .paragraph_at(m.range.start)
                .is_some_and(|p| doc.paragraphs[p].kind == BlockKind::Text);
        }
    }
    seen
}

/// The subjects claims are made about: each person of the names model
/// mapped to one index per real person. Two full names of one surname
/// whose given names are one name's forms (Tim and Timothy Sloan) are one
/// subject; a person known only by a surname ("Admiral Harris") is the one
/// introduced person of that surname, if there is one; a person who is not
/// introduced (a headline's "Cellist Varga") is the one introduced person
/// of the surname too. Returns the map and, per surname, its subjects.
fn subjects(doc: &Document, names: &Names) -> (Vec<usize>, FxHashMap<String, Vec<usize>>) {
    let n = names.people.len();
    let mut subject: Vec<usize> = (0..n).collect();
    let mut by_surname: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    let mut loose: Vec<(usize, String)> = Vec::new();
    let mut introduced = introduced(doc, names);
    // "Medal-winner Quist" once, beside "Mara Quist": a description
    // before the surname of the person the draft names in full.
    let given = |i: usize| {
        let first = names.people[i].full_name.split(' ').next().unwrap_or("");
        is_given_name(first)
    };
    // Each surname a person is named in full under, with where that
    // person is first named.
    let mut named_in_full: FxHashMap<String, usize> = FxHashMap::default();
    for i in (0..n).filter(|&i| introduced[i] && given(i)) {
        let first = names.people[i]
            .mentions
            .iter()
            .map(|&k| names.mentions[k].range.start)
            .min()
            .unwrap_or(usize::MAX);
        let at = named_in_full
            .entry(surname_of(&names.people[i].full_name))
            .or_insert(first);
        *at = (*at).min(first);
    }
    // Only a two-word name said once, opening a sentence or in the first
    // paragraph (a headline ending in a full stop): "Cousins Lena Varro"
    // or a name after a quote stays a person.
    // In the body, only after the person is named in full: "Tomas Berg,
    // 40, and his brother Erik Berg" are two people, whatever "Tomas" is.
    let opening = |i: usize, named_at: usize| {
        names.people[i].mentions.iter().all(|&k| {
            let at = names.mentions[k].range.start;
            doc.paragraph_at(at) == Some(0)
                || at > named_at
                    && doc
                        .sentence_at(at)
                        .is_some_and(|s| doc.sentences[s].start == at)
        })
    };
    let described: Vec<usize> = (0..n)
        .filter(|&i| {
            let full = &names.people[i].full_name;
            introduced[i]
                && !given(i)
                && full.split(' ').count() == 2
                && names.people[i].mentions.len() == 1
                && named_in_full
                    .get(&surname_of(full))
                    .is_some_and(|&at| opening(i, at))
        })
        .collect();
    for i in described {
        introduced[i] = false;
    }
    // "Young Sanders supporters" in a headline over a story about Bernie
    // Sanders: a name given once, in a heading alone, whose surname a
    // person named in the body bears, is that person or a description of
    // the story's people, not a second bearer.
    let in_heading = |i: usize| {
        names.people[i].mentions.iter().all(|&k| {
            doc.paragraph_at(names.mentions[k].range.start)
                .is_some_and(|p| doc.paragraphs[p].kind != BlockKind::Text)
        })
    };
    let body_surnames: FxHashSet<String> = (0..n)
        .filter(|&i| introduced[i] && !in_heading(i))
        .map(|i| surname_of(&names.people[i].full_name))
        .collect();
    for (i, introduced) in introduced.iter_mut().enumerate() {
        if *introduced
            && names.people[i].mentions.len() == 1
            && in_heading(i)
            && body_surnames.contains(&surname_of(&names.people[i].full_name))
        {
            *introduced = false;
        }
    }
    for i in 0..n {
        let key = surname_of(&names.people[i].full_name);
        if !introduced[i] {
            loose.push((i, key));
            continue;
        }
        let full = &names.people[i].full_name;
        let given = full.split(' ').next().unwrap_or("");
        // Marco Delgado and Marco Delgado Jr. are father and son.
        let same = by_surname.get(&key).and_then(|subjects| {
            subjects.iter().copied().find(|&s| {
                let other = &names.people[s].full_name;
                one_given_name(given, other.split(' ').next().unwrap_or(""))
                    && suffix_of(full) == suffix_of(other)
            })
        });
        match same {
            Some(s) => subject[i] = s,
            None => by_surname.entry(key).or_default().push(i),
        }
    }
    for (i, key) in loose {
        match by_surname.get(&key).map(Vec::as_slice) {
            Some([only]) if !someone_else(doc, names, i, *only) => subject[i] = *only,
            Some([_]) => {}
            Some(_) => {}
            None => by_surname.entry(key).or_default().push(i),
        }
    }
    (subject, by_surname)
}

/// Whether a person known only by a surname (`loose`) is shown to be
/// someone other than the one introduced person of that surname (`only`):
/// the draft shows them of two genders, or gives the surname a title of
/// office in body text before it introduces `only` in full ("former
/// Secretary Clinton" in a story that later names "President Bill Clinton"
/// is not him).
fn someone_else(doc: &Document, names: &Names, loose: usize, only: usize) -> bool {
    let (a, b) = (&names.people[loose], &names.people[only]);
    if matches!((a.gender, b.gender), (Some(x), Some(y)) if x != y) {
        return true;
    }
    let in_body = |k: &usize| {
        let at = names.mentions[*k].range.start;
        doc.paragraph_at(at)
            .is_some_and(|p| p > 0 && doc.paragraphs[p].kind == BlockKind::Text)
    };
    // Only a surname under a title of office: "Rubio's time is running
    // out" in a lede before "Senator Marco Rubio" is him.
    let titled = |k: &usize| {
        names.mentions[*k].title.as_ref().is_some_and(|t| {
            !matches!(
                doc.text(t.clone()).trim_end_matches('.'),
                "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx"
            )
        })
    };
    let first_loose = a
        .mentions
        .iter()
        .filter(|k| in_body(k) && titled(k))
        .map(|&k| names.mentions[k].range.start)
        .min();
    let first_full = b
        .mentions
        .iter()
        .filter(|&&k| names.mentions[k].words.len() > 1)
        .map(|&k| names.mentions[k].range.start)
        .min();
    matches!((first_loose, first_full), (Some(l), Some(f)) if l < f)
}

/// Two given names that are one person's under one surname: one spelling's
/// forms, a listed variant, a nickname (Tim, Timothy), or a name and its
/// initial-dotted form ("J." is not enough alone).
fn one_given_name(a: &str, b: &str) -> bool {
    let (fa, fb) = (fold(a), fold(b));
    fa == fb
        || given_variant(a, b).is_some()
        || nickname_partners(&fa).contains(&fb.as_str())
        || nickname_partners(&fb).contains(&fa.as_str())
}

/// The clause after a name, from its verb: after ", who ", a space, or an
/// age set off by commas ("Brandt, 61, took over as", "Ruiz, 68, who
/// started the bakery").
fn clause_after_name(rest: &str) -> Option<&str> {
    let mut r = rest;
    let mut aged = false;
    if let Some(t) = rest.strip_prefix(", ") {
        let digits = t.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) && t[digits..].starts_with(", ") {
            r = &t[digits..];
            aged = true;
        }
    }
    r.strip_prefix(", who ")
        .or_else(|| r.strip_prefix(' '))
        .or_else(|| r.strip_prefix(", ").filter(|_| aged))
}

/// The person a mention refers to, if its surname is not shared by two
/// people in the draft.
fn person_of(ctx: &Ctx, m: &super::names::Mention) -> Option<(usize, Range<usize>)> {
    let Some(p) = m.person.filter(|_| m.kind == NameKind::Person) else {
        return courtesy_surname(ctx, m).map(|s| (s, m.range.clone()));
    };
    // A surname the draft never gives with a full name or a title ("Ford
    // said", "Lincoln, 52,") may be a place, a firm or a word: no subject.
    let named = |q: usize| {
        ctx.names.people[q].mentions.iter().any(|&k| {
            let x = &ctx.names.mentions[k];
            x.words.len() > 1 || x.title.is_some()
        })
    };
    if !named(p) {
        return None;
    }
    if m.words.len() == 1 {
        // A bare surname shared by two people (a husband and wife) is
        // ambiguous, unless only one of them has been named in full before
        // it: "Ogunleye, 52," before the draft names her husband is her.
        let key = &ctx.names.people[p].surname_key;
        let sharing = ctx.surname_counts.get(key.as_str()).copied().unwrap_or(0);
        if sharing > 1 {
            let subjects = ctx.by_surname.get(key.as_str())?;
            if subjects.len() != sharing {
                return None;
            }
            let named_before = |s: usize| {
                ctx.names.people.iter().enumerate().any(|(i, person)| {
                    ctx.subject[i] == s
                        && person.mentions.iter().any(|&k| {
                            let x = &ctx.names.mentions[k];
                            x.words.len() > 1 && x.range.start < m.range.start
                        })
                })
            };
            let before: Vec<usize> = subjects
                .iter()
                .copied()
                .filter(|&s| named_before(s))
                .collect();
            return match before[..] {
                [only] => Some((only, m.range.clone())),
                _ => courtesy_gender_bearer(ctx, m, &before).map(|s| (s, m.range.clone())),
            };
        }
    }
    Some((ctx.subject[p], m.range.clone()))
}

/// The person a bare surname shared by several people goes on meaning
/// once the second bearer is named ("Bartosz Kowalczyk … Kowalczyk, 24, …
/// his brother, Michał Kowalczyk, … Kowalczyk"): the draft called the first
/// bearer by the surname alone before the second came in, and it never
/// calls any other bearer so. None where the surname is not shared, where no
/// bare mention came between the two introductions, or where another
/// bearer is called by the surname alone while they alone bore it named.
fn continuing_bearer(ctx: &Ctx, m: &super::names::Mention) -> Option<usize> {
    let p = m
        .person
        .filter(|_| m.kind == NameKind::Person && m.words.len() == 1)?;
    let key = ctx.names.people[p].surname_key.as_str();
    let subjects = ctx.by_surname.get(key)?;
    let sharing = ctx.surname_counts.get(key).copied().unwrap_or(0);
    if subjects.len() < 2 || subjects.len() != sharing {
        return None;
    }
    // Where each bearer is first named in full.
    let first_full = |s: usize| {
        ctx.names
            .people
            .iter()
            .enumerate()
            .filter(|&(i, _)| ctx.subject[i] == s)
            .flat_map(|(_, person)| person.mentions.iter())
            .map(|&k| &ctx.names.mentions[k])
            .filter(|x| x.words.len() > 1)
            .map(|x| x.range.start)
            .min()
    };
    let mut order: Vec<(usize, usize)> = subjects
        .iter()
        .map(|&s| first_full(s).map(|at| (at, s)))
        .collect::<Option<_>>()?;
    order.sort_unstable();
    let (first_at, first) = order[0];
    let (second_at, _) = order[1];
    if m.range.start < second_at {
        return None;
    }
    // A bare mention of the surname between the two introductions.
    let bare_between = ctx.names.mentions.iter().any(|x| {
        x.kind == NameKind::Person
            && x.words.len() == 1
            && x.range.start > first_at
            && x.range.start < second_at
            && x.person
                .is_some_and(|q| ctx.names.people[q].surname_key == key)
    });
    bare_between.then_some(first)
}

/// "Mr Okafor" where a wife and husband share the name: the one bearer a
/// courtesy title's gender can mean (Mr a man; Mrs, Ms, Miss a woman),
/// when every other bearer is shown by the draft to be of the other
/// gender. None for "Dr", or where a bearer's gender is not shown.
fn courtesy_gender_bearer(
    ctx: &Ctx,
    m: &super::names::Mention,
    bearers: &[usize],
) -> Option<usize> {
    use super::names::Gender;
    let title = ctx.doc.text(m.title.clone()?);
    let g = match title.trim_end_matches('.') {
        "Mr" => Gender::Male,
        "Mrs" | "Ms" | "Miss" => Gender::Female,
        _ => return None,
    };
    // The genders shown for a subject, over every form of the name.
    let shown = |s: usize| -> (bool, bool) {
        let mut of = (false, false);
        for (i, person) in ctx.names.people.iter().enumerate() {
            if ctx.subject[i] == s {
                match person.gender {
                    Some(x) if x == g => of.0 = true,
                    Some(_) => of.1 = true,
                    None => {}
                }
            }
        }
        of
    };
    let mut found = None;
    for &s in bearers {
        match shown(s) {
            (true, false) if found.is_none() => found = Some(s),
            (false, true) => {}
            _ => return None,
        }
    }
    found
}

/// "Mr Houston" after "John Houston": a courtesy title before one word
/// makes it a person's surname even where the word is also a place, when
/// one person introduced in the draft bears it.
fn courtesy_surname(ctx: &Ctx, m: &super::names::Mention) -> Option<usize> {
    let title = ctx.doc.text(m.title.clone()?);
    let courtesy = matches!(
        title.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Mx"
    );
    if !courtesy || m.words.len() != 1 {
        return None;
    }
    match ctx
        .by_surname
        .get(&fold(ctx.doc.text(m.range.clone())))?
        .as_slice()
    {
        [only] => Some(*only),
        _ => None,
    }
}

fn short_name(ctx: &Ctx, person: usize) -> String {
    let full = &ctx.names.people[person].full_name;
    full.split(' ')
        .rev()
        .find(|w| {
            !matches!(
                w.trim_end_matches(['.', ',']),
                "Jr" | "Sr" | "II" | "III" | "IV" | ""
            )
        })
        .unwrap_or(full)
        .to_string()
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

    /// The findings of one rule in a draft under a headline, as the text
    /// each one marks.
    pub fn marked(code: &str, src: &str) -> Vec<String> {
        codes(&format!("Headline\n\n{src}"))
            .into_iter()
            .filter(|(c, _)| c == code)
            .map(|(_, text)| text)
            .collect()
    }

    /// The `conflicting-age` findings of a draft under a headline.
    pub fn ages(src: &str) -> Vec<String> {
        marked("conflicting-age", src)
    }

    /// The `conflicting-count` findings of a draft under a headline.
    pub fn counts(src: &str) -> Vec<String> {
        marked("conflicting-count", src)
    }

    /// The `conflicting-day` findings of a draft under a headline.
    pub fn days(src: &str) -> Vec<String> {
        marked("conflicting-day", src)
    }

    /// The `conflicting-title` findings of a draft under a headline.
    pub fn titles(src: &str) -> Vec<String> {
        marked("conflicting-title", src)
    }
}

#[cfg(test)]
mod surname_tests {
    use super::test_support::marked;

    #[test]
    fn a_name_in_the_headline_alone_is_no_second_bearer() {
        // "Young" is a given name, but the headline speaks of the body's man
        let src = "Young Varga voters stay loyal\n\nPeter Varga leads the race.\n\nThe 74-year-old Varga spoke on Friday.\n\nVarga, 78, wants a bigger state.";
        assert_eq!(
            super::test_support::codes(src)
                .into_iter()
                .filter(|(c, _)| c == "conflicting-age")
                .count(),
            1
        );
        // a second bearer named in the body stays apart
        let src = "Young Varga voters stay loyal\n\nPeter Varga leads the race. His wife, Ilona Varga, 71, does not.\n\nVarga, 78, wants a bigger state.";
        assert!(super::test_support::codes(src).is_empty());
    }

    #[test]
    fn a_courtesy_title_picks_the_spouse_of_its_gender() {
        let src = "Ada Okafor, 52, and her husband, Kunle Okafor, 55, run the clinic.\n\n";
        assert_eq!(
            marked(
                "conflicting-age",
                &format!("{src}Mr Okafor, 57, said the clinic would stay open.")
            ),
            ["Okafor, 57"]
        );
        assert_eq!(
            marked("conflicting-age", &format!("{src}Mr Okafor said it would stay open.\n\nMrs Okafor, 54, said she was tired.")),
            ["Okafor, 54"]
        );
        assert!(marked(
            "conflicting-age",
            &format!("{src}Mr Okafor, 55, said it would stay open.")
        )
        .is_empty());
        // "Dr" says no gender
        assert!(marked(
            "conflicting-age",
            &format!("{src}Dr Okafor, 57, said it would stay open.")
        )
        .is_empty());
        assert_eq!(
            marked("conflicting-title", "Ada Okafor, the clinic's director, and her husband, Kunle Okafor, its treasurer, spoke.\n\nMr Okafor, the clinic's director, said it would stay open."),
            ["Okafor, the clinic's director"]
        );
        assert!(marked("conflicting-title", "Ada Okafor, the clinic's director, and her husband, Kunle Okafor, its treasurer, spoke.\n\nMr Okafor, the clinic's treasurer, said it would stay open.").is_empty());
        // brothers, the first with a given name on no list: two people
        assert!(marked(
            "conflicting-age",
            "Tomas Berg, 40, and his brother Erik Berg, 44, spoke."
        )
        .is_empty());
        assert!(marked(
            "conflicting-age",
            "Tomas Berg, 40, spoke first.\n\nHis brother, Erik Berg, 44, spoke next."
        )
        .is_empty());
        // brothers: Mr is either
        assert!(marked("conflicting-age", "Tomas Berg, 40, and his brother Erik Berg, 44, said he was ready.\n\nMr Berg, 47, said he was ready.").is_empty());
    }

    #[test]
    fn a_shared_surname_before_the_second_bearer_is_named() {
        // the husband is named after the surgeon's age; the surname alone
        // goes on meaning her, and 57 is neither's age
        assert_eq!(
            marked("conflicting-age", "Dr. Ada Ogun was named. Ogun, 52, is a surgeon.\n\nHer husband, Dr. Kunle Ogun, 55, will join too.\n\nOgun, 57, said she was ready.").len(),
            1
        );
        // his age: the surname alone is him here
        assert_eq!(
            marked("conflicting-age", "Dr. Ada Ogun was named. Ogun, 52, is a surgeon.\n\nHer husband, Dr. Kunle Ogun, 55, will join too.\n\nOgun, 55, said he was ready.").len(),
            0
        );
        assert_eq!(
            marked("conflicting-age", "Dr. Ada Ogun was named. Ogun, 52, is a surgeon.\n\nThe 54-year-old surgeon said she was ready.\n\nHer husband, Dr. Kunle Ogun, 55, will join too.").len(),
            1
        );
    }
}
#[cfg(test)]
mod courtesy_link_tests {
    use super::test_support::marked;

    const COUPLE: &str = "Kunle Okafor, 55, and his wife, Ada Okafor, 52, run the clinic.\n\n";

    #[test]
    fn a_courtesy_title_after_the_spouse_of_the_other_gender_means_its_own() {
        // the wife is named last; "Mr" is still her husband
        assert_eq!(
            marked(
                "conflicting-age",
                &format!("{COUPLE}Mr Okafor, 57, said the clinic would stay open.")
            ),
            ["Okafor, 57"]
        );
        assert!(marked(
            "conflicting-age",
            &format!("{COUPLE}Mr Okafor, 55, said it would stay open.")
        )
        .is_empty());
        assert!(marked(
            "conflicting-age",
            &format!("{COUPLE}Ms Okafor, 52, said it would stay open.")
        )
        .is_empty());
        // a title given to the husband in a sentence that names the wife after him
        assert_eq!(
            marked("conflicting-title", "The firm paid the wife of Acme director John Pell. Ann Pell still works there, and Mr Pell, Acme's general counsel, has left."),
            ["Pell, Acme's general counsel"]
        );
        assert!(marked("conflicting-title", "The firm paid the wife of Acme director John Pell. Ann Pell still works there, and Mr Pell, an Acme director, has left.").is_empty());
        // two brothers: "Mr" is either, so neither
        assert!(marked("conflicting-age", "Tomas Berg, 40, and his brother Erik Berg, 44, spoke.\n\nMr Berg, 47, said he was ready.").is_empty());
    }
}
