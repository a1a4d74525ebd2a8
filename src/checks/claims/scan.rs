//! Hand-written scanners for the claims patterns whose compiling cost the
//! most (the Unicode letter classes and a bounded run of "any character but
//! punctuation" make the regex crate build automata of millions of
//! instructions, once per process, for every draft that holds a comma and a
//! digit). Each scanner finds exactly what its pattern found — the same
//! leftmost match and the same groups — which the tests below check against
//! the pattern on many generated strings. The character classes are read
//! from the regex crate's own Unicode tables (`regex-syntax`), so `\d`, `\s`,
//! `\w` and `\p{L}` mean here what they meant in the patterns: digits and
//! letters of every script, the no-break space.

use std::cmp::Ordering;
use std::ops::Range;
use std::sync::OnceLock;

use regex_syntax::hir::{Class, HirKind};

/// A character class as the regex crate reads it, without compiling an
/// automaton: its sorted ranges, searched by halving.
struct CharClass {
    ranges: Vec<(char, char)>,
}

impl CharClass {
    fn new(class: &str) -> CharClass {
        let hir = regex_syntax::Parser::new()
            .parse(class)
            .expect("valid class");
        let HirKind::Class(Class::Unicode(c)) = hir.kind() else {
            panic!("{class} is not a Unicode class");
        };
        CharClass {
            ranges: c.ranges().iter().map(|r| (r.start(), r.end())).collect(),
        }
    }

    fn contains(&self, c: char) -> bool {
        self.ranges
            .binary_search_by(|&(lo, hi)| {
                if hi < c {
                    Ordering::Less
                } else if lo > c {
                    Ordering::Greater
                } else {
                    Ordering::Equal
                }
            })
            .is_ok()
    }
}

fn class(cell: &'static OnceLock<CharClass>, pattern: &str) -> &'static CharClass {
    cell.get_or_init(|| CharClass::new(pattern))
}

fn digit(c: char) -> bool {
    static D: OnceLock<CharClass> = OnceLock::new();
    c.is_ascii_digit() || (!c.is_ascii() && class(&D, r"\d").contains(c))
}

fn upper(c: char) -> bool {
    static LU: OnceLock<CharClass> = OnceLock::new();
    c.is_ascii_uppercase() || (!c.is_ascii() && class(&LU, r"\p{Lu}").contains(c))
}

/// `[\p{L}'’-]`
fn name_char(c: char) -> bool {
    static NAME: OnceLock<CharClass> = OnceLock::new();
    c.is_ascii_alphabetic()
        || matches!(c, '\'' | '-')
        || (!c.is_ascii() && class(&NAME, r"[\p{L}'’-]").contains(c))
}

/// `[\w.&-]`
fn word_dot_char(c: char) -> bool {
    static W: OnceLock<CharClass> = OnceLock::new();
    c.is_ascii_alphanumeric()
        || matches!(c, '_' | '.' | '&' | '-')
        || (!c.is_ascii() && class(&W, r"[\w.&-]").contains(c))
}

/// `\s`: Rust's `char::is_whitespace` is the same White_Space property.
fn space(c: char) -> bool {
    c.is_whitespace()
}

/// `[^,.;:“”"()]`
fn role_char(c: char) -> bool {
    !matches!(c, ',' | '.' | ';' | ':' | '“' | '”' | '"' | '(' | ')')
}

fn word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// `(?-u:\b)` at byte `i`: an ASCII word byte on one side only.
fn ascii_boundary(bytes: &[u8], i: usize) -> bool {
    let before = i > 0 && word_byte(bytes[i - 1]);
    let after = i < bytes.len() && word_byte(bytes[i]);
    before != after
}

/// The end of the run of `keep` characters starting at `from`.
fn run_end(text: &str, from: usize, keep: impl Fn(char) -> bool) -> usize {
    text[from..]
        .char_indices()
        .find(|&(_, c)| !keep(c))
        .map_or(text.len(), |(i, _)| from + i)
}

/// Past an optional `word` and the spaces after it at `from` ("the" in
/// "Tuesday the 3rd"): where the next word starts, or `from` itself when
/// `word` with at least one space after it is not there.
fn past_word(text: &str, from: usize, word: &str) -> usize {
    if !text[from..].starts_with(word) {
        return from;
    }
    let after = run_end(text, from + word.len(), space);
    if after > from + word.len() {
        after
    } else {
        from
    }
}

/// 1 to 3 digits at `from` followed by `next`: the end of the digits.
fn digits_then(text: &str, from: usize, next: &str) -> Option<usize> {
    let end = run_end(text, from, digit);
    let n = text[from..end].chars().count();
    ((1..=3).contains(&n) && text[end..].starts_with(next)).then_some(end)
}

/// Each "Okafor, 69, told" in `text`, as
/// `(?-u:\b)(\p{Lu}[\p{L}'’-]+), (\d{1,3}), (?:said|says|told|who|is|was|has|had|and)(?-u:\b)`
/// finds them: the surname's range and the age's.
pub(super) fn surname_comma_age(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    const VERBS: [&str; 9] = [
        "said", "says", "told", "who", "is", "was", "has", "had", "and",
    ];
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    // Where the next match may start: after the end of the last.
    let mut pos = 0;
    let mut from = 0;
    while let Some(i) = text[from..].find(", ") {
        let comma = from + i;
        from = comma + 1;
        let Some(age_end) = digits_then(text, comma + 2, ", ") else {
            continue;
        };
        let verb_at = age_end + 2;
        let Some(end) = VERBS.iter().map(|v| verb_at + v.len()).find(|&e| {
            text.get(verb_at..e)
                .is_some_and(|w| VERBS.contains(&w) && ascii_boundary(bytes, e))
        }) else {
            continue;
        };
        // The run of name characters before the comma, from its leftmost
        // capital that stands at a word boundary with a character after it.
        let mut run_start = comma;
        for (i, c) in text[..comma].char_indices().rev() {
            if i < pos || !name_char(c) {
                break;
            }
            run_start = i;
        }
        let start = text[run_start..comma]
            .char_indices()
            .map(|(i, c)| (run_start + i, c))
            .find(|&(i, c)| upper(c) && i + c.len_utf8() < comma && ascii_boundary(bytes, i));
        if let Some((start, _)) = start {
            found.push((start..comma, comma + 2..age_end));
            pos = end;
            from = end;
        }
    }
    found
}

/// Each "the 66-year-old Okafor" in `text`, as
/// `(?-u:\b)[Tt]he (\d{1,3})-year-old (\p{Lu}[\p{L}'’-]+)(?-u:\b)` finds
/// them: the age's range and the name's.
pub(super) fn year_old_name(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    const MARK: &str = "-year-old ";
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut pos = 0;
    let mut from = 0;
    while let Some(i) = text[from..].find(MARK) {
        let mark = from + i;
        from = mark + 1;
        // Back over up to three digits to "the ".
        let mut age_start = mark;
        for (i, c) in text[..mark].char_indices().rev().take(3) {
            if !digit(c) {
                break;
            }
            age_start = i;
        }
        if age_start == mark
            || !matches!(
                text.get(age_start.wrapping_sub(4)..age_start),
                Some("The " | "the ")
            )
            || digits_then(text, age_start, MARK) != Some(mark)
        {
            continue;
        }
        let start = age_start - 4;
        if start < pos || !ascii_boundary(bytes, start) {
            continue;
        }
        let name_start = mark + MARK.len();
        let Some(first) = text[name_start..].chars().next().filter(|&c| upper(c)) else {
            continue;
        };
        let rest = name_start + first.len_utf8();
        let run = run_end(text, rest, name_char);
        // Greedy, then back to the last end at a word boundary.
        let end = text[rest..run]
            .char_indices()
            .map(|(i, c)| rest + i + c.len_utf8())
            .rev()
            .find(|&e| ascii_boundary(bytes, e));
        if let Some(end) = end {
            found.push((age_start..mark, name_start..end));
            pos = end;
            from = end;
        }
    }
    found
}

/// `\s+[^,.;:“”"()]{2,60}?\s*[,.;]` from `q`, tried as the pattern tries
/// it (most spaces first, then the fewest characters): the end of the role.
fn spaced_role(rest: &str, q: usize) -> Option<usize> {
    let ws_end = run_end(rest, q, space);
    let spaces = rest[q..ws_end].chars().count();
    if spaces == 0 {
        return None;
    }
    let stop = run_end(rest, q, role_char);
    if !rest[stop..].starts_with([',', '.', ';']) {
        return None;
    }
    // The role may end anywhere in the spaces before the stop.
    let last = rest[..stop].trim_end_matches(space).len().max(ws_end);
    for n in (1..=spaces).rev() {
        let body = rest[q..]
            .char_indices()
            .nth(n)
            .map_or(rest.len(), |(i, _)| q + i);
        let needed = rest[body..last].chars().count().max(2);
        let mut chars = rest[body..stop]
            .char_indices()
            .map(|(i, c)| body + i + c.len_utf8());
        if needed <= 60 {
            if let Some(end) = chars.nth(needed - 1) {
                return Some(end);
            }
        }
    }
    None
}

/// The role after a name, as
/// `^,\s+((?:the|a|an|its|his|her|their|[A-Z][\w.&-]*(?:’s|'s|s’|s'))\s+[^,.;:“”"()]{2,60}?)\s*[,.;]`
/// finds it in `rest`: the group's range.
pub(super) fn role_after(rest: &str) -> Option<Range<usize>> {
    let open = rest.strip_prefix(',')?;
    let g = 1 + open.len() - open.trim_start_matches(space).len();
    if g == 1 {
        return None;
    }
    for word in ["the", "a", "an", "its", "his", "her", "their"] {
        if rest[g..].starts_with(word) {
            if let Some(end) = spaced_role(rest, g + word.len()) {
                return Some(g..end);
            }
        }
    }
    if !rest[g..].starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let run = run_end(rest, g + 1, word_dot_char);
    let mut ends: Vec<usize> = rest[g + 1..run]
        .char_indices()
        .map(|(i, _)| g + 1 + i)
        .collect();
    ends.push(run);
    for &r in ends.iter().rev() {
        for suffix in ["’s", "'s", "s’", "s'"] {
            if rest[r..].starts_with(suffix) {
                if let Some(end) = spaced_role(rest, r + suffix.len()) {
                    return Some(g..end);
                }
            }
        }
    }
    None
}

/// The role before a name, as
/// `(?:^|[.;:]\s+|(?-u:\b))((?:[Tt]he|[Aa]n?)\s+[^,.;:“”"()\n]{2,60}?),\s+$`
/// finds it in `head`: the group's range.
pub(super) fn role_before(head: &str) -> Option<Range<usize>> {
    // The text must end with a comma and one or more spaces.
    let trimmed = head.trim_end_matches(space);
    if trimmed.len() == head.len() || !trimmed.ends_with(',') {
        return None;
    }
    let comma = trimmed.len() - 1;
    let bytes = head.as_bytes();
    // The leftmost opening article (every other start the pattern allows
    // is also a word boundary before a letter) whose role runs to the comma.
    for (g, _) in head[..comma].char_indices() {
        if !ascii_boundary(bytes, g) {
            continue;
        }
        let article = ["The", "the", "An", "an", "A", "a"]
            .into_iter()
            .find(|a| head[g..].starts_with(a) && head[g + a.len()..].starts_with(space));
        let Some(article) = article else {
            continue;
        };
        let q = g + article.len();
        let ws_end = run_end(head, q, space);
        let spaces = head[q..ws_end].chars().count();
        let body = &head[ws_end..comma];
        // A role does not run over a line break: the headline's last
        // words are no part of the next paragraph's role.
        if !body.chars().all(|c| role_char(c) && c != '\n') {
            continue;
        }
        let len = body.chars().count();
        // The spaces after the first may count as the role's characters,
        // but not over a line break.
        let ws = &head[q..ws_end];
        let lent = ws
            .rfind('\n')
            .map_or(spaces - 1, |i| ws[i + 1..].chars().count());
        if len <= 60 && lent + len >= 2 {
            return Some(g..comma);
        }
    }
    None
}

/// One match's groups, read the way the regex crate's `Captures` are read
/// (`get(i)`, `c[i]`), so a call site that read a pattern's captures reads
/// a scanner's unchanged.
pub(super) struct Groups<'h, const N: usize> {
    hay: &'h str,
    groups: [Option<Range<usize>>; N],
}

