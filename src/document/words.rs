//! Words and punctuation of the prose, with their ranges. Abbreviations,
//! initials and dotted forms (Mr., W., U.S.) keep their periods; internal
//! apostrophes and hyphens stay inside the word (O’Brien, so-called).

use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub range: Range<usize>,
    /// A word (letters or digits) rather than one punctuation character.
    pub is_word: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Gov", "Rep", "St", "Prof", "Lt", "Col", "Sgt", "Capt",
    "Rev", "Jr", "Sr", "Inc", "Corp", "Ltd", "Co", "No", "Jan", "Feb", "Aug", "Sept", "Sep", "Oct",
    "Nov", "Dec", "Mt", "Ft", "Maj", "Adm", "Cmdr", "Supt", "Det", "vs", "Del",
];

/// The longest abbreviation in bytes: a longer word is none of them.
const LONGEST_ABBREVIATION: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < ABBREVIATIONS.len() {
        if ABBREVIATIONS[k].len() > longest {
            longest = ABBREVIATIONS[k].len();
        }
        k += 1;
    }
    longest
};

fn is_abbreviation(w: &str) -> bool {
    w.len() <= LONGEST_ABBREVIATION && ABBREVIATIONS.contains(&w)
}

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '\u{2011}' | '\u{AD}')
}

/// The character at byte `i` and its length: a byte read as it stands
/// for ASCII (most of any draft), decoded otherwise.
fn char_at(text: &str, i: usize) -> Option<(char, usize)> {
    let b = *text.as_bytes().get(i)?;
    if b.is_ascii() {
        return Some((b as char, 1));
    }
    text[i..].chars().next().map(|c| (c, c.len_utf8()))
}

pub fn tokenize(text: &str) -> Vec<Word> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut i = 0;
    while let Some((c, len)) = char_at(text, i) {
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Word {
                range: i..i + len,
                is_word: false,
            });
            i += len;
            continue;
        }
        let mut end = i + len;
        loop {
            // an ASCII letter or digit: the common case, without decoding
            if bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                end += 1;
                continue;
            }
            match char_at(text, end) {
                // (an ASCII character here is no letter, digit or mark)
                Some((d, n)) if !d.is_ascii() && (d.is_alphanumeric() || is_mark(d)) => end += n,
                Some((d, n))
                    if joiner(d)
                        && char_at(text, end + n).is_some_and(|(a, _)| a.is_alphanumeric()) =>
                {
                    end += n
                }
                _ => break,
            }
        }
        // A trailing period that belongs to the word.
        if bytes.get(end) == Some(&b'.') {
            let w = &text[i..end];
            let single_initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
            let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
            if single_initial || dotted || is_abbreviation(w) {
                end += 1;
            }
        }
        out.push(Word {
            range: i..end,
            is_word: true,
        });
        i = end;
    }
    out
}

/// Combining marks stay inside the word they modify.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).into_iter().map(|w| &text[w.range]).collect()
    }

    /// The tokenizer as it was written over a char iterator, before the
    /// byte-at-a-time reading of ASCII: the property test below holds the
    /// two to the same words.
    fn tokenize_by_chars(text: &str) -> Vec<Word> {
        let mut out = Vec::with_capacity(text.len() / 5);
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            if c.is_whitespace() {
                continue;
            }
            if !c.is_alphanumeric() {
                out.push(Word {
                    range: i..i + c.len_utf8(),
                    is_word: false,
                });
                continue;
            }
            let mut end = i + c.len_utf8();
            loop {
                match iter.peek().copied() {
                    Some((j, d)) if d.is_alphanumeric() || is_mark(d) => {
                        end = j + d.len_utf8();
                        iter.next();
                    }
                    Some((j, d)) if joiner(d) => {
                        let after = text[j + d.len_utf8()..].chars().next();
                        if after.is_some_and(|a| a.is_alphanumeric()) {
                            end = j + d.len_utf8();
                            iter.next();
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            // A trailing period that belongs to the word.
            if text[end..].starts_with('.') {
                let w = &text[i..end];
                let single_initial = w.chars().count() == 1 && w.chars().all(char::is_uppercase);
                let dotted = w.contains('.') && w.split('.').all(|p| p.chars().count() <= 2);
                if single_initial || dotted || ABBREVIATIONS.contains(&w) {
                    end += 1;
                    iter.next();
                }
            }
            out.push(Word {
                range: i..end,
                is_word: true,
            });
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn reads_the_same_words_as_the_char_iterator(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "Mr", "U", "S", "x9", "7", ".", "..", " ", "\t", "\u{b}", "\n", "\r\n",
                    "'", "’", "-", "&", "\u{2011}", "\u{ad}", "\u{301}", "é", "Ж", "ß", "中",
                    "٣", "“", "”", ",", "!", "😀", "\u{a0}", "\u{2003}", "Jr", "vs",
                ]),
                0..40,
            )
        ) {
            let text: String = parts.concat();
            proptest::prop_assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        }
    }

    #[test]
    fn keeps_abbreviations_apostrophes_and_hyphens() {
        assert_eq!(
            words("Mr. O’Brien’s so-called “plan,” the U.S. said."),
            vec![
                "Mr.",
                "O’Brien’s",
                "so-called",
                "“",
                "plan",
                ",",
                "”",
                "the",
                "U.S.",
                "said",
                "."
            ]
        );
        assert_eq!(
            words("George W. Bush, 3.5%"),
            vec!["George", "W.", "Bush", ",", "3.5", "%"]
        );
    }
}
