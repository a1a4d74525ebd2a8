//! Finding quotations: pairing quote marks of every style, telling
//! apostrophes from single quotes, following quotes across paragraphs, and
//! reporting marks that never close (`unclosed-quote`).
//!
//! Only top-level quotations become [`Quote`]s: a quote inside a quote is
//! part of its speaker's words.

use std::borrow::Cow;
use std::ops::Range;

use crate::document::{BlockKind, Document};

/// What quoted text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuoteKind {
    /// Someone's words: a whole sentence or a partial quote.
    Speech,
    /// The name of a programme, book, film, law, operation or sign.
    Title,
    /// A scare quote, nickname or word-as-word: nobody's words.
    Term,
}

impl QuoteKind {
    pub fn as_str(self) -> &'static str {
        match self {
            QuoteKind::Speech => "speech",
            QuoteKind::Title => "title",
            QuoteKind::Term => "term",
        }
    }
}

/// Who said a quote, and how copydesk knows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The resolved name ("Sergey Lavrov") or the phrase ("a ministry spokeswoman").
    pub name: String,
    /// Prose range of the mention the cue links to (the pronoun itself for "he said").
    pub mention: Range<usize>,
    /// Unnamed "sources", "critics", "some".
    pub vague: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub text: String,
    pub range: Range<usize>,
}

/// One top-level quotation.
#[derive(Debug, Clone)]
pub struct Quote {
    /// Prose range from the opening mark to the closing mark (inclusive); for
    /// a quote over several paragraphs, from the first opening mark to the
    /// last closing mark.
    pub range: Range<usize>,
    /// The text of each paragraph's piece, without the marks.
    pub parts: Vec<Range<usize>>,
    pub closed: bool,
    /// Whether the marks are single quotes.
    pub single: bool,
    /// In a heading or headline.
    pub in_heading: bool,
    pub kind: QuoteKind,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// How the speaker was found, or why none was.
    pub reason: String,
}

impl Quote {
    /// The quoted words, parts joined by a space: borrowed from the prose
    /// when the quote is one part, as most are.
    pub fn text<'d>(&self, doc: &'d Document) -> Cow<'d, str> {
        if let [one] = &self.parts[..] {
            return Cow::Borrowed(doc.text(one.clone()));
        }
        let mut s = String::new();
        for p in &self.parts {
            if !s.is_empty() {
                s.push(' ');
            }
            s.push_str(doc.text(p.clone()));
        }
        Cow::Owned(s)
    }

    pub fn inner(&self) -> Range<usize> {
        let start = self.parts.first().map_or(self.range.start, |p| p.start);
        let end = self.parts.last().map_or(self.range.end, |p| p.end);
        start..end
    }
}

/// A mark that does not pair.
#[derive(Debug, Clone)]
pub struct StrayMark {
    /// Prose range of the mark.
    pub range: Range<usize>,
    /// An opening mark never closed (true), or a closing mark never opened.
    pub opening: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Straight marks: open or close by context.
    Either,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    len: usize,
    ch: char,
    single: bool,
    role: Role,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Mark,
}

fn closes(open: char, close: char) -> bool {
    match open {
        '“' => close == '”' || close == '"',
        '„' => close == '“' || close == '”',
        '"' => close == '"' || close == '”',
        '«' => close == '»',
        '‹' => close == '›',
        '「' => close == '」',
        '『' => close == '』',
        '‘' => close == '’' || close == '\'',
        '‚' => close == '‘' || close == '’',
        '\'' => close == '\'' || close == '’',
        _ => false,
    }
}

fn is_word_char(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric())
}

