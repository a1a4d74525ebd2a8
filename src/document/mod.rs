//! The document model every check reads: the prose of a draft with markup
//! stripped, a map from prose offsets back to source bytes, paragraphs and
//! sentences.
//!
//! Checks work on `prose` (plain text, quote marks exactly as typed) and
//! report prose ranges; [`Document::to_source`] turns them into byte ranges of
//! the original file. For plain text the prose *is* the source.

mod markdown;
mod offsets;
mod plain;
pub mod sentences;
pub mod words;

use std::ops::Range;

use crate::line_index::LineIndex;

pub use offsets::OffsetMap;
pub use words::Word;

/// How the source text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
}

impl Format {
    /// The format a file name suggests: Markdown for `.md`/`.markdown`,
    /// plain text otherwise.
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else {
            Format::Plain
        }
    }
}

/// What kind of block a paragraph came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// Body text (including list items, block quotes and table cells).
    Text,
    /// A heading or headline: display type, not story text.
    Heading,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    /// Range in `Document::prose`.
    pub range: Range<usize>,
    pub kind: BlockKind,
    /// Indices into `Document::sentences`.
    pub sentences: Range<usize>,
}

/// A rule silenced by an inline comment.
#[derive(Debug, Clone)]
pub struct Ignore {
    /// `None` silences every rule.
    pub rule: Option<String>,
    /// Prose range the ignore covers; `None` for the whole file.
    pub range: Option<Range<usize>>,
    /// Source bytes of the comment that says so.
    pub comment: Range<usize>,
}

/// What an inline comment does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirectiveKind {
    /// `copydesk-ignore`: the next paragraph.
    Next,
    /// `copydesk-ignore-file`: the whole file.
    File,
    /// `copydesk-disable`: from here to the matching `copydesk-enable`.
    Disable,
    /// `copydesk-enable`: ends a `copydesk-disable`.
    Enable,
}

/// An inline comment as written: where it is, what it does, which rules it
/// names (none: every rule).
#[derive(Debug, Clone)]
pub struct Directive {
    pub span: Range<usize>,
    pub kind: DirectiveKind,
    pub rules: Vec<String>,
}

#[derive(Debug)]
pub struct Document<'a> {
    pub source: &'a str,
    pub format: Format,
    pub prose: String,
    pub map: OffsetMap,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Range<usize>>,
    /// Words and punctuation of the prose, in order.
    pub words: Vec<Word>,
    pub ignores: Vec<Ignore>,
    /// Where to look up the ignores that cover an offset, in logarithmic
    /// time however many a draft has.
    ignore_index: IgnoreIndex,
    /// Rule names in inline comments that are no rule: (comment, name).
    pub unknown_rules: Vec<(Range<usize>, String)>,
    /// Lines of the source, built on first use (messages that name a line).
    lines: std::sync::OnceLock<LineIndex>,
}

/// What the front ends (plain or Markdown) produce before sentences are split.
pub(crate) struct Parsed {
    pub prose: String,
    pub map: OffsetMap,
    pub blocks: Vec<(Range<usize>, BlockKind)>,
    /// Inline comments in source order.
    pub directives: Vec<Directive>,
}

impl<'a> Document<'a> {
    /// Every word of the prose that starts in lower case, once each: what
    /// the names model and the spelling check both ask whether the draft
    /// writes a word in lower case elsewhere.
    pub fn lower_case_words(&self) -> rustc_hash::FxHashSet<&str> {
        // Sized for a draft's distinct words (about a quarter of its
        // tokens) so that it is not rehashed again and again as it fills.
        let mut set = rustc_hash::FxHashSet::with_capacity_and_hasher(
            self.words.len() / 4,
            Default::default(),
        );
        let bytes = self.prose.as_bytes();
        let mut seen = [0u64; 256];
        for w in &self.words {
            // The first byte says it for ASCII, before the word is sliced.
            let lower = match bytes[w.range.start] {
                b if b.is_ascii() => b.is_ascii_lowercase(),
                _ => self.prose[w.range.start..]
                    .chars()
                    .next()
                    .is_some_and(char::is_lowercase),
            };
            if !(lower && w.is_word) {
                continue;
            }
            // Most of a draft's words are short ones met again and again:
            // one of up to eight bytes read as a number (its first byte is
            // never zero, so the number says its length too) and seen in
            // the slot it falls in is in the set already.
            let b = &bytes[w.range.clone()];
            if b.len() <= 8 {
                let v = b.iter().fold(0u64, |v, &x| v << 8 | u64::from(x));
                let slot = (v.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 56) as usize;
                if seen[slot] == v {
                    continue;
                }
                seen[slot] = v;
            }
            set.insert(&self.prose[w.range.clone()]);
        }
        set
    }