/// One group of a match: its text and where it stands.
pub(super) struct Group<'h> {
    hay: &'h str,
    range: Range<usize>,
}

impl<'h> Group<'h> {
    pub(super) fn as_str(&self) -> &'h str {
        &self.hay[self.range.clone()]
    }
    pub(super) fn range(&self) -> Range<usize> {
        self.range.clone()
    }
    pub(super) fn start(&self) -> usize {
        self.range.start
    }
    pub(super) fn end(&self) -> usize {
        self.range.end
    }
}

impl<'h, const N: usize> Groups<'h, N> {
    pub(super) fn get(&self, i: usize) -> Option<Group<'h>> {
        self.groups[i].clone().map(|range| Group {
            hay: self.hay,
            range,
        })
    }
}

impl<const N: usize> std::ops::Index<usize> for Groups<'_, N> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        &self.hay[self.groups[i]
            .clone()
            .expect("the group took part in the match")]
    }
}

/// `word` (lowercase ASCII) at `at` in any case, as `(?i)` reads it (the
/// long s and the Kelvin sign fold to "s" and "k" too): its end.
fn folded_at(text: &str, at: usize, word: &str) -> Option<usize> {
    let (bytes, w) = (&text.as_bytes()[at..], word.as_bytes());
    match bytes
        .iter()
        .zip(w)
        .position(|(b, w)| !b.eq_ignore_ascii_case(w))
    {
        None if bytes.len() >= w.len() => return Some(at + w.len()),
        // Only a character outside ASCII can still fold to the letter.
        Some(k) if !bytes[k].is_ascii() => {}
        _ => return None,
    }
    let mut chars = text[at..].char_indices();
    let mut end = at;
    for w in word.chars() {
        let (i, c) = chars.next()?;
        let same =
            c.to_ascii_lowercase() == w || (w == 's' && c == 'ſ') || (w == 'k' && c == '\u{212A}');
        if !same {
            return None;
        }
        end = at + i + c.len_utf8();
    }
    Some(end)
}

