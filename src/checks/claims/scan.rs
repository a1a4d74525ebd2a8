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

/// 1 to 3 digits at `from` followed by `next`: the end of the digits.
fn digits_then(text: &str, from: usize, next: &str) -> Option<usize> {
    let end = run_end(text, from, digit);
    let n = text[from..end].chars().count();
    ((1..=3).contains(&n) && text[end..].starts_with(next)).then_some(end)
}

/// Each "Sarandon, 69, told" in `text`, as
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

/// Each "the 66-year-old Sarandon" in `text`, as
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
/// `(?:^|[.;:]\s+|(?-u:\b))((?:[Tt]he|[Aa]n?)\s+[^,.;:“”"()]{2,60}?),\s+$`
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
        if !body.chars().all(role_char) {
            continue;
        }
        let len = body.chars().count();
        if len <= 60 && spaces - 1 + len >= 2 {
            return Some(g..comma);
        }
    }
    None
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
                "Sarandon, 69, told MSNBC.",
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
                "The 66-year-old Sarandon is one of many.",
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
        let re =
            Regex::new(r"(?:^|[.;:]\s+|(?-u:\b))((?:[Tt]he|[Aa]n?)\s+[^,.;:“”\x22()]{2,60}?),\s+$")
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
}
