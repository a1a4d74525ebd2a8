//! Sentence splitting that knows newsroom text: titles and abbreviations,
//! initials, decimals and money, times, ellipses, and sentences that end
//! inside a closing quote mark.

use std::ops::Range;

/// Abbreviations that stand before a name or a number and never end a
/// sentence.
const BEFORE_NAME: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Gov", "Rep", "St", "Prof", "Lt", "Col", "Sgt", "Capt",
    "Cmdr", "Adm", "Maj", "Rev", "Hon", "Mt", "Ft", "Fr", "Supt", "Insp", "Det", "Cpl", "Pvt",
    "Gov", "Atty", "Messrs", "Mme", "vs", "v", "Vol", "Art", "Sec", "Pres", "Amb", "Brig", "Sr",
    "Jr", "approx", "est", "Nos", "Dept", "Univ", "Ave", "Blvd", "Rd", "Mass", "Calif",
];

/// Abbreviations that can end a sentence: they do only when the next word
/// is one that commonly starts a sentence.
const MAY_END: &[&str] = &[
    "Inc", "Corp", "Ltd", "Co", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep",
    "Sept", "Oct", "Nov", "Dec", "etc", "No", "Plc", "LLC", "Assn",
    // Delegate before a name, Delaware at the end of a dateline or a sentence
    "Del",
];

/// Words that commonly open a sentence; after an abbreviation that may end
/// a sentence they mark a new one.
pub const STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "His",
    "Her",
    "Its",
    "Their",
    "Our",
    "My",
    "But",
    "And",
    "Or",
    "So",
    "Yet",
    "In",
    "On",
    "At",
    "As",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "Although",
    "Since",
    "Meanwhile",
    "However",
    "Still",
    "Now",
    "Then",
    "Some",
    "Many",
    "Most",
    "Officials",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "No",
    "Not",
    "For",
    "By",
    "With",
    "From",
    "According",
    "Last",
    "Next",
    "Earlier",
    "Later",
    "One",
    "Two",
    "Both",
    "All",
    "Each",
    "Every",
    "Such",
    "Even",
];

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '›' | '」' | '』' | ')' | ']' | '“'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '„' | '‚' | '「' | '『' | '(' | '['
    )
}

/// Splits one paragraph into sentence ranges (trimmed of white space).
/// Walks the text by byte offsets, from one terminator to the next,
/// without a copy of its characters.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let is_terminator = |c: char| matches!(c, '.' | '!' | '?' | '…');
    // the byte offset past the run of characters from `from` that `keep` accepts
    let run = |from: usize, keep: &dyn Fn(char) -> bool| {
        text[from..]
            .char_indices()
            .find(|&(_, c)| !keep(c))
            .map_or(text.len(), |(k, _)| from + k)
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(pos) = next_terminator(text, i) {
        // the run of terminators and closing marks
        let after_terminators = run(pos, &is_terminator);
        let terminators = &text[pos..after_terminators];
        let end = run(after_terminators, &|c| is_closer(c) && c != '“');
        // must be followed by white space
        let next = run(end, &char::is_whitespace);
        if next == end || next == text.len() {
            i = end;
            continue;
        }
        let word_before = word_before(text, pos);
        let next_word = next_word(text, next);
        if is_boundary(terminators, word_before, next_word) {
            push_trimmed(&mut out, text, start, end);
            start = next;
        }
        i = next;
    }
    push_trimmed(&mut out, text, start, text.len());
    out
}

/// The first sentence terminator at or after byte `from`, found byte by
/// byte: '.', '!' and '?' are single bytes, and '…' is the one terminator
/// whose first byte is 0xE2, so no character needs decoding to be passed.
fn next_terminator(text: &str, from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut k = from;
    while k < bytes.len() {
        match bytes[k] {
            b'.' | b'!' | b'?' => return Some(k),
            0xE2 if text[k..].starts_with('…') => return Some(k),
            _ => k += 1,
        }
    }
    None
}

fn push_trimmed(out: &mut Vec<Range<usize>>, text: &str, start: usize, end: usize) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed_end = start + s.trim_end().len();
    if start + lead < trimmed_end {
        out.push(start + lead..trimmed_end);
    }
}

fn word_before(text: &str, pos: usize) -> &str {
    let before = &text[..pos];
    let from = before
        .rfind(|c: char| c.is_whitespace() || is_opener(c) || c == '—')
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, |c| c.len_utf8())
        });
    &before[from..]
}

fn next_word(text: &str, pos: usize) -> &str {
    let rest = &text[pos..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '.' | ';' | ':' | '!' | '?'))
        .unwrap_or(rest.len());
    &rest[..end]
}

