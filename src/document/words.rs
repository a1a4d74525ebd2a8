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

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '\u{2011}' | '\u{AD}')
}

pub fn tokenize(text: &str) -> Vec<Word> {
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
