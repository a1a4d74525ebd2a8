//! Plain-text drafts: the prose is the source; paragraphs are separated by
//! blank lines (any mix of `\n`, `\r\n` and `\r`), or, in text that is not
//! wrapped at a fixed width (one long line per paragraph, as editors that
//! wrap softly and wire copy write it), by every line break.

use super::{parse_plain_directive, BlockKind, Directive, OffsetMap, Parsed};

pub(crate) fn parse(source: &str) -> Parsed {
    let unwrapped = lines_are_paragraphs(source);
    let mut blocks = Vec::new();
    let bytes = source.as_bytes();
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
    let mut directives = Vec::new();
    // directive lines are blanked out of the prose (same length, so the
    // prose stays the source byte for byte everywhere else)
    let mut prose = source.to_string();
    while line_start < bytes.len() {
        let mut line_end = line_start;
        while line_end < bytes.len() && bytes[line_end] != b'\n' && bytes[line_end] != b'\r' {
            line_end += 1;
        }
        let next = if line_end < bytes.len() {
            if bytes[line_end] == b'\r' && bytes.get(line_end + 1) == Some(&b'\n') {
                line_end + 2
            } else {
                line_end + 1
            }
        } else {
            line_end
        };
        let line = &source[line_start..line_end];
        let directive = parse_plain_directive(line);
        if let Some((kind, rules)) = directive {
            let lead = line.len() - line.trim_start().len();
            let trail = line.len() - line.trim_end().len();
            let span = line_start + lead..line_end - trail;
            prose.replace_range(span.clone(), &" ".repeat(span.len()));
            directives.push(Directive { span, kind, rules });
        }
        let line = &prose[line_start..line_end];
        if unwrapped && para_start.is_some() {
            if let Some(start) = para_start.take() {
                blocks.push((start..para_end, BlockKind::Text));
            }
        }
        if line.trim().is_empty() {
            if let Some(start) = para_start.take() {
                blocks.push((start..para_end, BlockKind::Text));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            let trail = line.len() - line.trim_end().len();
            if para_start.is_none() {
                para_start = Some(line_start + lead);
            }
            para_end = line_end - trail;
        }
        line_start = next;
    }
    if let Some(start) = para_start {
        blocks.push((start..para_end, BlockKind::Text));
    }
    if let Some(first) = blocks.first_mut() {
        if looks_like_headline(&source[first.0.clone()]) {
            first.1 = BlockKind::Heading;
        }
    }
    Parsed {
        map: OffsetMap::identity(source.len()),
        prose,
        blocks,
        directives,
    }
}

/// Whether the text is written one line per paragraph rather than wrapped
/// at a fixed width: a good share of its lines run past any wrap column.
/// Hard-wrapped text keeps its lines under about 80 characters.
fn lines_are_paragraphs(source: &str) -> bool {
    let (mut lines, mut long) = (0usize, 0usize);
    for line in source.lines().filter(|l| !l.trim().is_empty()) {
        lines += 1;
        if line.chars().count() > 100 {
            long += 1;
        }
    }
    lines > 0 && long * 10 >= lines * 3
}

/// A first paragraph that is one short line without closing punctuation is a
/// headline, as in a wire story pasted into a text file.
fn looks_like_headline(text: &str) -> bool {
    if text.contains(['\n', '\r']) || text.split_whitespace().count() > 20 {
        return false;
    }
    // Closing marks of every style, the German and Swiss closers
    // (“ ‘ « ») among them, then a bracket.
    let trimmed = text.trim_end_matches([
        '"', '\'', '’', '”', '‘', '“', '»', '«', '›', '‹', '」', '』', ')', ']',
    ]);
    !trimmed.ends_with(['.', '!', '?', ':', ';', ',', '。', '！', '？'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_kind(source: &str) -> BlockKind {
        parse(source).blocks[0].1
    }

    #[test]
    fn a_short_first_line_without_a_full_stop_is_a_headline() {
        assert_eq!(
            first_kind("Council votes to close pool\n\nThe council voted on Monday.\n"),
            BlockKind::Heading
        );
        assert_eq!(
            first_kind("The council voted on Monday.\n\nIt met at noon.\n"),
            BlockKind::Text
        );
    }

    #[test]
    fn a_sentence_ending_in_any_closing_mark_is_story_text() {
        for first in [
            "The minister said: “We will not give in.”",
            "The minister said: «We will not give in.»",
            "Der Minister sagte: „Wir geben nicht nach.“",
            "Der Minister sagte: »Wir geben nicht nach.«",
            "The minister said: ‹We will not give in.›",
            "The minister said: 「We will not give in.」",
            "大臣は「譲らない」と述べた。",
        ] {
            let source = format!("{first}\n\nShe spoke on Monday.\n");
            assert_eq!(first_kind(&source), BlockKind::Text, "{first}");
        }
    }
}