/// The end of the one character at `at`, if `keep` holds for it.
fn char_if(text: &str, at: usize, keep: impl Fn(char) -> bool) -> Option<usize> {
    text[at..]
        .chars()
        .next()
        .filter(|&c| keep(c))
        .map(|c| at + c.len_utf8())
}

/// `\d{3}` at `at`: its end.
fn three_digits(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    for _ in 0..3 {
        end = char_if(text, end, digit)?;
    }
    Some(end)
}

/// `\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?` at `at`: its end.
fn number_at(text: &str, at: usize) -> Option<usize> {
    let run = run_end(text, at, digit);
    if run == at {
        return None;
    }
    if text[at..run].chars().count() <= 3 {
        let mut end = run;
        while let Some(next) = text[end..]
            .starts_with(',')
            .then(|| three_digits(text, end + 1))
            .flatten()
        {
            end = next;
        }
        if end > run {
            return Some(end);
        }
    }
    if text[run..].starts_with('.') {
        let decimals = run_end(text, run + 1, digit);
        if decimals > run + 1 {
            return Some(decimals);
        }
    }
    Some(run)
}

fn currency(c: char) -> bool {
    matches!(c, '$' | '£' | '€')
}

/// Each figure in `text`, as
/// `(?i)(?:([$£€])\s?|(?-u:\b))(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|bn|tn|m|b|k)(?-u:\b))?|(?-u:\b)(a dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)`
/// finds them: the whole, the currency sign, the digits, the scale word,
/// the number word (groups 0 to 4).
pub(super) fn figures(text: &str) -> impl Iterator<Item = Groups<'_, 5>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = (from..bytes.len())
            .filter(|&i| may_start_figure(bytes, i))
            .find_map(|i| figure_at(text, i, text[i..].chars().next()?))?;
        from = found.groups[0].as_ref().map_or(text.len(), |g| g.end);
        Some(found)
    })
}

/// Whether a figure can start at byte `i`: a dollar sign, an ASCII digit or
/// a number word's first letter at a word's start, or any character
/// outside ASCII (the other signs, other scripts' digits, the long s),
/// which `figure_at` tells apart.
fn may_start_figure(bytes: &[u8], i: usize) -> bool {
    let b = bytes[i];
    if !b.is_ascii() {
        return b & 0xC0 != 0x80;
    }
    b == b'$'
        || ((b.is_ascii_digit() || b"adtfsenADTFSEN".contains(&b))
            && !(i > 0 && word_byte(bytes[i - 1])))
}

const SCALES: [&str; 10] = [
    "thousand", "million", "billion", "trillion", "mn", "bn", "tn", "m", "b", "k",
];
const UNITS: [&str; 9] = [
    "-one", "-two", "-three", "-four", "-five", "-six", "-seven", "-eight", "-nine",
];

/// The figure pattern's match starting at `at` (where `c` stands).
fn figure_at(text: &str, at: usize, c: char) -> Option<Groups<'_, 5>> {
    let bytes = text.as_bytes();
    let number = if currency(c) {
        let after = at + c.len_utf8();
        let spaced = char_if(text, after, space).and_then(|s| number_at(text, s).map(|e| (s, e)));
        spaced
            .or_else(|| number_at(text, after).map(|e| (after, e)))
            .map(|n| (Some(at..after), n))
    } else if digit(c) {
        if !ascii_boundary(bytes, at) {
            return None;
        }
        number_at(text, at).map(|e| (None, (at, e)))
    } else {
        None
    };
    if let Some((sign, (start, end))) = number {
        let scale_at = |s: usize| {
            SCALES.iter().find_map(|w| {
                folded_at(text, s, w)
                    .filter(|&e| ascii_boundary(bytes, e))
                    .map(|e| s..e)
            })
        };
        let scale = char_if(text, end, space)
            .and_then(scale_at)
            .or_else(|| scale_at(end));
        let whole_end = scale.as_ref().map_or(end, |s| s.end);
        return Some(Groups {
            hay: text,
            groups: [Some(at..whole_end), sign, Some(start..end), scale, None],
        });
    }
    // Each number word opens with one of these three letters ("a dozen"
    // with a space), in any case; only the first can be outside ASCII
    // (the long s).
    const OPENINGS: [&[u8; 3]; 16] = [
        b"a d", b"doz", b"twe", b"thi", b"thr", b"for", b"fou", b"fif", b"fiv", b"six", b"sev",
        b"eig", b"ele", b"nin", b"ten", b"two",
    ];
    let first = match c {
        'ſ' => b's',
        c if c.is_ascii_alphabetic() => c.to_ascii_lowercase() as u8,
        _ => return None,
    };
    let next = &bytes[at + c.len_utf8()..];
    let opens_word = next.len() >= 2
        && OPENINGS.contains(&&[
            first,
            next[0].to_ascii_lowercase(),
            next[1].to_ascii_lowercase(),
        ]);
    if !opens_word || !ascii_boundary(bytes, at) {
        return None;
    }
    let bounded = |e: &usize| ascii_boundary(bytes, *e);
    let starts = |w: &&&str| w.as_bytes()[0] == first;
    let word_end = ["a dozen", "dozen"]
        .iter()
        .filter(starts)
        .find_map(|w| folded_at(text, at, w).filter(bounded))
        .or_else(|| {
            let tens = crate::number_words::TENS
                .iter()
                .filter(starts)
                .find_map(|w| folded_at(text, at, w))?;
            UNITS
                .iter()
                .find_map(|u| folded_at(text, tens, u).filter(bounded))
                .or(Some(tens).filter(bounded))
        })
        .or_else(|| {
            crate::number_words::UNITS[2..]
                .iter()
                .filter(starts)
                .find_map(|w| folded_at(text, at, w).filter(bounded))
        })?;
    Some(Groups {
        hay: text,
        groups: [Some(at..word_end), None, None, None, Some(at..word_end)],
    })
}

/// The second figure of a range or tally at the start of `rest`, as
/// `^\s*(?:to|and|or|-|–)\s*[$£€]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)`
/// finds it: the whole and the digits.
pub(super) fn range_tail(rest: &str) -> Option<Groups<'_, 2>> {
    let s = run_end(rest, 0, space);
    let word = ["to", "and", "or", "-", "–"]
        .into_iter()
        .find(|w| rest[s..].starts_with(w))?;
    let q = run_end(rest, s + word.len(), space);
    let signed = char_if(rest, q, currency).and_then(|n| number_at(rest, n).map(|e| (n, e)));
    let (start, end) = signed.or_else(|| number_at(rest, q).map(|e| (q, e)))?;
    Some(Groups {
        hay: rest,
        groups: [Some(0..end), Some(start..end)],
    })
}

/// Each "in March", "last year", "since 2015" in `text`, as
/// `(?-u:\b)(?:[Ii]n|[Ll]ast|[Ss]ince)\s+(January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|year|month)(?-u:\b)(?:\s*\d)?`
/// finds them: the whole and the period.
pub(super) fn periods(text: &str) -> impl Iterator<Item = Groups<'_, 2>> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = text[from..]
            .char_indices()
            .find_map(|(i, _)| period_at(text, from + i))?;
        from = found.groups[0].as_ref().map_or(text.len(), |g| g.end);
        Some(found)
    })
}

