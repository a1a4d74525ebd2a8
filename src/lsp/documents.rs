//! Open documents: text in a rope, incremental edits, and the conversion of
//! LSP positions (UTF-8 or UTF-16 columns, as negotiated) to text offsets.

use std::hash::Hasher;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use ropey::Rope;
use tower_lsp_server::lsp_types::{Position, TextDocumentContentChangeEvent};

/// Generations are numbered by the server, once per text: every open and
/// every change gets a new one, whatever version number the client sends
/// (some send the same one every time, some go backwards).
static NEXT_GENERATION: AtomicU64 = AtomicU64::new(1);

fn next_generation() -> u64 {
    NEXT_GENERATION.fetch_add(1, Ordering::Relaxed)
}

/// A hash of a text, to tell whether an edit was computed on the text a
/// document holds now. Stable within one server process.
pub fn text_hash(text: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(text.as_bytes());
    h.finish()
}

fn rope_hash(rope: &Rope) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    for chunk in rope.chunks() {
        h.write(chunk.as_bytes());
    }
    h.finish()
}

/// What an edit was computed on: the client's version number and a hash
/// of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Basis {
    pub version: i32,
    pub hash: u64,
}

/// How the client counts columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PositionEncoding {
    Utf8,
    Utf16,
}

#[derive(Debug)]
pub struct OpenDocument {
    pub rope: Rope,
    pub version: i32,
    pub language: String,
    /// The server's number for the current text (see `next_generation`).
    pub generation: u64,
    /// When the text last changed, and how long before that the change
    /// before it came: how fast the user is typing.
    pub changed_at: Instant,
    pub gap: Duration,
}

/// An edit that did not fit the document; it was clamped and applied.
#[derive(Debug, PartialEq, Eq)]
pub struct Clamped;

impl OpenDocument {
    pub fn new(text: &str, version: i32, language: String) -> OpenDocument {
        OpenDocument {
            rope: Rope::from_str(text),
            version,
            language,
            generation: next_generation(),
            changed_at: Instant::now(),
            gap: Duration::MAX,
        }
    }

    /// Notes that the text changed now (once per `didChange`).
    pub fn touch(&mut self) {
        let now = Instant::now();
        self.gap = now.duration_since(self.changed_at);
        self.changed_at = now;
    }

    /// How long to wait before analysing the current text: until the user
    /// has paused for `pause`, if the last two changes came closer together
    /// than that (typing fast); not at all otherwise.
    pub fn wait_before_analysis(&self, pause: Duration, now: Instant) -> Duration {
        if self.gap >= pause {
            return Duration::ZERO;
        }
        pause.saturating_sub(now.duration_since(self.changed_at))
    }

    /// What an edit computed on the current text must carry. (The server
    /// takes it from the snapshot; the edit-model fuzz target from here.)
    #[allow(dead_code)]
    pub fn basis(&self) -> Basis {
        Basis {
            version: self.version,
            hash: rope_hash(&self.rope),
        }
    }

    /// Whether the document still holds the text an edit was computed on.
    pub fn matches(&self, basis: &Basis) -> bool {
        self.version == basis.version && rope_hash(&self.rope) == basis.hash
    }

    /// Applies one change from `didChange`. A range past the end of a line
    /// or of the document is clamped to it (and reported); a change with no
    /// range replaces the whole text.
    pub fn apply(
        &mut self,
        change: &TextDocumentContentChangeEvent,
        enc: PositionEncoding,
    ) -> Result<(), Clamped> {
        self.generation = next_generation();
        let Some(range) = change.range else {
            self.rope = Rope::from_str(&change.text);
            return Ok(());
        };
        let (start, c1) = self.char_index(range.start, enc);
        let (end, c2) = self.char_index(range.end, enc);
        let (start, end) = (start.min(end), start.max(end));
        self.rope.remove(start..end);
        self.rope.insert(start, &change.text);
        if c1 || c2 {
            Err(Clamped)
        } else {
            Ok(())
        }
    }

