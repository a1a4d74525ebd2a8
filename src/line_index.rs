//! Byte offsets to and from (line, column) positions, with columns counted
//! in UTF-8 bytes, UTF-16 code units (the Language Server Protocol's
//! default) or Unicode scalar values (what people and the JSON output count).
//! Lines end at `\n`, `\r\n` or a lone `\r`, as the LSP specification says.

/// The unit a column is counted in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Char,
}

impl Encoding {
    fn width(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Char => 1,
        }
    }
}

/// Lines longer than this many bytes get checkpoints inside them, so that
/// a column is counted from the nearest checkpoint, not from the line's
/// start: a report of many findings on one long line stays linear.
const CHECKPOINT_EVERY: usize = 1024;

/// A place inside a long line and its column there in each encoding.
#[derive(Debug, Clone, Copy)]
struct Checkpoint {
    byte: usize,
    chars: usize,
    utf16: usize,
}

#[derive(Debug, Clone)]
pub struct LineIndex {
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// Checkpoints inside long lines, in byte order.
    checkpoints: Vec<Checkpoint>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        // Most text ends its lines with LF alone: each line break found by
        // `memchr` (through `match_indices`), not by a test of every byte.
        let mut i = if bytes.contains(&b'\r') {
            0
        } else {
            starts.extend(text.match_indices('\n').map(|(at, _)| at + 1));
            bytes.len()
        };
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let mut checkpoints = Vec::new();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            if end - start > CHECKPOINT_EVERY {
                add_checkpoints(text, start..end, &mut checkpoints);
            }
        }
        LineIndex {
            starts,
            checkpoints,
            len: text.len(),
        }
    }

    /// The 0-based line of a byte offset (an offset past the end: the last
    /// line).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset.min(self.len)) - 1
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Byte offset where a line starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(self.len)
    }

    /// Byte range of a line's content, without its line ending.
    pub fn line_range(&self, text: &str, line: usize) -> std::ops::Range<usize> {
        let start = self.line_start(line);
        let mut end = self.line_start(line + 1).min(text.len());
        let bytes = text.as_bytes();
        while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
            end -= 1;
        }
        start..end
    }

    /// (line, column), both 0-based, of a byte offset. An offset past the end
    /// is taken as the end; one inside a character as that character's start.
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        if enc == Encoding::Utf8 {
            return (line, offset - start);
        }
        // the nearest checkpoint at or before the offset, if it is in this line
        let k = self.checkpoints.partition_point(|c| c.byte <= offset);
        let (from, base) = match k.checked_sub(1).map(|k| self.checkpoints[k]) {
            Some(c) if c.byte > start => (
                c.byte,
                match enc {
                    Encoding::Utf16 => c.utf16,
                    _ => c.chars,
                },
            ),
            _ => (start, 0),
        };
        let col = base
            + text[from..offset]
                .chars()
                .map(|c| enc.width(c))
                .sum::<usize>();
        (line, col)
    }

    /// Byte offset of a 0-based (line, column). A line past the end gives the
    /// end of the text; a column past the end of its line gives the line's
    /// end, as the LSP specification asks. A column inside a character (half
    /// a UTF-16 surrogate pair) gives that character's start.
    pub fn offset(&self, text: &str, line: usize, col: usize, enc: Encoding) -> usize {
        if line >= self.starts.len() {
            return text.len();
        }
        let range = self.line_range(text, line);
        let mut seen = 0;
        for (i, c) in text[range.clone()].char_indices() {
            let w = enc.width(c);
            if seen + w > col {
                return range.start + i;
            }
            seen += w;
        }
        range.end
    }
}