fn period_at(text: &str, at: usize) -> Option<Groups<'_, 2>> {
    let bytes = text.as_bytes();
    if !matches!(bytes[at], b'I' | b'i' | b'L' | b'l' | b'S' | b's') || !ascii_boundary(bytes, at) {
        return None;
    }
    let lead = ["In", "in", "Last", "last", "Since", "since"]
        .into_iter()
        .find(|w| text[at..].starts_with(w))?;
    let q = at + lead.len();
    let p = run_end(text, q, space);
    if p == q {
        return None;
    }
    let year = || {
        ["19", "20"]
            .into_iter()
            .find(|c| text[p..].starts_with(c))
            .and_then(|c| char_if(text, p + c.len(), digit))
            .and_then(|e| char_if(text, e, digit))
    };
    let end = crate::calendar::MONTHS
        .iter()
        .chain(&["year", "month"])
        .find(|w| text[p..].starts_with(*w))
        .map(|w| p + w.len())
        .or_else(year)
        .filter(|&e| ascii_boundary(bytes, e))?;
    let whole_end = char_if(text, run_end(text, end, space), digit).unwrap_or(end);
    Some(Groups {
        hay: text,
        groups: [Some(at..whole_end), Some(p..end)],
    })
}

/// An age after a name at the start of `rest`, as
/// `^,\s+(?:who is |who turned |who turns |aged |age |a |the )?(\d{1,3})(?:-year-old)?(?-u:\b)([,.;)]|\s+(?:and|said|says|who|has|is|was|told|in|last|this))`
/// finds it: the whole, the age, what follows.
pub(super) fn age_after(rest: &str) -> Option<Groups<'_, 3>> {
    const NEXT: [&str; 11] = [
        "and", "said", "says", "who", "has", "is", "was", "told", "in", "last", "this",
    ];
    let bytes = rest.as_bytes();
    let open = rest.strip_prefix(',')?;
    let mut at = 1 + open.len() - open.trim_start_matches(space).len();
    if at == 1 {
        return None;
    }
    if let Some(lead) = [
        "who is ",
        "who turned ",
        "who turns ",
        "aged ",
        "age ",
        "a ",
        "the ",
    ]
    .into_iter()
    .find(|w| rest[at..].starts_with(w))
    {
        at += lead.len();
    }
    let run = run_end(rest, at, digit);
    let mut ends: Vec<usize> = rest[at..run]
        .char_indices()
        .map(|(i, c)| at + i + c.len_utf8())
        .take(3)
        .collect();
    ends.reverse();
    for age_end in ends {
        let year_old =
            Some(age_end + "-year-old".len()).filter(|_| rest[age_end..].starts_with("-year-old"));
        for e in year_old.into_iter().chain([age_end]) {
            if !ascii_boundary(bytes, e) {
                continue;
            }
            let tail_end = char_if(rest, e, |c| matches!(c, ',' | '.' | ';' | ')')).or_else(|| {
                let w = run_end(rest, e, space);
                (w > e)
                    .then(|| NEXT.into_iter().find(|n| rest[w..].starts_with(n)))
                    .flatten()
                    .map(|n| w + n.len())
            });
            if let Some(tail_end) = tail_end {
                return Some(Groups {
                    hay: rest,
                    groups: [Some(0..tail_end), Some(at..age_end), Some(e..tail_end)],
                });
            }
        }
    }
    None
}

/// An age just before a name ("the 56-year-old Ruiz") at the end of
/// `head`, as `(\d{1,3})-year-old\s+$` finds it: the whole and the age.
pub(super) fn age_before(head: &str) -> Option<Groups<'_, 2>> {
    let trimmed = head.trim_end_matches(space);
    if trimmed.len() == head.len() {
        return None;
    }
    let mark = trimmed.strip_suffix("-year-old")?.len();
    // The leftmost start from which one to three digits run to the mark.
    let mut start = mark;
    for (i, c) in head[..mark].char_indices().rev().take(3) {
        if !digit(c) {
            break;
        }
        start = i;
    }
    (start < mark).then_some(Groups {
        hay: head,
        groups: [Some(start..head.len()), Some(start..mark)],
    })
}

const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// `[A-Z][a-z]{2,8}` at `at`, as the whole run of small letters after the
/// capital (a longer or shorter run leaves the pattern a letter it cannot
/// take next): its end.
fn month_shaped(text: &str, at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    if !bytes.get(at)?.is_ascii_uppercase() {
        return None;
    }
    let end = run_end(text, at + 1, |c| c.is_ascii_lowercase());
    (3..=9).contains(&(end - at)).then_some(end)
}

/// `(\d{1,2})(?:st|nd|rd|th)?` at `at` followed by what `then` accepts,
/// tried as the pattern tries them (two digits first, the suffix first):
/// the digits' end and the end of the whole.
fn day_then(
    text: &str,
    at: usize,
    mut then: impl FnMut(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    let one = char_if(text, at, digit)?;
    let two = char_if(text, one, digit);
    for d in two.into_iter().chain([one]) {
        let suffix = ["st", "nd", "rd", "th"]
            .into_iter()
            .find(|x| text[d..].starts_with(x))
            .map(|x| d + x.len());
        for e in suffix.into_iter().chain([d]) {
            if let Some(end) = then(e) {
                return Some((d, end));
            }
        }
    }
    None
}

/// `(?:,?\s+(\d{4})(?-u:\b))?` at `at`: the year's range, if there.
fn year_after(text: &str, at: usize) -> Option<Range<usize>> {
    let comma = at + usize::from(text[at..].starts_with(','));
    let start = run_end(text, comma, space);
    if start == comma {
        return None;
    }
    let mut end = start;
    for _ in 0..4 {
        end = char_if(text, end, digit)?;
    }
    ascii_boundary(text.as_bytes(), end).then_some(start..end)
}

/// The short forms of the weekdays' names a date can follow ("Tues 24
/// March", "Thu., Feb. 25"), longest first where one begins another, each
/// with an optional full stop.
pub(super) const WEEKDAY_ABBREVIATIONS: [&str; 11] = [
    "Mon", "Tues", "Tue", "Weds", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun",
];

/// A weekday's name or its short form at `at` (at a word boundary) and
/// the spaces after it, an optional comma between: the name's end and
/// where the spaces end.
fn weekday_at(text: &str, at: usize) -> Option<(usize, usize)> {
    if !ascii_boundary(text.as_bytes(), at) {
        return None;
    }
    let name_end = WEEKDAYS
        .iter()
        .find(|w| text[at..].starts_with(*w))
        .map(|w| at + w.len())
        .or_else(|| {
            let short = WEEKDAY_ABBREVIATIONS
                .iter()
                .find(|w| text[at..].starts_with(*w))?;
            let end = at + short.len();
            Some(end + usize::from(text[end..].starts_with('.')))
        })?;
    let comma = name_end + usize::from(text[name_end..].starts_with(','));
    let next = run_end(text, comma, space);
    (next > comma).then_some((name_end, next))
}

/// Every match of `one_at` in `text`, leftmost first, each search going on
/// after the last match, as the regex crate's `captures_iter` goes.
fn each_match<'h, const N: usize>(
    text: &'h str,
    one_at: impl Fn(&'h str, usize) -> Option<Groups<'h, N>>,
) -> impl Iterator<Item = Groups<'h, N>> {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = (from..text.len())
            .filter(|&i| text.is_char_boundary(i))
            .find_map(|i| one_at(text, i))?;
        from = found.groups[0].as_ref().map_or(text.len(), |g| g.end);
        Some(found)
    })
}