    pub fn parse(source: &'a str, format: Format) -> Document<'a> {
        let parsed = match format {
            Format::Plain => plain::parse(source),
            Format::Markdown => markdown::parse(source),
        };
        let mut paragraphs = Vec::with_capacity(parsed.blocks.len());
        let mut all_sentences = Vec::new();
        for (range, kind) in parsed.blocks {
            let first = all_sentences.len();
            for s in sentences::split(&parsed.prose[range.clone()]) {
                all_sentences.push(s.start + range.start..s.end + range.start);
            }
            paragraphs.push(Paragraph {
                range,
                kind,
                sentences: first..all_sentences.len(),
            });
        }
        let (ignores, unknown_rules) = resolve(
            &parsed.directives,
            &paragraphs,
            &parsed.map,
            parsed.prose.len(),
        );
        let words = words::tokenize(&parsed.prose);
        let ignore_index = IgnoreIndex::new(&ignores);
        Document {
            ignore_index,
            source,
            format,
            words,
            lines: std::sync::OnceLock::new(),
            prose: parsed.prose,
            map: parsed.map,
            paragraphs,
            sentences: all_sentences,
            ignores,
            unknown_rules,
        }
    }

    /// Source byte range of a prose range.
    pub fn to_source(&self, range: Range<usize>) -> Range<usize> {
        let start = self.map.to_source(range.start, false);
        let end = self.map.to_source(range.end, true).max(start);
        start..end
    }

    /// The line index of the source, built once.
    pub fn line_index(&self) -> &LineIndex {
        self.lines.get_or_init(|| LineIndex::new(self.source))
    }

    /// The 1-based source line of a prose offset, for messages.
    pub fn line_of(&self, prose: usize) -> usize {
        let src = self.map.to_source(prose, false);
        self.line_index().line_of(src) + 1
    }

    /// Prose offset of a source byte offset, if that byte is prose.
    pub fn to_prose(&self, source_offset: usize) -> Option<usize> {
        self.map.to_prose(source_offset)
    }

    /// Index of the paragraph holding a prose offset.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.range.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].range.start <= offset).then_some(i)
    }

    /// Index of the sentence holding a prose offset (the nearest one before
    /// it when the offset falls between sentences).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.start <= offset);
        i.checked_sub(1)
    }

    /// Whether only punctuation stands between the start of the sentence
    /// holding prose offset `offset` and the offset: a word or a quote
    /// there opens its sentence.
    pub fn opens_sentence(&self, offset: usize) -> bool {
        self.sentence_at(offset).is_some_and(|si| {
            self.prose[self.sentences[si].start..offset]
                .chars()
                .all(|c| !c.is_alphanumeric())
        })
    }

    /// Index of the first word starting at or after a prose offset.
    pub fn word_at_or_after(&self, offset: usize) -> usize {
        self.words.partition_point(|w| w.range.start < offset)
    }

    pub fn word_text(&self, i: usize) -> &str {
        &self.prose[self.words[i].range.clone()]
    }

    pub fn text(&self, range: Range<usize>) -> &str {
        &self.prose[range]
    }

    /// Whether `rule` is silenced at a prose offset by an inline comment.
    pub fn is_ignored(&self, rule: &str, offset: usize) -> bool {
        self.ignores_at(rule, offset).next().is_some()
    }

    /// The inline ignores (indices into `ignores`) that silence `rule` at a
    /// prose offset.
    pub fn ignores_at<'s>(
        &'s self,
        rule: &'s str,
        offset: usize,
    ) -> impl Iterator<Item = usize> + 's {
        let index = &self.ignore_index;
        // ranged ignores that start at or before the offset, nearest first,
        // while one of them (or one before) still reaches past it
        let before = index
            .by_start
            .partition_point(|&(start, _)| start <= offset);
        let ranged = (0..before)
            .rev()
            .take_while(move |&k| index.reach[k] > offset)
            .map(move |k| index.by_start[k].1);
        index
            .whole_file
            .iter()
            .copied()
            .chain(ranged)
            .filter(move |&i| {
                let ig = &self.ignores[i];
                ig.rule.as_deref().is_none_or(|r| r == rule)
                    && ig.range.as_ref().is_none_or(|r| r.contains(&offset))
            })
    }
}