/// Classifies every quote-like character in a paragraph.
fn marks(text: &str, base: usize) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        // Most characters are no mark: passed over without a look around.
        if !matches!(
            c,
            '“' | '«'
                | '„'
                | '「'
                | '『'
                | '‹'
                | '”'
                | '»'
                | '」'
                | '』'
                | '›'
                | '"'
                | '‘'
                | '‚'
                | '\''
                | '’'
        ) {
            prev = Some(c);
            continue;
        }
        let next = text[i + c.len_utf8()..].chars().next();
        let role = match c {
            '“' | '«' | '„' | '「' | '『' | '‹' => Some((Role::Open, false)),
            '”' | '»' | '」' | '』' | '›' => Some((Role::Close, false)),
            '"' => Some((straight_role(prev, next), false)),
            '‘' | '‚' => {
                if next.is_some_and(|n| n.is_ascii_digit())
                    || is_word_char(prev)
                    || elision(text, i)
                {
                    None // ‘90s, or a wrong-way apostrophe inside a word
                } else {
                    Some((Role::Open, true))
                }
            }
            '\'' if prev == Some('\'') || next == Some('\'') => None, // '' is not read as a mark
            '’' | '\'' => {
                let apostrophe = (is_word_char(prev) && is_word_char(next)) // don’t, O’Brien
                    || (!is_word_char(prev) && next.is_some_and(|n| n.is_ascii_digit())) // ’90s
                    || rock_n_roll(text, i)
                    || elision(text, i);
                if apostrophe {
                    None
                } else if c == '\'' {
                    Some((straight_role(prev, next), true))
                } else if !is_word_char(prev)
                    && is_word_char(next)
                    && !prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?'))
                {
                    // a curly closing mark used to open: tolerate as opening
                    Some((Role::Open, true))
                } else {
                    Some((Role::Close, true))
                }
            }
            _ => None,
        };
        if let Some((role, single)) = role {
            out.push(Mark {
                pos: base + i,
                len: c.len_utf8(),
                ch: c,
                single,
                role,
            });
        }
        prev = Some(c);
    }
    out
}

/// A mark that stands for letters left out at the start of a word: "how
/// ’bout", "’til dawn", "Sophie in 't Veld", "’s-Hertogenbosch". These
/// words never start a quotation. The mark is the character at byte `i`.
fn elision(text: &str, i: usize) -> bool {
    const ELIDED: &[&str] = &[
        "t", "s", "n", "em", "til", "till", "cause", "cos", "bout", "tis", "twas", "round", "nuff",
        "cept", "ere", "neath", "scuse", "kay",
    ];
    if is_word_char(text[..i].chars().next_back()) {
        return false;
    }
    let rest = text[i..]
        .char_indices()
        .nth(1)
        .map_or("", |(j, _)| &text[i + j..]);
    // The word: up to eight letters after the mark.
    let word_end = rest
        .char_indices()
        .take_while(|&(_, c)| c.is_alphabetic())
        .take(8)
        .last()
        .map_or(0, |(j, c)| j + c.len_utf8());
    let after = rest[word_end..].chars().next();
    // "’s-Hertogenbosch": the hyphen goes on with the name.
    let ends = after.is_none_or(|c| c.is_whitespace() || c == '-');
    ends && ELIDED.contains(&&rest[..word_end])
}

/// ’n’ in "rock ’n’ roll": the mark is the character at byte `i`.
fn rock_n_roll(text: &str, i: usize) -> bool {
    let mut after = text[i..].chars().skip(1);
    let mut before = text[..i].chars().rev();
    (after.next() == Some('n') && matches!(after.next(), Some('’' | '\'')))
        || (before.next() == Some('n') && matches!(before.next(), Some('’' | '\'')))
}

fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let prev_open = prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«')
    });
    let next_close = next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–' | '”' | '’'
            )
    });
    match (prev_open, next_close) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// Pairs the marks of the whole draft into top-level quotes and stray marks.