/// Each "Tuesday, March 3, 2026" in `text`, as
/// `(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?`
/// finds them: the whole, the weekday, the month, the day, the year.
pub(super) fn weekday_month_day(text: &str) -> impl Iterator<Item = Groups<'_, 5>> {
    each_match(text, |text, at| {
        if !text[at..].starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let (name_end, month) = weekday_at(text, at)?;
        let letters = month_shaped(text, month)?;
        let month_end = letters + usize::from(text[letters..].starts_with('.'));
        let day = run_end(text, month_end, space);
        if day == month_end {
            return None;
        }
        let bytes = text.as_bytes();
        let (digits, end) = day_then(text, day, |e| ascii_boundary(bytes, e).then_some(e))?;
        let year = year_after(text, end);
        Some(Groups {
            hay: text,
            groups: [
                Some(at..year.as_ref().map_or(end, |y| y.end)),
                Some(at..name_end),
                Some(month..month_end),
                Some(day..digits),
                year,
            ],
        })
    })
}

/// Each "Tuesday 3 March 2026", "Tuesday the 3rd of March" in `text`, as
/// `(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8}\.?)(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?`
/// finds them: the whole, the weekday, the day, the month, the year.
pub(super) fn weekday_day_month(text: &str) -> impl Iterator<Item = Groups<'_, 5>> {
    each_match(text, |text, at| {
        if !text[at..].starts_with(|c: char| c.is_ascii_uppercase()) {
            return None;
        }
        let bytes = text.as_bytes();
        let (name_end, day) = weekday_at(text, at)?;
        let day = past_word(text, day, "the");
        let mut month = 0;
        let (digits, month_end) = day_then(text, day, |e| {
            let m = run_end(text, e, space);
            if m == e {
                return None;
            }
            let m = past_word(text, m, "of");
            let letters = month_shaped(text, m)?;
            month = m;
            let dotted = letters + 1;
            if text[letters..].starts_with('.') && ascii_boundary(bytes, dotted) {
                Some(dotted)
            } else {
                ascii_boundary(bytes, letters).then_some(letters)
            }
        })?;
        let year = year_after(text, month_end);
        Some(Groups {
            hay: text,
            groups: [
                Some(at..year.as_ref().map_or(month_end, |y| y.end)),
                Some(at..name_end),
                Some(day..digits),
                Some(month..month_end),
                year,
            ],
        })
    })
}

/// Each full date in `text`, as
/// `(?-u:\b)([A-Z][a-z]{2,8}\.?)\s+\d{1,2},\s+(\d{4})(?-u:\b)|(?-u:\b)\d{1,2}\s+([A-Z][a-z]{2,8})\s+(\d{4})(?-u:\b)`
/// finds them: the whole, then the month and year of "March 3, 2026" or
/// of "3 March 2026".
pub(super) fn full_dates(text: &str) -> impl Iterator<Item = Groups<'_, 5>> {
    each_match(text, |text, at| {
        let bytes = text.as_bytes();
        if !ascii_boundary(bytes, at) {
            return None;
        }
        // The year: four digits at `y`, at a word's end.
        let year = |y: usize| {
            let mut end = y;
            for _ in 0..4 {
                end = char_if(text, end, digit)?;
            }
            ascii_boundary(bytes, end).then_some(end)
        };
        // One or two digits, the whole run, followed by `next`.
        let day = |d: usize| {
            let one = char_if(text, d, digit)?;
            let end = char_if(text, one, digit).unwrap_or(one);
            (!text[end..].starts_with(digit)).then_some(end)
        };
        if let Some(letters) = month_shaped(text, at) {
            let month_end = letters + usize::from(text[letters..].starts_with('.'));
            let d = run_end(text, month_end, space);
            let day_end = day(d).filter(|_| d > month_end)?;
            let comma = text[day_end..].starts_with(',').then_some(day_end + 1)?;
            let y = run_end(text, comma, space);
            let end = year(y).filter(|_| y > comma)?;
            return Some(Groups {
                hay: text,
                groups: [Some(at..end), Some(at..month_end), Some(y..end), None, None],
            });
        }
        let day_end = day(at)?;
        let m = run_end(text, day_end, space);
        let letters = month_shaped(text, m).filter(|_| m > day_end)?;
        let y = run_end(text, letters, space);
        let end = year(y).filter(|_| y > letters)?;
        Some(Groups {
            hay: text,
            groups: [Some(at..end), None, None, Some(m..letters), Some(y..end)],
        })
    })
}

/// "The 59-year-old " at `at`, as `(?-u:\b)The (\d{1,3})-year-old ` reads
/// it (with "the" too where `small_the`): the digits' range.
fn the_year_old_at(text: &str, at: usize, small_the: bool) -> Option<Range<usize>> {
    let lead = text[at..]
        .strip_prefix("The ")
        .or_else(|| small_the.then(|| text[at..].strip_prefix("the ")).flatten())?;
    if !ascii_boundary(text.as_bytes(), at) {
        return None;
    }
    let digits = at + 4;
    let end = run_end(text, digits, digit);
    let n = text[digits..end].chars().count();
    ((1..=3).contains(&n) && lead[end - digits..].starts_with("-year-old ")).then_some(digits..end)
}

/// The end of the run of small ASCII letters at `at`, if there is one.
fn small_word(text: &str, at: usize) -> Option<usize> {
    let end = at
        + text.as_bytes()[at..]
            .iter()
            .take_while(|b| b.is_ascii_lowercase())
            .count();
    (end > at).then_some(end)
}

/// Each "the 59-year-old district superintendent" in `text`, as
/// `(?-u:\b)[Tt]he (\d{1,3})-year-old ((?:[a-z]+ ){0,2}[a-z]+)(?-u:\b)`
/// finds them: the whole, the age, up to three small words after it.
pub(super) fn the_year_old_words(text: &str) -> impl Iterator<Item = Groups<'_, 3>> {
    each_match(text, |text, at| {
        let age = the_year_old_at(text, at, true)?;
        let bytes = text.as_bytes();
        let start = age.end + "-year-old ".len();
        // The words, each but the last followed by one space; the pattern
        // takes the most of them that end at a word boundary.
        let mut ends = vec![small_word(text, start)?];
        while ends.len() < 3 {
            let last = ends[ends.len() - 1];
            match text[last..]
                .starts_with(' ')
                .then(|| small_word(text, last + 1))
                .flatten()
            {
                Some(e) => ends.push(e),
                None => break,
            }
        }
        let end = ends.into_iter().rev().find(|&e| ascii_boundary(bytes, e))?;
        Some(Groups {
            hay: text,
            groups: [Some(at..end), Some(age), Some(start..end)],
        })
    })
}

/// Each "The 59-year-old criticised" in `text`, as
/// `(?-u:\b)The (\d{1,3})-year-old ([a-z]+)(?-u:\b)` finds them: the
/// whole, the age, the small word after it.
pub(super) fn the_year_old_word(text: &str) -> impl Iterator<Item = Groups<'_, 3>> {
    each_match(text, |text, at| {
        let age = the_year_old_at(text, at, false)?;
        let start = age.end + "-year-old ".len();
        let end = small_word(text, start).filter(|&e| ascii_boundary(text.as_bytes(), e))?;
        Some(Groups {
            hay: text,
            groups: [Some(at..end), Some(age), Some(start..end)],
        })
    })
}

