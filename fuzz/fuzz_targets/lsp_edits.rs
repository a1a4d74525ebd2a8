#![no_main]
// Random incremental edits, in any position (valid or not) and either
// encoding, applied to the server's document model: it must never panic,
// and for positions inside the text it must agree with a plain string.
#[path = "../../src/lsp/documents.rs"]
#[allow(dead_code)]
mod documents;

use arbitrary::Arbitrary;
use documents::{OpenDocument, PositionEncoding};
use tower_lsp_server::lsp_types::{Position, Range, TextDocumentContentChangeEvent};

#[derive(Arbitrary, Debug)]
struct Edit {
    start: (u8, u8),
    end: (u8, u8),
    text: String,
    utf8: bool,
    whole: bool,
}

#[derive(Arbitrary, Debug)]
struct Input {
    initial: String,
    edits: Vec<Edit>,
}

libfuzzer_sys::fuzz_target!(|input: Input| {
    let mut doc = OpenDocument::new(&input.initial, 1, "markdown".into());
    for e in input.edits.iter().take(64) {
        let change = TextDocumentContentChangeEvent {
            range: (!e.whole).then(|| {
                Range::new(
                    Position::new(e.start.0 as u32, e.start.1 as u32),
                    Position::new(e.end.0 as u32, e.end.1 as u32),
                )
            }),
            range_length: None,
            text: e.text.clone(),
        };
        let enc = if e.utf8 { PositionEncoding::Utf8 } else { PositionEncoding::Utf16 };
        let before = doc.rope.to_string();
        let (s, _) = doc.char_index(change.range.map_or(Position::new(0, 0), |r| r.start), enc);
        let (t, _) = doc.char_index(change.range.map_or(Position::new(0, 0), |r| r.end), enc);
        let _ = doc.apply(&change, enc);
        let after = doc.rope.to_string();
        if e.whole {
            assert_eq!(after, e.text);
        } else {
            // the same edit on a plain string, by char offsets
            let (a, b) = (s.min(t), s.max(t));
            let chars: Vec<char> = before.chars().collect();
            let expected: String = chars[..a].iter().copied().chain(e.text.chars()).chain(chars[b..].iter().copied()).collect();
            assert_eq!(after, expected);
        }
    }
});