/// Checkpoints every `CHECKPOINT_EVERY` bytes (at a character boundary)
/// inside the line at `range`.
fn add_checkpoints(text: &str, range: std::ops::Range<usize>, out: &mut Vec<Checkpoint>) {
    let (mut chars, mut utf16) = (0, 0);
    let mut next = range.start + CHECKPOINT_EVERY;
    for (i, c) in text[range.clone()].char_indices() {
        let at = range.start + i;
        if at >= next {
            out.push(Checkpoint {
                byte: at,
                chars,
                utf16,
            });
            next = at + CHECKPOINT_EVERY;
        }
        chars += 1;
        utf16 += c.len_utf16();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lf_only_lines_start_where_the_byte_scan_puts_them() {
        // Without a CR the starts come from `memchr`; with one, from the
        // byte scan: both agree on the same lines.
        let lf = "one\ntwo\n\nthree\n";
        let with_cr = "one\ntwo\n\nthree\n\r";
        let (a, b) = (LineIndex::new(lf), LineIndex::new(with_cr));
        assert_eq!(a.starts, vec![0, 4, 8, 9, 15]);
        assert_eq!(b.starts[..5], a.starts[..]);
        assert_eq!(a.line_count(), 5);
        assert_eq!(a.line_of(8), 2);
    }

    #[test]
    fn crlf_emoji_combining_and_rtl() {
        let text = "a\r\nb😀c\re\u{301}x\nשָׁלוֹם ok";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let c = text.find('c').unwrap();
        assert_eq!(idx.position(text, c, Encoding::Utf16), (1, 3));
        assert_eq!(idx.position(text, c, Encoding::Char), (1, 2));
        assert_eq!(idx.position(text, c, Encoding::Utf8), (1, 5));
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(text, x, Encoding::Char), (2, 2));
        let ok = text.find("ok").unwrap();
        let (l, col) = idx.position(text, ok, Encoding::Utf16);
        assert_eq!(idx.offset(text, l, col, Encoding::Utf16), ok);
        // inside the surrogate pair: the emoji's start
        let emoji = text.find('😀').unwrap();
        assert_eq!(idx.offset(text, 1, 2, Encoding::Utf16), emoji);
        // past the end of a line: the line's end, before "\r\n"
        assert_eq!(idx.offset(text, 0, 99, Encoding::Utf16), 1);
        assert_eq!(idx.offset(text, 99, 0, Encoding::Utf16), text.len());
    }

    #[test]
    fn columns_in_a_long_line_match_a_count_from_its_start() {
        let line = "Ruiz said “ja” 👩🏽‍🚀 e\u{301} שלום\t".repeat(400);
        let text = format!("first\n{line}\nlast {line}");
        let idx = LineIndex::new(&text);
        assert!(!idx.checkpoints.is_empty());
        for (offset, _) in text.char_indices().step_by(7).chain([(text.len(), ' ')]) {
            let line = idx.line_of(offset);
            let start = idx.line_start(line);
            let slice = &text[start..offset];
            assert_eq!(
                idx.position(&text, offset, Encoding::Char),
                (line, slice.chars().count())
            );
            assert_eq!(
                idx.position(&text, offset, Encoding::Utf16),
                (line, slice.encode_utf16().count())
            );
            assert_eq!(
                idx.position(&text, offset, Encoding::Utf8),
                (line, slice.len())
            );
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Char] {
                let (l, c) = idx.position(&text, offset, enc);
                assert_eq!(idx.offset(&text, l, c, enc), offset);
            }
        }
    }

    proptest! {
        #[test]
        fn round_trips_on_any_text(text in "(?s).{0,60}", pick in 0usize..200) {
            let idx = LineIndex::new(&text);
            let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let offset = boundaries[pick % boundaries.len()];
            // a boundary between \r and \n is not a position of its own
            let inside_crlf = offset > 0 && text.as_bytes()[offset - 1] == b'\r' && text.as_bytes().get(offset) == Some(&b'\n');
            prop_assume!(!inside_crlf);
            for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Char] {
                let (line, col) = idx.position(&text, offset, enc);
                prop_assert_eq!(idx.offset(&text, line, col, enc), offset);
            }
            // UTF-16 and char columns agree with a direct count
            let (line, col16) = idx.position(&text, offset, Encoding::Utf16);
            let start = idx.line_start(line);
            prop_assert_eq!(col16, text[start..offset].encode_utf16().count());
        }
    }
}