    /// The char index of an LSP position, and whether it had to be clamped.
    pub fn char_index(&self, pos: Position, enc: PositionEncoding) -> (usize, bool) {
        position_to_char(&self.rope, pos, enc)
    }
}

/// The char index of an LSP position in a rope. Lines past the end clamp to
/// the end of the text; columns past the end of a line clamp to the line's
/// end (before its line break), as the protocol asks; a column inside a
/// character (half a surrogate pair, a byte inside a UTF-8 sequence) moves
/// back to that character's start.
pub fn position_to_char(rope: &Rope, pos: Position, enc: PositionEncoding) -> (usize, bool) {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return (rope.len_chars(), true);
    }
    let line_start = rope.line_to_char(line);
    let slice = rope.line(line);
    // the line's length without its line break
    let mut content_chars = slice.len_chars();
    while content_chars > 0 {
        let c = slice.char(content_chars - 1);
        if c == '\n' || c == '\r' {
            content_chars -= 1;
        } else {
            break;
        }
    }
    let col = pos.character as usize;
    let mut seen = 0;
    for (i, c) in slice.chars().take(content_chars).enumerate() {
        let w = match enc {
            PositionEncoding::Utf8 => c.len_utf8(),
            PositionEncoding::Utf16 => c.len_utf16(),
        };
        if seen + w > col {
            return (line_start + i, seen != col);
        }
        seen += w;
    }
    (line_start + content_chars, seen != col)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tower_lsp_server::lsp_types::Range;

    fn change(l1: u32, c1: u32, l2: u32, c2: u32, text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(Position::new(l1, c1), Position::new(l2, c2))),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn utf16_and_utf8_columns() {
        let mut d = OpenDocument::new("a😀b\r\nsecond\n", 1, "markdown".into());
        d.apply(&change(0, 3, 0, 4, "B"), PositionEncoding::Utf16)
            .unwrap();
        assert_eq!(d.rope.to_string(), "a😀B\r\nsecond\n");
        d.apply(&change(0, 5, 0, 6, "C"), PositionEncoding::Utf8)
            .unwrap();
        assert_eq!(d.rope.to_string(), "a😀C\r\nsecond\n");
        d.apply(&change(1, 0, 1, 6, "2nd"), PositionEncoding::Utf16)
            .unwrap();
        assert_eq!(d.rope.to_string(), "a😀C\r\n2nd\n");
    }

    #[test]
    fn every_change_is_a_new_generation_whatever_the_version() {
        let mut d = OpenDocument::new("Ines Calder spoke.", 3, "markdown".into());
        let (g, basis) = (d.generation, d.basis());
        // the client sends the same version, then an older one
        d.apply(&change(0, 0, 0, 4, "Mayor"), PositionEncoding::Utf16)
            .unwrap();
        assert!(d.generation > g);
        assert!(!d.matches(&basis), "same version, other text");
        let g2 = d.generation;
        d.version = 2;
        d.apply(&change(0, 0, 0, 5, "Ines"), PositionEncoding::Utf16)
            .unwrap();
        assert!(d.generation > g2);
        // the same text again under another version is still refused
        assert!(!d.matches(&basis));
        d.version = 3;
        assert!(d.matches(&basis));
    }

    #[test]
    fn only_fast_typing_waits_for_a_pause() {
        let pause = Duration::from_millis(100);
        let mut d = OpenDocument::new("Ines Calder spoke.", 1, "markdown".into());
        // the first key after a while is analysed at once
        d.changed_at -= Duration::from_secs(5);
        d.touch();
        assert_eq!(
            d.wait_before_analysis(pause, Instant::now()),
            Duration::ZERO
        );
        // a second key 20 ms later: wait for the typist to pause
        d.changed_at -= Duration::from_millis(20);
        d.touch();
        let wait = d.wait_before_analysis(pause, d.changed_at);
        assert_eq!(wait, pause);
        assert_eq!(
            d.wait_before_analysis(pause, d.changed_at + Duration::from_millis(60)),
            Duration::from_millis(40)
        );
        assert_eq!(
            d.wait_before_analysis(pause, d.changed_at + Duration::from_millis(150)),
            Duration::ZERO
        );
        // no pause at all for a draft that needs none
        assert_eq!(
            d.wait_before_analysis(Duration::ZERO, d.changed_at),
            Duration::ZERO
        );
    }

    #[test]
    fn the_hash_of_a_rope_is_the_hash_of_its_text() {
        let text: String = "Calder said “no”.\r\n".repeat(5000);
        let d = OpenDocument::new(&text, 1, "markdown".into());
        assert!(d.rope.chunks().count() > 1);
        assert_eq!(d.basis().hash, text_hash(&text));
    }

    #[test]
    fn out_of_range_edits_are_clamped_not_refused() {
        let mut d = OpenDocument::new("ab\ncd", 1, "plaintext".into());
        assert_eq!(
            d.apply(&change(0, 1, 0, 99, "X"), PositionEncoding::Utf16),
            Err(Clamped)
        );
        assert_eq!(d.rope.to_string(), "aX\ncd");
        assert_eq!(
            d.apply(&change(9, 0, 9, 0, "!"), PositionEncoding::Utf16),
            Err(Clamped)
        );
        assert_eq!(d.rope.to_string(), "aX\ncd!");
        // a reversed range is read the right way round
        d.apply(&change(0, 2, 0, 1, ""), PositionEncoding::Utf16)
            .unwrap();
        assert_eq!(d.rope.to_string(), "a\ncd!");
    }

    /// Applies the same edit to a plain string, by char offsets.
    fn apply_plain(text: &str, start: usize, end: usize, insert: &str) -> String {
        let chars: Vec<char> = text.chars().collect();
        let (s, e) = (start.min(chars.len()), end.min(chars.len()));
        let (s, e) = (s.min(e), s.max(e));
        chars[..s]
            .iter()
            .chain(insert.chars().collect::<Vec<_>>().iter())
            .chain(chars[e..].iter())
            .collect()
    }

    proptest! {
        /// Edits given in valid UTF-16 positions give the same text on the
        /// rope as on a plain string.
        #[test]
        fn rope_edits_match_string_edits(
            text in "(?s)[a-zé😀\n\r“”]{0,40}",
            edits in proptest::collection::vec((0usize..60, 0usize..60, "[a-z😀\n]{0,5}"), 1..12),
        ) {
            let mut doc = OpenDocument::new(&text, 1, "markdown".into());
            let mut plain = text.clone();
            for (a, b, insert) in edits {
                let len = plain.chars().count();
                let (a, b) = (a % (len + 1), b % (len + 1));
                // express the char offsets as LSP positions through the rope
                let to_pos = |rope: &Rope, ch: usize| {
                    let line = rope.char_to_line(ch);
                    let col: usize = rope.line(line).chars().take(ch - rope.line_to_char(line)).map(char::len_utf16).sum();
                    Position::new(line as u32, col as u32)
                };
                // a position between \r and \n is not one the protocol can name
                let between_crlf = |ch: usize| ch > 0 && ch < len && plain.chars().nth(ch - 1) == Some('\r') && plain.chars().nth(ch) == Some('\n');
                prop_assume!(!between_crlf(a) && !between_crlf(b));
                let (pa, pb) = (to_pos(&doc.rope, a), to_pos(&doc.rope, b));
                let _ = doc.apply(&TextDocumentContentChangeEvent { range: Some(Range::new(pa, pb)), range_length: None, text: insert.clone() }, PositionEncoding::Utf16);
                plain = apply_plain(&plain, a, b, &insert);
                prop_assert_eq!(doc.rope.to_string(), plain.clone());
            }
        }
    }
}