/// "bringing the total to", "took the number of deaths to" closing the
/// lower-cased `lead`, as
/// `(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\s+(?:the|its|their)\s+(?:total|tally|toll|count|number)(?:\s+of\s+([a-z]+))?[^.;]*?(?-u:\b)to\s*$`
/// finds it: the whole and what the total is of.
pub(super) fn total_brought_to(lead: &str) -> Option<Groups<'_, 2>> {
    const VERBS: [&str; 12] = [
        "bringing", "brings", "brought", "taking", "takes", "took", "pushing", "pushes", "pushed",
        "raising", "raises", "raised",
    ];
    const NOUNS: [&str; 5] = ["total", "tally", "toll", "count", "number"];
    let bytes = lead.as_bytes();
    // The closing "to", the one place the pattern can end.
    let trimmed = lead.trim_end_matches(space);
    let to = trimmed.len().checked_sub(2)?;
    if !trimmed.ends_with("to") || !ascii_boundary(bytes, to) {
        return None;
    }
    // No full stop or semicolon from `from` to the closing "to".
    let clear = |from: usize| from <= to && !lead[from..to].contains(['.', ';']);
    let spaced = |from: usize| Some(run_end(lead, from, space)).filter(|&e| e > from);
    let at = |i: usize| -> Option<Groups<'_, 2>> {
        let verb = VERBS.iter().find(|v| lead[i..].starts_with(*v))?;
        let det_at = spaced(i + verb.len())?;
        for det in ["the", "its", "their"] {
            if !lead[det_at..].starts_with(det) {
                continue;
            }
            let Some(noun_at) = spaced(det_at + det.len()) else {
                continue;
            };
            let Some(noun) = NOUNS.iter().find(|n| lead[noun_at..].starts_with(*n)) else {
                continue;
            };
            let noun_end = noun_at + noun.len();
            // " of deaths": its letters, as many as reach the "to".
            let of = spaced(noun_end)
                .filter(|&o| lead[o..].starts_with("of"))
                .and_then(|o| spaced(o + 2))
                .and_then(|w| {
                    let letters = run_end(lead, w, |c| c.is_ascii_lowercase());
                    let end = letters.min(to);
                    (end > w && (end < letters || clear(end))).then_some(w..end)
                });
            if of.is_some() || clear(noun_end) {
                return Some(Groups {
                    hay: lead,
                    groups: [Some(i..lead.len()), of],
                });
            }
        }
        None
    };
    (0..lead.len())
        .filter(|&i| matches!(bytes[i], b'b' | b't' | b'p' | b'r'))
        .find_map(at)
}

#[cfg(test)]
mod tests {
    use super::*;
    use regex::Regex;

    /// Strings made of the pieces the patterns care about, in every
    /// order: letters of several scripts, digits of several scripts,
    /// spaces (the no-break space too), the punctuation, the fixed words.
    fn generated(pieces: &[&str], n: usize, seed: u64) -> Vec<String> {
        let mut state = seed;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        (0..n)
            .map(|_| {
                let len = (next() % 14) as usize;
                (0..len)
                    .map(|_| pieces[(next() % pieces.len() as u64) as usize])
                    .collect()
            })
            .collect()
    }

    const PIECES: &[&str] = &[
        "Ruiz",
        "O'Neill",
        "Émile",
        "ßtraße",
        "Łódź",
        "Ørsted",
        "x",
        "s",
        "S",
        "Smiths",
        "’",
        "'",
        "-",
        ", ",
        ",",
        " ",
        "  ",
        "\u{a0}",
        "\n",
        ".",
        ";",
        ":",
        "“",
        "”",
        "\"",
        "(",
        ")",
        "5",
        "54",
        "123",
        "4567",
        "٤٥",
        "३",
        "Ⅳ",
        "said",
        "says",
        "told",
        "who",
        "is",
        "was",
        "has",
        "had",
        "and",
        "andÉ",
        "_",
        "The ",
        "the ",
        "a ",
        "an ",
        "A ",
        "An ",
        "its ",
        "their ",
        "her ",
        "-year-old ",
        "-year-old",
        "Co.",
        "&",
        "’s ",
        "'s ",
        "s’ ",
        "s' ",
        "Bank’s",
        "treasurer",
        "chief executive",
        "a very long role indeed that goes on",
    ];

    /// Pieces dense in what the two age patterns need.
    const AGE_PIECES: &[&str] = &[
        "Ruiz",
        "O'Neill",
        "Émile",
        "é",
        "x",
        "R",
        "’",
        "'",
        "-",
        "_",
        ", ",
        ",",
        " ",
        "\u{a0}",
        "5",
        "54",
        "123",
        "٤٥",
        "Ⅳ",
        "said",
        "told",
        "is",
        "isn't",
        "and",
        "andÉ",
        "The ",
        "the ",
        "-year-old ",
        "-year-old",
        "Jones’",
        "-x",
        ", 5, said",
        ", 54, is",
        ", ٤٥, told ",
        ", 1234, was",
        ",  5, had",
        "The 66-year-old ",
        "the 5-year-old ",
        "The 1234-year-old ",
        "the ३-year-old ",
    ];