fn is_boundary(terminators: &str, before: &str, next: &str) -> bool {
    let first = match next.chars().next() {
        Some(c) => c,
        None => return false,
    };
    let starts_upper = first.is_uppercase();
    let opens = is_opener(first);
    if first.is_lowercase() {
        return false;
    }
    if terminators != "." {
        // ! ? … and runs such as "?!" or "..." end a sentence before a capital,
        // a digit or an opening mark.
        return starts_upper || opens || first.is_ascii_digit();
    }
    let bare = before.trim_end_matches('.');
    let stripped: &str = bare.trim_start_matches(|c: char| !c.is_alphanumeric());
    if BEFORE_NAME.contains(&stripped) {
        return false;
    }
    // An initial (W.) or a run of initials (J.R.R.).
    let dotted = stripped.contains('.') && stripped.split('.').all(|p| p.chars().count() <= 2);
    if stripped.chars().count() == 1 && stripped.chars().all(char::is_uppercase) {
        return false;
    }
    if dotted || MAY_END.contains(&stripped) {
        if stripped == "No" && first.is_ascii_digit() {
            return false;
        }
        let next_clean = next.trim_start_matches(is_opener);
        return STARTERS.contains(&next_clean) || (opens && next_clean.is_empty());
    }
    starts_upper || opens || first.is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).into_iter().map(|r| &text[r]).collect()
    }

    /// (paragraph, expected sentences)
    const TABLE: &[(&str, &[&str])] = &[
        ("One. Two.", &["One.", "Two."]),
        (
            "Mr. Smith met Dr. Jones. They talked.",
            &["Mr. Smith met Dr. Jones.", "They talked."],
        ),
        (
            "Gen. Ray, Sen. Lee, Gov. Park and Rep. Cho came. St. Paul did too.",
            &[
                "Gen. Ray, Sen. Lee, Gov. Park and Rep. Cho came.",
                "St. Paul did too.",
            ],
        ),
        (
            "The U.S. and U.K. agreed. The deal holds.",
            &["The U.S. and U.K. agreed.", "The deal holds."],
        ),
        (
            "They flew to the U.S. The talks began.",
            &["They flew to the U.S.", "The talks began."],
        ),
        (
            "J.R.R. Tolkien wrote it. George W. Bush read it.",
            &["J.R.R. Tolkien wrote it.", "George W. Bush read it."],
        ),
        (
            "Prices rose 3.5% to $1.2 billion. Shares fell.",
            &["Prices rose 3.5% to $1.2 billion.", "Shares fell."],
        ),
        (
            "The vote is at 9 a.m. Tuesday in Room No. 4. It is open.",
            &[
                "The vote is at 9 a.m. Tuesday in Room No. 4.",
                "It is open.",
            ],
        ),
        (
            "It ended at 9 p.m. The crowd left.",
            &["It ended at 9 p.m.", "The crowd left."],
        ),
        (
            "Acme Inc. said no. Widget Corp. agreed on Jan. 5. Then it rained.",
            &[
                "Acme Inc. said no.",
                "Widget Corp. agreed on Jan. 5.",
                "Then it rained.",
            ],
        ),
        (
            "He waited... Then he left. She paused … and went on.",
            &["He waited...", "Then he left.", "She paused … and went on."],
        ),
        (
            "“We will rebuild.” The mayor left. “Why?” she asked. “Now!” he said.",
            &[
                "“We will rebuild.”",
                "The mayor left.",
                "“Why?” she asked.",
                "“Now!” he said.",
            ],
        ),
        (
            "He said ‘no.’ Then ‘yes!’ Fine.",
            &["He said ‘no.’", "Then ‘yes!’", "Fine."],
        ),
        (
            "\"It's over.\" He left. 'Quite.' She smiled.",
            &["\"It's over.\"", "He left.", "'Quite.'", "She smiled."],
        ),
        (
            "Aug. 3 and Sept. 4 were dates at Ltd. firms. Feb. 2 too.",
            &[
                "Aug. 3 and Sept. 4 were dates at Ltd. firms.",
                "Feb. 2 too.",
            ],
        ),
        ("No end here", &["No end here"]),
        (
            "The score was 2-1. (It rained.) Next.",
            &["The score was 2-1.", "(It rained.)", "Next."],
        ),
    ];

    #[test]
    fn sentence_table() {
        for (text, expected) in TABLE {
            assert_eq!(&sentences(text), expected, "splitting {text:?}");
        }
    }

    /// The split as it was written before, over a copy of the characters:
    /// the walk by byte offsets must cut every text in the same places.
    fn split_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut i = 0;
        while i < chars.len() {
            let (pos, c) = chars[i];
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < chars.len() && matches!(chars[j].1, '.' | '!' | '?' | '…') {
                j += 1;
            }
            let terminators = &text[pos..chars.get(j).map_or(text.len(), |x| x.0)];
            while j < chars.len() && is_closer(chars[j].1) && chars[j].1 != '“' {
                j += 1;
            }
            let end = chars.get(j).map_or(text.len(), |x| x.0);
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            if k == j || k == chars.len() {
                i = j.max(i + 1);
                continue;
            }
            let word_before = word_before(text, pos);
            let next_word = next_word(text, chars[k].0);
            if is_boundary(terminators, word_before, next_word) {
                push_trimmed(&mut out, text, start, end);
                start = chars[k].0;
            }
            i = k;
        }
        push_trimmed(&mut out, text, start, text.len());
        out
    }

    proptest::proptest! {
        #[test]
        fn the_walk_by_bytes_cuts_where_the_walk_by_characters_did(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "Ruiz", "said", "so", "Mr.", "U.S.", "J.R.", "No.", "5", "a", "é", "東京",
                    ".", "!", "?", "…", "?!", "...", "”", "’", ")", "“", "‘", "(", "\"",
                    " ", "  ", "\u{a0}", "\n", "\t", "—",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(split(&text), split_by_chars(&text));
        }
    }
}