pub fn extract(doc: &Document) -> (Vec<Quote>, Vec<StrayMark>) {
    let mut quotes = Vec::new();
    let mut strays = Vec::new();
    // A quote left open at the end of a paragraph, waiting for the next
    // paragraph to continue it.
    let mut pending: Option<(Quote, Mark)> = None;
    // Double-mark quotes inside closed top-level single marks: nested
    // quotes in British style, but the quotes themselves in a draft that
    // quotes with double marks (see the end).
    let mut held_by_singles: Vec<Quote> = Vec::new();
    for (pi, para) in doc.paragraphs.iter().enumerate() {
        let text = doc.text(para.range.clone());
        let ms = marks(text, para.range.start);
        let in_heading = para.kind == BlockKind::Heading;
        let mut stack: Vec<Open> = Vec::new();
        let mut current: Option<(Quote, Mark)> = None;
        // Double-mark quotes closed directly inside a top-level single mark:
        // if that mark never closes it was an apostrophe, and these are the
        // paragraph's quotes after all.
        let mut inside_single: Vec<Quote> = Vec::new();
        let mut start_index = 0;
        if let Some((mut q, opener)) = pending.take() {
            // continues only if this paragraph opens with a matching mark
            match ms.first() {
                Some(m)
                    if m.pos == para.range.start
                        && m.single == opener.single
                        && m.role != Role::Close =>
                {
                    q.parts.push(m.pos + m.len..m.pos + m.len);
                    stack.push(Open { mark: *m });
                    current = Some((q, opener));
                    start_index = 1;
                }
                _ => {
                    strays.push(StrayMark {
                        range: opener.pos..opener.pos + opener.len,
                        opening: true,
                    });
                    quotes.push(q);
                }
            }
        }
        for m in &ms[start_index..] {
            let top = stack.last().map(|o| o.mark);
            let can_close = top.is_some_and(|t| closes(t.ch, m.ch) && t.single == m.single);
            let closing = match m.role {
                Role::Close => true,
                Role::Open => m.ch == '“' && top.is_some_and(|t| t.ch == '„'),
                Role::Either => {
                    can_close
                        || stack
                            .iter()
                            .any(|o| o.mark.single == m.single && closes(o.mark.ch, m.ch))
                }
            };
            if closing {
                // close the innermost open quote this mark can close
                let found = stack
                    .iter()
                    .rposition(|o| closes(o.mark.ch, m.ch) && o.mark.single == m.single);
                match found {
                    Some(idx) => {
                        if idx == 1 && stack[0].mark.single && !m.single {
                            let o = stack[1].mark;
                            inside_single.push(Quote {
                                range: o.pos..m.pos + m.len,
                                parts: std::iter::once(o.pos + o.len..m.pos).collect(),
                                closed: true,
                                single: false,
                                in_heading,
                                kind: QuoteKind::Speech,
                                speaker: None,
                                cue: None,
                                reason: String::new(),
                            });
                        }
                        stack.truncate(idx);
                        if idx == 0 {
                            held_by_singles.append(&mut inside_single);
                            if let Some((mut q, _)) = current.take() {
                                if let Some(last) = q.parts.last_mut() {
                                    last.end = m.pos;
                                }
                                q.range.end = m.pos + m.len;
                                q.closed = true;
                                quotes.push(q);
                            }
                        }
                    }
                    None => {
                        // A lone closing single is an apostrophe (the Joneses’ house).
                        if !m.single {
                            strays.push(StrayMark {
                                range: m.pos..m.pos + m.len,
                                opening: false,
                            });
                        }
                    }
                }
            } else {
                if stack.is_empty() {
                    current = Some((
                        Quote {
                            range: m.pos..m.pos + m.len,
                            parts: std::iter::once(m.pos + m.len..m.pos + m.len).collect(),
                            closed: false,
                            single: m.single,
                            in_heading,
                            kind: QuoteKind::Speech,
                            speaker: None,
                            cue: None,
                            reason: String::new(),
                        },
                        *m,
                    ));
                }
                stack.push(Open { mark: *m });
            }
        }
        // End of paragraph.
        if let Some((mut q, opener)) = current.take() {
            if let Some(last) = q.parts.last_mut() {
                last.end = para.range.end;
            }
            q.range.end = para.range.end;
            let next_opens = doc.paragraphs.get(pi + 1).is_some_and(|next| {
                doc.prose[next.range.start..]
                    .chars()
                    .next()
                    .is_some_and(|c| {
                        matches!(c, '“' | '"' | '«' | '„' | '‘' | '\'' | '「' | '『' | '‹')
                    })
            });
            if opener.single && !next_opens {
                // An unpaired single mark is most often an apostrophe; drop
                // it, and keep the quotes that it seemed to hold.
                quotes.append(&mut inside_single);
            } else if next_opens {
                pending = Some((q, opener));
            } else {
                strays.push(StrayMark {
                    range: opener.pos..opener.pos + opener.len,
                    opening: true,
                });
                quotes.push(q);
            }
        }
    }
    if let Some((q, opener)) = pending {
        strays.push(StrayMark {
            range: opener.pos..opener.pos + opener.len,
            opening: true,
        });
        quotes.push(q);
    }
    // House style: a draft that quotes speech with double marks uses single
    // marks at the top level only for headline-style and scare quotes; a
    // draft that quotes only with single marks (British style) means them.
    let doubles = quotes.iter().any(|q| !q.single && !q.in_heading) || doc.prose.contains("''");
    if doubles {
        quotes.retain(|q| !q.single);
        // "the ‘Joneses’ … “We go in,” she said": single marks paired across
        // a double-mark quote were apostrophes, not a quote around it.
        quotes.append(&mut held_by_singles);
    }
    quotes.sort_by_key(|q| q.range.start);
    (quotes, strays)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Format;

    /// The marks as read from a list of every character of the paragraph
    /// (how they were read before the scan passed over all but the marks).
    fn marks_by_char_list(text: &str, base: usize) -> Vec<(usize, char, bool, Role)> {
        fn elision(chars: &[(usize, char)], k: usize) -> bool {
            const ELIDED: &[&str] = &[
                "t", "s", "n", "em", "til", "till", "cause", "cos", "bout", "tis", "twas", "round",
                "nuff", "cept", "ere", "neath", "scuse", "kay",
            ];
            if k > 0 && is_word_char(Some(chars[k - 1].1)) {
                return false;
            }
            let word: String = chars[k + 1..]
                .iter()
                .map(|x| x.1)
                .take_while(|c| c.is_alphabetic())
                .take(8)
                .collect();
            let after = chars.get(k + 1 + word.chars().count()).map(|x| x.1);
            let ends = after.is_none_or(|c| c.is_whitespace() || c == '-');
            ends && ELIDED.contains(&word.as_str())
        }
        fn rock_n_roll(chars: &[(usize, char)], k: usize) -> bool {
            let at = |d: isize| {
                let j = k as isize + d;
                (j >= 0)
                    .then(|| chars.get(j as usize).map(|x| x.1))
                    .flatten()
            };
            (at(1) == Some('n') && matches!(at(2), Some('’' | '\'')))
                || (at(-1) == Some('n') && matches!(at(-2), Some('’' | '\'')))
        }
        let mut out = Vec::new();
        let mut prev: Option<char> = None;
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let next = chars.get(k + 1).map(|x| x.1);
            let role = match c {
                '“' | '«' | '„' | '「' | '『' | '‹' => Some((Role::Open, false)),
                '”' | '»' | '」' | '』' | '›' => Some((Role::Close, false)),
                '"' => Some((straight_role(prev, next), false)),
                '‘' | '‚' => {
                    if next.is_some_and(|n| n.is_ascii_digit())
                        || is_word_char(prev)
                        || elision(&chars, k)
                    {
                        None
                    } else {
                        Some((Role::Open, true))
                    }
                }
                '\'' if prev == Some('\'') || next == Some('\'') => None,
                '’' | '\'' => {
                    let apostrophe = (is_word_char(prev) && is_word_char(next))
                        || (!is_word_char(prev) && next.is_some_and(|n| n.is_ascii_digit()))
                        || rock_n_roll(&chars, k)
                        || elision(&chars, k);
                    if apostrophe {
                        None
                    } else if c == '\'' {
                        Some((straight_role(prev, next), true))
                    } else if !is_word_char(prev)
                        && is_word_char(next)
                        && !prev.is_some_and(|p| matches!(p, '.' | ',' | '!' | '?'))
                    {
                        Some((Role::Open, true))
                    } else {
                        Some((Role::Close, true))
                    }
                }
                _ => None,
            };
            if let Some((role, single)) = role {
                out.push((base + i, c, single, role));
            }
            prev = Some(c);
        }
        out
    }

    /// Scanning for the marks finds what reading every character found,
    /// on strings made of marks, apostrophes' neighbours and elided words.
    #[test]
    fn marks_are_found_as_by_reading_every_character() {
        const PIECES: &[&str] = &[
            "“",
            "”",
            "«",
            "»",
            "„",
            "‹",
            "›",
            "「",
            "」",
            "『",
            "』",
            "\"",
            "'",
            "’",
            "‘",
            "‚",
            "n",
            "’n’",
            "'n'",
            "rock",
            " ",
            "\u{a0}",
            "\n",
            "til",
            "bout",
            "s-Hertogenbosch",
            "t",
            "s",
            "kay",
            "cause",
            "Veld",
            "90s",
            "9",
            "é",
            "ß",
            ".",
            ",",
            "!",
            "?",
            "(",
            "—",
            "-",
            "don",
            "O",
            "x",
            "scusemeplease",
            "twas",
        ];
        let mut state = 11u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut found = 0;
        for _ in 0..50_000 {
            let text: String = (0..next() % 12)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let want = marks_by_char_list(&text, 7);
            let got: Vec<_> = marks(&text, 7)
                .into_iter()
                .map(|m| {
                    assert_eq!(m.len, m.ch.len_utf8());
                    (m.pos, m.ch, m.single, m.role)
                })
                .collect();
            found += want.len();
            assert_eq!(got, want, "{text:?}");
        }
        assert!(found > 10_000, "{found}");
    }

    fn quoted(src: &str) -> Vec<String> {
        let doc = Document::parse(src, Format::Plain);
        let (quotes, _) = extract(&doc);
        quotes.iter().map(|q| q.text(&doc).into_owned()).collect()
    }

    fn strays(src: &str) -> Vec<(usize, bool)> {
        let doc = Document::parse(src, Format::Plain);
        extract(&doc)
            .1
            .iter()
            .map(|s| (s.range.start, s.opening))
            .collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(
            quoted("A “curly,” b \"straight\" c «guillemets» d „low“ e 「corner」 f 『white』."),
            vec!["curly,", "straight", "guillemets", "low", "corner", "white"]
        );
        assert_eq!(quoted("He said ‘no’ and 'yes' there."), vec!["no", "yes"]);
        // with double quotes in the draft, top-level single marks are not quotations
        assert_eq!(quoted("“Yes,” he said of the ‘plan’."), vec!["Yes,"]);
        assert!(quoted("He said ''no'' twice.").is_empty());
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quoted(
            "Don’t go to O’Brien’s party in the ’90s, rock ’n’ roll at the Joneses’ house."
        )
        .is_empty());
        assert!(quoted("It's the '90s and rock 'n' roll at the Joneses' house.").is_empty());
        assert!(strays("Don’t go to the Joneses’ house.").is_empty());
    }

    #[test]
    fn a_mark_that_only_seemed_to_open_a_quote_hides_no_quotes() {
        // elided words never open a quotation
        assert_eq!(
            quoted("Sophie in 't Veld spoke. \"It's a risk,\" she said. How ‘bout “this” one?"),
            vec!["It's a risk,", "this"]
        );
        assert!(quoted("He stayed 'til dawn at the Joneses' house.").is_empty());
        // a single mark never closed was an apostrophe: the quotes after it stand
        assert_eq!(
            quoted("The sign read 'Keep out and he left. \"We go in,\" she said."),
            vec!["We go in,"]
        );
        // single marks paired across a double-mark quote in a double-mark draft
        assert_eq!(
            quoted("“Yes,” he said. The ‘Webbs’ came. ‘Ruiz and “We go in,” she said of the Joneses’ house."),
            vec!["Yes,", "We go in,"]
        );
        // in a draft that quotes with single marks, a double inside stays nested
        assert_eq!(
            quoted("‘He said “no” twice,’ she said."),
            vec!["He said “no” twice,"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_quote() {
        assert_eq!(
            quoted("“He said ‘no’ twice,” she said."),
            vec!["He said ‘no’ twice,"]
        );
        assert_eq!(
            quoted("\"He said 'no' twice,\" she said."),
            vec!["He said 'no' twice,"]
        );
    }

    #[test]
    fn multi_paragraph_quotes_continue() {
        let src = "She said:\n\n“First part.\n\n“Second part.\n\n“Third part.”\n\nAfter.";
        assert_eq!(quoted(src), vec!["First part. Second part. Third part."]);
        assert!(strays(src).is_empty());
    }

    #[test]
    fn unclosed_and_stray_marks_are_reported_and_the_rest_goes_on() {
        let src = "“Never closed, he said.\n\nNext paragraph “fine” here. A stray” mark.";
        let s = strays(src);
        assert_eq!(s, vec![(0, true), (src.find("” mark").unwrap(), false)]);
        assert_eq!(quoted(src), vec!["Never closed, he said.", "fine"]);
    }
}
