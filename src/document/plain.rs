//! Plain-text drafts: the prose is the source; paragraphs are separated by
//! blank lines (any mix of `\n`, `\r\n` and `\r`).

use super::{BlockKind, OffsetMap, Parsed};

pub(crate) fn parse(source: &str) -> Parsed {
    let mut blocks = Vec::new();
    let bytes = source.as_bytes();
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut line_start = 0;
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
        prose: source.to_string(),
        map: OffsetMap::identity(source.len()),
        blocks,
        directives: Vec::new(),
    }
}

/// A first paragraph that is one short line without closing punctuation is a
/// headline, as in a wire story pasted into a text file.
fn looks_like_headline(text: &str) -> bool {
    if text.contains(['\n', '\r']) || text.split_whitespace().count() > 20 {
        return false;
    }
    let trimmed = text.trim_end_matches(['"', '\'', '’', '”', ')']);
    !trimmed.ends_with(['.', '!', '?', ':', ';', ','])
}