/// The ignores ordered for lookup: whole-file ones apart, ranged ones by
/// where they start, with the furthest end reached by any of the first k.
#[derive(Debug, Default)]
struct IgnoreIndex {
    whole_file: Vec<usize>,
    /// (start, index into `ignores`), by start.
    by_start: Vec<(usize, usize)>,
    /// `reach[k]`: the largest end among `by_start[..=k]`.
    reach: Vec<usize>,
}

impl IgnoreIndex {
    fn new(ignores: &[Ignore]) -> IgnoreIndex {
        let mut index = IgnoreIndex::default();
        for (i, ig) in ignores.iter().enumerate() {
            match &ig.range {
                None => index.whole_file.push(i),
                Some(r) => index.by_start.push((r.start, i)),
            }
        }
        index.by_start.sort_unstable();
        let mut furthest = 0;
        for &(_, i) in &index.by_start {
            furthest = furthest.max(ignores[i].range.as_ref().map_or(0, |r| r.end));
            index.reach.push(furthest);
        }
        index
    }
}

/// Turns inline comments into ignores over prose ranges, and collects the
/// rule names that are no rule (they silence nothing).
fn resolve(
    directives: &[Directive],
    paragraphs: &[Paragraph],
    map: &OffsetMap,
    prose_len: usize,
) -> (Vec<Ignore>, Vec<(Range<usize>, String)>) {
    // the first paragraph starting at or after a source offset (paragraphs
    // are in source order)
    let first_from = |at: usize| {
        paragraphs.get(paragraphs.partition_point(|p| map.to_source(p.range.start, false) < at))
    };
    let from = |at: usize| first_from(at).map(|p| p.range.start);
    let mut ignores = Vec::new();
    let mut unknown = Vec::new();
    // open `copydesk-disable`s: (rule, comment, prose start)
    let mut open: Vec<(Option<String>, Range<usize>, usize)> = Vec::new();
    for d in directives {
        let mut rules: Vec<Option<String>> = Vec::new();
        for r in &d.rules {
            if crate::rules::find(r).is_some() {
                rules.push(Some(r.clone()));
            } else {
                unknown.push((d.span.clone(), r.clone()));
            }
        }
        if d.rules.is_empty() {
            rules.push(None);
        }
        match d.kind {
            DirectiveKind::File => {
                for rule in rules {
                    ignores.push(Ignore {
                        rule,
                        range: None,
                        comment: d.span.clone(),
                    });
                }
            }
            DirectiveKind::Next => {
                let Some(p) = first_from(d.span.end) else {
                    continue;
                };
                for rule in rules {
                    ignores.push(Ignore {
                        rule,
                        range: Some(p.range.clone()),
                        comment: d.span.clone(),
                    });
                }
            }
            DirectiveKind::Disable => {
                let start = from(d.span.end).unwrap_or(prose_len);
                for rule in rules {
                    open.push((rule, d.span.clone(), start));
                }
            }
            DirectiveKind::Enable => {
                let end = from(d.span.start).unwrap_or(prose_len);
                let all = d.rules.is_empty();
                let mut i = 0;
                while i < open.len() {
                    if all || rules.contains(&open[i].0) {
                        let (rule, comment, start) = open.remove(i);
                        ignores.push(Ignore {
                            rule,
                            range: Some(start..end.max(start)),
                            comment,
                        });
                    } else {
                        i += 1;
                    }
                }
            }
        }
    }
    for (rule, comment, start) in open {
        ignores.push(Ignore {
            rule,
            range: Some(start..prose_len),
            comment,
        });
    }
    (ignores, unknown)
}

/// Parses an inline directive inside an HTML comment:
/// `<!-- copydesk-ignore RULE… -->` and the other kinds.
pub(crate) fn parse_directive(comment: &str) -> Option<(DirectiveKind, Vec<String>)> {
    let body = comment.trim().strip_prefix("<!--")?.strip_suffix("-->")?;
    parse_body(body)
}