    /// A scanner finds, in every sample, the two groups the pattern it
    /// replaced captured; and the samples are not all misses.
    fn agrees_on_two_groups(
        re: &Regex,
        samples: &[String],
        scan: impl Fn(&str) -> Vec<(std::ops::Range<usize>, std::ops::Range<usize>)>,
    ) {
        let mut matched = 0;
        for s in samples {
            let want: Vec<_> = re
                .captures_iter(s)
                .map(|c| (c.get(1).unwrap().range(), c.get(2).unwrap().range()))
                .collect();
            matched += usize::from(!want.is_empty());
            assert_eq!(scan(s), want, "{s:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    #[test]
    fn surname_comma_age_finds_what_the_pattern_found() {
        let re = Regex::new(
            r"(?-u:\b)(\p{Lu}[\p{L}'’-]+), (\d{1,3}), (?:said|says|told|who|is|was|has|had|and)(?-u:\b)",
        )
        .unwrap();
        let mut samples = generated(AGE_PIECES, 200_000, 7);
        samples.extend(
            [
                "Okafor, 69, told the Gazette.",
                "Ruiz, 54, saidÉmile, 3, said",
                "x O'Neill, 5, is; Élan, ٤٥, was here",
                "Ruiz, 1234, said",
                "R, 5, said",
                "the Ruiz, 5, saidx",
            ]
            .map(String::from),
        );
        agrees_on_two_groups(&re, &samples, surname_comma_age);
    }

    #[test]
    fn year_old_name_finds_what_the_pattern_found() {
        let re =
            Regex::new(r"(?-u:\b)[Tt]he (\d{1,3})-year-old (\p{Lu}[\p{L}'’-]+)(?-u:\b)").unwrap();
        let mut samples = generated(AGE_PIECES, 200_000, 11);
        samples.extend(
            [
                "The 66-year-old Okafor is one of many.",
                "The 5-year-old O'the 6-year-old Xy",
                "the 4567-year-old Ruiz",
                "the ३-year-old Jones’ car",
                "The 7-year-old É",
            ]
            .map(String::from),
        );
        agrees_on_two_groups(&re, &samples, year_old_name);
    }

    #[test]
    fn role_after_finds_what_the_pattern_found() {
        let re = Regex::new(
            r"^,\s+((?:the|a|an|its|his|her|their|[A-Z][\w.&-]*(?:’s|'s|s’|s'))\s+[^,.;:“”\x22()]{2,60}?)\s*[,.;]",
        )
        .unwrap();
        let mut samples: Vec<String> = generated(PIECES, 200_000, 13)
            .into_iter()
            .map(|s| format!(", {s}"))
            .collect();
        samples.extend(generated(PIECES, 50_000, 17));
        samples.extend(
            [
                ", the company's treasurer, said",
                ", India's finance minister, said",
                ", Smiths’ chief x.",
                ",  the  x,",
                ", the x,",
                ", an a.",
                ", their  \u{a0}y ;",
                ", Co.&A_b's  role that is far too long to be a role of anyone at all in any paper,",
            ]
            .map(String::from),
        );
        let mut matched = 0;
        for s in &samples {
            let want = re.captures(s).map(|c| c.get(1).unwrap().range());
            matched += usize::from(want.is_some());
            assert_eq!(role_after(s), want, "{s:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    #[test]
    fn role_before_finds_what_the_pattern_found() {
        let re = Regex::new(
            r"(?:^|[.;:]\s+|(?-u:\b))((?:[Tt]he|[Aa]n?)\s+[^,.;:“”\x22()\n]{2,60}?),\s+$",
        )
        .unwrap();
        let mut samples: Vec<String> = generated(PIECES, 200_000, 19)
            .into_iter()
            .map(|s| format!("{s}, "))
            .collect();
        samples.extend(generated(PIECES, 50_000, 23));
        samples.extend(
            [
                "The foundation’s board chair, ",
                "said. The chief, \u{a0}",
                "An x, ",
                "A  x, ",
                "the a, \n",
                "Theatre the role,",
                "éthe role, ",
                "the town\n\nThe museum's director, ",
            ]
            .map(String::from),
        );
        let mut matched = 0;
        for s in &samples {
            let want = re.captures(s).map(|c| c.get(1).unwrap().range());
            matched += usize::from(want.is_some());
            assert_eq!(role_before(s), want, "{s:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    /// Pieces dense in what the figure, range, period and age patterns
    /// need: digits of several scripts, separators, signs, the scale and
    /// number words in several cases (and with the long s and the Kelvin
    /// sign, which case-insensitive matching folds), and look-alikes.
    const FIGURE_PIECES: &[&str] = &[
        "$",
        "£",
        "€",
        " ",
        "  ",
        "\u{a0}",
        "\n",
        "5",
        "12",
        "123",
        "1234",
        "0",
        ",",
        ",000",
        ",00",
        ",0000",
        ".",
        ".5",
        "٤٥",
        "३",
        "Ⅳ",
        "x",
        "X",
        "_",
        "-",
        "/",
        "%",
        "thousand",
        "THOUSAND",
        "thouſand",
        "million",
        "Million",
        "mn",
        "bn",
        "tn",
        "m",
        "b",
        "k",
        "K",
        "\u{212A}",
        "mill",
        "a dozen",
        "A Dozen",
        "a  dozen",
        "dozen",
        "twenty",
        "Twenty",
        "-one",
        "-nine",
        "-Two",
        "sixty",
        "six",
        "sixteen",
        "ſix",
        "seven",
        "seventeen",
        "seventy",
        "eight",
        "eighty",
        "eighteen",
        "nine",
        "nineteen",
        "ninety",
        "ten",
        "tens",
        "four",
        "fourteen",
        "forty",
        "two",
        "three",
        "eleven",
        "twelve",
        "a",
        "A ",
        "s",
        "é",
        "to",
        "and",
        "or",
        "–",
        "In",
        "in",
        "Last",
        "last",
        "Since",
        "since",
        "January",
        "May",
        "Mayor",
        "December",
        "19",
        "20",
        "year",
        "month",
        "years",
        "who is ",
        "who turns ",
        "aged ",
        "age ",
        "a ",
        "the ",
        "-year-old",
        ";",
        ")",
        " said",
        "says",
        "is",
        "was",
        "this",
        "told",
        "has",
        "who",
    ];

    fn all_groups(c: &regex::Captures) -> Vec<Option<Range<usize>>> {
        (0..c.len()).map(|i| c.get(i).map(|m| m.range())).collect()
    }

    /// A scanner that finds every match in the text agrees with the
    /// pattern on every sample, group by group; the samples are not all
    /// misses.
    fn agrees_on_all_matches<'a, const N: usize, I: Iterator<Item = Groups<'a, N>>>(
        pattern: &str,
        samples: &'a [String],
        scan: impl Fn(&'a str) -> I,
    ) {
        let re = Regex::new(pattern).unwrap();
        let mut matched = 0;
        for s in samples {
            let want: Vec<_> = re.captures_iter(s).map(|c| all_groups(&c)).collect();
            matched += usize::from(!want.is_empty());
            let got: Vec<_> = scan(s).map(|g| g.groups.to_vec()).collect();
            assert_eq!(got, want, "{s:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    /// The same for a scanner of the pattern's one match at the start.
    fn agrees_at_start<'a, const N: usize>(
        pattern: &str,
        samples: &'a [String],
        scan: impl Fn(&'a str) -> Option<Groups<'a, N>>,
    ) {
        let re = Regex::new(pattern).unwrap();
        let mut matched = 0;
        for s in samples {
            let want = re.captures(s).map(|c| all_groups(&c));
            matched += usize::from(want.is_some());
            assert_eq!(scan(s).map(|g| g.groups.to_vec()), want, "{s:?}");
        }
        assert!(matched > 200, "{matched}");
    }

    #[test]
    fn figures_finds_what_the_pattern_found() {
        let mut samples = generated(FIGURE_PIECES, 200_000, 29);
        samples.extend(
            [
                "voted 5-2 on Tuesday, $40 million, £ 3.5bn, 1,263 to 795",
                "Twelve of the 47 cases; sixty-two; SIXTY-TWOx; a dozen",
                "€1,000,0000 x5 ٤٥ thouſand \u{212A}",
                "seventeen seventy-seven fourteenth 1990s 2nd",
            ]
            .map(String::from),
        );
        agrees_on_all_matches(
            r"(?i)(?:([$£€])\s?|(?-u:\b))(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|mn|bn|tn|m|b|k)(?-u:\b))?|(?-u:\b)(a dozen|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)",
            &samples,
            figures,
        );
    }

    #[test]
    fn range_tail_finds_what_the_pattern_found() {
        let leads = [
            " to ",
            "to",
            "-",
            " – ",
            " and ",
            " or",
            "\u{a0}to\u{a0}",
            "",
        ];
        let samples: Vec<String> = generated(FIGURE_PIECES, 200_000, 31)
            .into_iter()
            .enumerate()
            .map(|(i, s)| format!("{}{s}", leads[i % leads.len()]))
            .collect();
        agrees_at_start(
            r"^\s*(?:to|and|or|-|–)\s*[$£€]?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)",
            &samples,
            range_tail,
        );
    }

    #[test]
    fn periods_finds_what_the_pattern_found() {
        const PERIOD_PIECES: &[&str] = &[
            "In",
            "in",
            "Last",
            "last",
            "Since",
            "since",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            "January",
            "May",
            "Mayor",
            "December",
            "19",
            "20",
            "2015",
            "1999",
            "٤٥",
            "5",
            "year",
            "month",
            "years",
            "x",
            "_",
            ",",
            "Within",
            "é",
            "in May",
            "last year ",
            "since 2015 ",
        ];
        let mut samples = generated(PERIOD_PIECES, 200_000, 37);
        samples.extend(
            [
                "In March, last year 5 and since 2015; in 19٤٥",
                "Within May, in Mayor, last  month\u{a0}3",
            ]
            .map(String::from),
        );
        agrees_on_all_matches(
            r"(?-u:\b)(?:[Ii]n|[Ll]ast|[Ss]ince)\s+(January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d|year|month)(?-u:\b)(?:\s*\d)?",
            &samples,
            periods,
        );
    }

    #[test]
    fn age_after_finds_what_the_pattern_found() {
        let leads = [", ", ",  ", ",\u{a0}", ",", ", who is ", ", aged "];
        let mut samples: Vec<String> = generated(FIGURE_PIECES, 200_000, 41)
            .into_iter()
            .enumerate()
            .map(|(i, s)| format!("{}{s}", leads[i % leads.len()]))
            .collect();
        samples.extend(
            [
                ", 54, said",
                ", who turned 61 last",
                ", the 56-year-old, said",
                ", 1234, said",
                ", 5٤, said",
                ", ٤٥ island",
            ]
            .map(String::from),
        );
        agrees_at_start(
            r"^,\s+(?:who is |who turned |who turns |aged |age |a |the )?(\d{1,3})(?:-year-old)?(?-u:\b)([,.;)]|\s+(?:and|said|says|who|has|is|was|told|in|last|this))",
            &samples,
            age_after,
        );
    }

    #[test]
    fn age_before_finds_what_the_pattern_found() {
        let tails = ["-year-old ", "-year-old", "-year-old\u{a0}\n", " "];
        let mut samples: Vec<String> = generated(FIGURE_PIECES, 200_000, 43)
            .into_iter()
            .enumerate()
            .map(|(i, s)| format!("{s}{}", tails[i % tails.len()]))
            .collect();
        samples.extend(
            [
                "the 56-year-old ",
                "1234-year-old  ",
                "x٤٥-year-old ",
                "5-year-old x",
            ]
            .map(String::from),
        );
        agrees_at_start(r"(\d{1,3})-year-old\s+$", &samples, age_before);
    }

    /// Pieces dense in what the weekday and date patterns need.
    const DATE_PIECES: &[&str] = &[
        "Monday",
        "Tues",
        "Thu",
        "Thurs.",
        "Sun",
        "Sat.",
        "Weds",
        "Wed.",
        "Tuesday",
        "Sunday",
        "Tuesdays",
        "xFriday",
        ",",
        ", ",
        " ",
        "  ",
        "\u{a0}",
        "\n",
        "March",
        "Mar",
        "Mar.",
        "Sept",
        "September",
        "Septembers",
        "Ma",
        "MarchX",
        "May",
        "X",
        "the ",
        "the",
        "of ",
        "of",
        "3",
        "12",
        "123",
        "2026",
        "20265",
        "٣",
        "3٤",
        "st",
        "nd",
        "rd",
        "th",
        "x",
        "_",
        ".",
        "é",
        "Tuesday, March 3",
        "Tuesday 3 March",
        "Sunday the 3rd of May",
        ", 2026",
        " 2026",
        "March 3, 2026",
        "3 March 2026",
    ];

    #[test]
    fn weekday_month_day_finds_what_the_pattern_found() {
        let samples = generated(DATE_PIECES, 200_000, 47);
        agrees_on_all_matches(
            r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
            &samples,
            weekday_month_day,
        );
    }

    #[test]
    fn weekday_day_month_finds_what_the_pattern_found() {
        let samples = generated(DATE_PIECES, 200_000, 53);
        agrees_on_all_matches(
            r"(?-u:\b)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Z][a-z]{2,8}\.?)(?-u:\b)(?:,?\s+(\d{4})(?-u:\b))?",
            &samples,
            weekday_day_month,
        );
    }

    #[test]
    fn full_dates_finds_what_the_pattern_found() {
        let samples = generated(DATE_PIECES, 200_000, 59);
        agrees_on_all_matches(
            r"(?-u:\b)([A-Z][a-z]{2,8}\.?)\s+\d{1,2},\s+(\d{4})(?-u:\b)|(?-u:\b)\d{1,2}\s+([A-Z][a-z]{2,8})\s+(\d{4})(?-u:\b)",
            &samples,
            full_dates,
        );
    }

    /// Pieces dense in what the "the 59-year-old" patterns need.
    const YEAR_OLD_PIECES: &[&str] = &[
        "The ",
        "the ",
        "The",
        "THE ",
        "5",
        "59",
        "123",
        "1234",
        "٥",
        "-year-old ",
        "-year-old",
        "-year-old  ",
        "district",
        "superintendent",
        "x",
        "a",
        " ",
        "  ",
        "\u{a0}",
        "X",
        "_",
        "é",
        ",",
        ".",
        "The 59-year-old ",
        "the 7-year-old ",
    ];

    #[test]
    fn the_year_old_words_finds_what_the_pattern_found() {
        let samples = generated(YEAR_OLD_PIECES, 200_000, 61);
        agrees_on_all_matches(
            r"(?-u:\b)[Tt]he (\d{1,3})-year-old ((?:[a-z]+ ){0,2}[a-z]+)(?-u:\b)",
            &samples,
            the_year_old_words,
        );
    }

    #[test]
    fn the_year_old_word_finds_what_the_pattern_found() {
        let samples = generated(YEAR_OLD_PIECES, 200_000, 67);
        agrees_on_all_matches(
            r"(?-u:\b)The (\d{1,3})-year-old ([a-z]+)(?-u:\b)",
            &samples,
            the_year_old_word,
        );
    }

    #[test]
    fn total_brought_to_finds_what_the_pattern_found() {
        const PIECES: &[&str] = &[
            "bringing",
            "brings",
            "brought",
            "taking",
            "took",
            "pushed",
            "raises",
            "the",
            "its",
            "their",
            "total",
            "tally",
            "toll",
            "count",
            "number",
            "totals",
            " ",
            "  ",
            "\u{a0}",
            "\n",
            "of",
            " of ",
            "deaths",
            "cases",
            "to",
            " to",
            " to ",
            "potato",
            ".",
            ";",
            ",",
            "x",
            "é",
            "_",
            "so far",
            "bringing the total to",
            "took the number of cases to",
        ];
        let samples = generated(PIECES, 200_000, 71);
        agrees_at_start(
            r"(?:bringing|brings|brought|taking|takes|took|pushing|pushes|pushed|raising|raises|raised)\s+(?:the|its|their)\s+(?:total|tally|toll|count|number)(?:\s+of\s+([a-z]+))?[^.;]*?(?-u:\b)to\s*$",
            &samples,
            total_brought_to,
        );
    }
}