/// Parses the plain-text form, a line of its own: `[[copydesk-ignore RULE…]]`.
pub(crate) fn parse_plain_directive(line: &str) -> Option<(DirectiveKind, Vec<String>)> {
    let body = line.trim().strip_prefix("[[")?.strip_suffix("]]")?;
    parse_body(body)
}

/// `copydesk-ignore RULE…`, `copydesk-ignore-file RULE…`,
/// `copydesk-disable RULE…` or `copydesk-enable RULE…`, rules separated by
/// spaces or commas.
fn parse_body(body: &str) -> Option<(DirectiveKind, Vec<String>)> {
    let body = body.trim();
    let (kind, rest) = [
        ("copydesk-ignore-file", DirectiveKind::File),
        ("copydesk-ignore", DirectiveKind::Next),
        ("copydesk-disable", DirectiveKind::Disable),
        ("copydesk-enable", DirectiveKind::Enable),
    ]
    .iter()
    .find_map(|(word, kind)| body.strip_prefix(word).map(|rest| (*kind, rest)))?;
    if !rest.is_empty() && !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rules = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Some((kind, rules))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lower-case words are every word of the draft that opens with a
    /// small letter, whatever its length, script or repetitions: the short
    /// words kept in slots (and two of them falling in one slot, met in
    /// turns) are in the set as a plain collection would have them.
    #[test]
    fn lower_case_words_are_every_word_opening_in_lower_case() {
        let mut src = String::new();
        for i in 0..300 {
            src.push_str(&format!(
                "the w{i} said a {} was über-long and Éric, ölçü or 9th; x{} The end. ",
                if i % 2 == 0 {
                    "transformational"
                } else {
                    "mayor"
                },
                i % 17
            ));
        }
        let doc = Document::parse(&src, Format::Plain);
        let plain: rustc_hash::FxHashSet<&str> = doc
            .words
            .iter()
            .filter(|w| w.is_word)
            .map(|w| &doc.prose[w.range.clone()])
            .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
            .collect();
        assert_eq!(doc.lower_case_words(), plain);
        assert!(plain.contains("transformational") && plain.contains("ölçü"));
        assert!(plain.contains("w299") && !plain.contains("Éric") && !plain.contains("9th"));
    }

    /// The ignores found by lookup are those a scan of every ignore finds,
    /// with disables nested, overlapping, left open and ended by rule.
    #[test]
    fn ignore_lookup_agrees_with_a_scan_of_every_ignore() {
        let mut src = String::new();
        for i in 0..30 {
            match i % 7 {
                0 => src.push_str("<!-- copydesk-disable name-spelling -->\n\n"),
                1 => src.push_str("<!-- copydesk-ignore unattributed-quote -->\n"),
                2 => src.push_str("<!-- copydesk-disable -->\n\n"),
                3 => src.push_str("<!-- copydesk-enable name-spelling -->\n\n"),
                4 => src.push_str("<!-- copydesk-ignore -->\n"),
                5 if i % 3 == 0 => src.push_str("<!-- copydesk-enable -->\n\n"),
                _ => src.push_str("<!-- copydesk-ignore-file first-reference -->\n\n"),
            }
            src.push_str(&format!("Paragraph {i} said “so”.\n\n"));
        }
        src.push_str("<!-- copydesk-disable conflicting-age -->\n\nLast.\n");
        let doc = Document::parse(&src, Format::Markdown);
        assert!(doc.ignores.len() > 20);
        for rule in [
            "name-spelling",
            "unattributed-quote",
            "first-reference",
            "conflicting-age",
        ] {
            for offset in 0..=doc.prose.len() + 1 {
                let mut found: Vec<usize> = doc.ignores_at(rule, offset).collect();
                found.sort_unstable();
                let scanned: Vec<usize> = (0..doc.ignores.len())
                    .filter(|&i| {
                        let ig = &doc.ignores[i];
                        ig.rule.as_deref().is_none_or(|r| r == rule)
                            && ig.range.as_ref().is_none_or(|r| r.contains(&offset))
                    })
                    .collect();
                assert_eq!(found, scanned, "{rule} at {offset}");
                assert_eq!(doc.is_ignored(rule, offset), !scanned.is_empty());
            }
        }
    }

    #[test]
    fn markdown_prose_skips_code_comments_and_front_matter() {
        let src = "---\ntitle: \"Not prose\"\n---\n# Heading here\n\nSome `code` and a [link](http://x.example/\"y\") said.\n\n```\n\"quoted\" code\n```\n\n<!-- a comment -->\n- item one\n- item two\n";
        let doc = Document::parse(src, Format::Markdown);
        assert!(!doc.prose.contains("Not prose"));
        assert!(!doc.prose.contains("quoted"));
        assert!(!doc.prose.contains("comment"));
        assert!(!doc.prose.contains("x.example"));
        assert!(doc.prose.contains("Heading here"));
        assert!(doc.prose.contains("a link said."));
        let kinds: Vec<_> = doc
            .paragraphs
            .iter()
            .map(|p| doc.text(p.range.clone()))
            .collect();
        assert_eq!(
            kinds,
            vec![
                "Heading here",
                "Some  and a link said.",
                "item one",
                "item two"
            ]
        );
        assert_eq!(doc.paragraphs[0].kind, BlockKind::Heading);
    }

    #[test]
    fn prose_ranges_map_back_to_source_bytes() {
        let src = "Intro with **bold “quote”** here.\n\n> Block “quoted” text.\n";
        let doc = Document::parse(src, Format::Markdown);
        let p = doc.prose.find("“quote”").unwrap();
        let r = doc.to_source(p..p + "“quote”".len());
        assert_eq!(&src[r], "“quote”");
        let p = doc.prose.find("“quoted”").unwrap();
        let r = doc.to_source(p..p + "“quoted”".len());
        assert_eq!(&src[r], "“quoted”");
    }

    #[test]
    fn table_cells_are_paragraphs() {
        let src = "| who | said |\n|---|---|\n| Ruiz | “yes” |\n";
        let doc = Document::parse(src, Format::Markdown);
        let texts: Vec<_> = doc
            .paragraphs
            .iter()
            .map(|p| doc.text(p.range.clone()))
            .collect();
        assert!(texts.contains(&"“yes”"), "{texts:?}");
    }

    #[test]
    fn ignore_directives_cover_the_next_paragraph_or_the_file() {
        let src = "One.\n\n<!-- copydesk-ignore unattributed-quote -->\nTwo.\n\nThree.\n\n<!-- copydesk-ignore-file name-spelling -->\n";
        let doc = Document::parse(src, Format::Markdown);
        let two = doc.prose.find("Two").unwrap();
        let three = doc.prose.find("Three").unwrap();
        assert!(doc.is_ignored("unattributed-quote", two));
        assert!(!doc.is_ignored("unattributed-quote", three));
        assert!(doc.is_ignored("name-spelling", 0));
        assert!(!doc.is_ignored("first-reference", 0));
    }

    #[test]
    fn disable_runs_to_its_enable_or_the_end() {
        let src = "One.\n\n<!-- copydesk-disable name-spelling, first-reference -->\n\nTwo.\n\nThree.\n\n<!-- copydesk-enable name-spelling -->\n\nFour.\n";
        let doc = Document::parse(src, Format::Markdown);
        let at = |w: &str| doc.prose.find(w).unwrap();
        assert!(!doc.is_ignored("name-spelling", at("One")));
        assert!(doc.is_ignored("name-spelling", at("Two")));
        assert!(doc.is_ignored("name-spelling", at("Three")));
        assert!(!doc.is_ignored("name-spelling", at("Four")));
        // never enabled again: to the end
        assert!(doc.is_ignored("first-reference", at("Four")));
        assert!(!doc.is_ignored("unattributed-quote", at("Two")));
        // a bare enable ends every disable
        let src = "<!-- copydesk-disable -->\nOne.\n\n<!-- copydesk-enable -->\n\nTwo.\n";
        let doc = Document::parse(src, Format::Markdown);
        assert!(doc.is_ignored("conflicting-age", doc.prose.find("One").unwrap()));
        assert!(!doc.is_ignored("conflicting-age", doc.prose.find("Two").unwrap()));
    }

    #[test]
    fn plain_text_directives_are_lines_of_their_own_and_not_prose() {
        let src = "Headline\n\n[[copydesk-ignore unattributed-quote]]\nOne.\n\nTwo.\n  [[copydesk-ignore-file name-spelling]]  \r\n[[copydesk-disable conflicting-age]]\nThree.\n[[copydesk-enable]]\nFour.\n";
        let doc = Document::parse(src, Format::Plain);
        assert_eq!(doc.prose.len(), src.len());
        assert!(!doc.prose.contains("copydesk"));
        let texts = paragraph_texts(&doc);
        assert_eq!(texts, vec!["Headline", "One.", "Two.", "Three.", "Four."]);
        let at = |w: &str| doc.prose.find(w).unwrap();
        assert!(doc.is_ignored("unattributed-quote", at("One")));
        assert!(!doc.is_ignored("unattributed-quote", at("Two")));
        assert!(doc.is_ignored("name-spelling", at("Headline")));
        assert!(doc.is_ignored("conflicting-age", at("Three")));
        assert!(!doc.is_ignored("conflicting-age", at("Four")));
        // the comment ranges point at the directives in the source
        let spans: Vec<&str> = doc
            .ignores
            .iter()
            .map(|i| &src[i.comment.clone()])
            .collect();
        assert!(
            spans.contains(&"[[copydesk-ignore-file name-spelling]]"),
            "{spans:?}"
        );
    }

    #[test]
    fn look_alikes_of_directives_are_prose() {
        // not on a line of its own, a different word, or no closing brackets
        for src in [
            "Headline\n\nShe typed [[copydesk-ignore name-spelling]] by mistake.\n",
            "Headline\n\n[[copydesk-ignored name-spelling]]\n",
            "Headline\n\n[[copydesk-ignore name-spelling\n",
            "Headline\n\n[copydesk-ignore name-spelling]\n",
        ] {
            let doc = Document::parse(src, Format::Plain);
            assert!(doc.ignores.is_empty(), "{src:?}");
            assert!(doc.prose.contains("copydesk-ignore"), "{src:?}");
        }
    }

    #[test]
    fn unknown_rule_names_in_directives_are_kept_apart() {
        let src = "<!-- copydesk-ignore unatributed-quote name-spelling -->\nOne.\n";
        let doc = Document::parse(src, Format::Markdown);
        assert_eq!(doc.unknown_rules.len(), 1);
        assert_eq!(doc.unknown_rules[0].1, "unatributed-quote");
        assert_eq!(
            &src[doc.unknown_rules[0].0.clone()],
            "<!-- copydesk-ignore unatributed-quote name-spelling -->"
        );
        assert_eq!(doc.ignores.len(), 1);
        assert_eq!(doc.ignores[0].rule.as_deref(), Some("name-spelling"));
    }

    fn paragraph_texts<'a>(doc: &'a Document) -> Vec<&'a str> {
        doc.paragraphs
            .iter()
            .map(|p| doc.text(p.range.clone()))
            .collect()
    }

    #[test]
    fn plain_text_paragraphs_split_on_blank_lines_with_any_line_ending() {
        let src = "Headline here\r\n\r\nFirst para line one\r\nline two.\r\n \r\nSecond.\rThird line.\r\rLast.";
        let doc = Document::parse(src, Format::Plain);
        assert_eq!(
            paragraph_texts(&doc),
            vec![
                "Headline here",
                "First para line one\r\nline two.",
                "Second.\rThird line.",
                "Last."
            ]
        );
        assert_eq!(doc.paragraphs[0].kind, BlockKind::Heading);
        assert_eq!(doc.paragraphs[1].kind, BlockKind::Text);
    }

    #[test]
    fn unwrapped_plain_text_has_a_paragraph_per_line() {
        let long = "The council met on Tuesday and voted to keep the pool open through the winter, a decision that surprised some residents.";
        let src = format!("Pool stays open\n{long}\n“We listened,” the mayor said.\n{long}\n");
        let doc = Document::parse(&src, Format::Plain);
        assert_eq!(
            paragraph_texts(&doc),
            vec![
                "Pool stays open",
                long,
                "“We listened,” the mayor said.",
                long
            ]
        );
        // Text wrapped at a fixed width keeps its lines together.
        let wrapped = "Headline\n\nThe council met on Tuesday and voted to keep the\npool open through the winter.\n";
        let doc = Document::parse(wrapped, Format::Plain);
        assert_eq!(doc.paragraphs.len(), 2);
    }
}
