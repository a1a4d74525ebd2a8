#![no_main]
// The server's edit model under a client that edits at random: incremental
// edits in any position (valid or not) and either encoding, whole-text
// replacements and re-opens, with version numbers that repeat or go
// backwards, and quick fixes applied to the result.
//
// - An edit agrees with the same edit on a plain string.
// - A fix is only ever taken from an analysis of the document's current
//   text (the server reuses an analysis only while the document's
//   generation is unchanged), and applying it changes the text inside its
//   edits' ranges and nothing outside them.
// - A fix kept from an earlier text is accepted exactly when the document
//   holds that text under that version again, and refused otherwise.
#[path = "../../src/lsp/documents.rs"]
#[allow(dead_code)]
mod documents;

use std::ops::Range as Bytes;

use arbitrary::Arbitrary;
use copydesk::line_index::{Encoding, LineIndex};
use copydesk::{analyze, Config, Format};
use documents::{Basis, OpenDocument, PositionEncoding};
use tower_lsp_server::lsp_types::{Position, Range, TextDocumentContentChangeEvent};

/// A draft that has fixes to offer (a misspelt name), to start from.
const DRAFT: &str = "# Ferry\n\nCaptain Ruth Calloway said the ferry would run. Calloway sailed it for years.\r\n\r\n> Caloway tested the engines.\n\n1. The board thanked Calloway.\n2. Calowey left.\n";

#[derive(Arbitrary, Debug)]
enum Version {
    Same,
    Back(u8),
    Forward(u8),
}

#[derive(Arbitrary, Debug)]
enum Op {
    Edit {
        start: (u8, u8),
        end: (u8, u8),
        text: String,
        whole: bool,
        version: Version,
    },
    /// didOpen again without a close.
    Reopen { text: String, version: Version },
    /// Ask for the fixes of the current text and apply one.
    Fix { pick: u8 },
    /// Apply a fix kept from an earlier request.
    StaleFix { pick: u8 },
}

#[derive(Arbitrary, Debug)]
struct Input {
    from_draft: bool,
    initial: String,
    utf8: bool,
    ops: Vec<Op>,
}

/// One analysis, as the server keeps it.
struct Analysis {
    generation: u64,
    basis: Basis,
    text: String,
    fixes: Vec<Vec<(Bytes<usize>, String)>>,
}

fn analyse(doc: &OpenDocument) -> Analysis {
    let text = doc.rope.to_string();
    let a = analyze(&text, Format::Markdown, &Config::default());
    let fixes = a
        .findings
        .iter()
        .flat_map(|f| f.fixes.iter())
        .map(|fix| {
            fix.edits
                .iter()
                .map(|e| (e.range.clone(), e.new_text.clone()))
                .collect()
        })
        .collect();
    Analysis {
        generation: doc.generation,
        basis: doc.basis(),
        text,
        fixes,
    }
}

fn step(v: i32, s: &Version) -> i32 {
    match s {
        Version::Same => v,
        Version::Back(n) => v.wrapping_sub(*n as i32),
        Version::Forward(n) => v.wrapping_add(*n as i32),
    }
}

/// Applies a fix's edits (byte ranges into `text`, which the document
/// holds) the way a client does: as LSP ranges, last first. Checks the
/// result against the same edits spliced into the string.
fn apply_fix(doc: &mut OpenDocument, text: &str, edits: &[(Bytes<usize>, String)], enc: PositionEncoding) {
    let mut sorted = edits.to_vec();
    sorted.sort_by_key(|(r, _)| r.start);
    for w in sorted.windows(2) {
        assert!(w[0].0.end <= w[1].0.start, "a fix's edits overlap: {sorted:?}");
    }
    let index = LineIndex::new(text);
    let e = match enc {
        PositionEncoding::Utf8 => Encoding::Utf8,
        PositionEncoding::Utf16 => Encoding::Utf16,
    };
    let pos = |at: usize| {
        let (l, c) = index.position(text, at, e);
        Position::new(l as u32, c as u32)
    };
    for (range, new_text) in sorted.iter().rev() {
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        let change = TextDocumentContentChangeEvent {
            range: Some(Range::new(pos(range.start), pos(range.end))),
            range_length: None,
            text: new_text.clone(),
        };
        doc.apply(&change, enc).expect("a fix's range fits its text");
    }
    let mut expected = String::new();
    let mut at = 0;
    for (range, new_text) in &sorted {
        expected.push_str(&text[at..range.start]);
        expected.push_str(new_text);
        at = range.end;
    }
    expected.push_str(&text[at..]);
    assert_eq!(doc.rope.to_string(), expected, "a fix changed text outside its ranges");
}

libfuzzer_sys::fuzz_target!(|input: Input| {
    let initial = if input.from_draft {
        format!("{DRAFT}{}", input.initial)
    } else {
        input.initial.clone()
    };
    let enc = if input.utf8 { PositionEncoding::Utf8 } else { PositionEncoding::Utf16 };
    let mut doc = OpenDocument::new(&initial, 1, "markdown".into());
    let mut latest: Option<Analysis> = None;
    let mut kept: Vec<(Basis, String, Vec<(Bytes<usize>, String)>)> = Vec::new();
    for op in input.ops.iter().take(24) {
        let before_gen = doc.generation;
        match op {
            Op::Edit { start, end, text, whole, version } => {
                let change = TextDocumentContentChangeEvent {
                    range: (!whole).then(|| {
                        Range::new(
                            Position::new(start.0 as u32, start.1 as u32),
                            Position::new(end.0 as u32, end.1 as u32),
                        )
                    }),
                    range_length: None,
                    text: text.clone(),
                };
                let before = doc.rope.to_string();
                let (s, _) = doc.char_index(change.range.map_or(Position::new(0, 0), |r| r.start), enc);
                let (t, _) = doc.char_index(change.range.map_or(Position::new(0, 0), |r| r.end), enc);
                let _ = doc.apply(&change, enc);
                doc.version = step(doc.version, version);
                let after = doc.rope.to_string();
                if *whole {
                    assert_eq!(after, *text);
                } else {
                    let (a, b) = (s.min(t), s.max(t));
                    let chars: Vec<char> = before.chars().collect();
                    let expected: String = chars[..a]
                        .iter()
                        .copied()
                        .chain(text.chars())
                        .chain(chars[b..].iter().copied())
                        .collect();
                    assert_eq!(after, expected);
                }
                assert!(doc.generation > before_gen, "a change kept the generation");
            }
            Op::Reopen { text, version } => {
                let v = step(doc.version, version);
                doc = OpenDocument::new(text, v, "markdown".into());
                assert!(doc.generation > before_gen, "a re-open kept the generation");
            }
            Op::Fix { pick } => {
                // The server's rule: reuse the analysis only while the
                // generation is the document's.
                if latest.as_ref().is_none_or(|a| a.generation != doc.generation) {
                    latest = Some(analyse(&doc));
                }
                let a = latest.as_ref().unwrap();
                assert_eq!(a.text, doc.rope.to_string(), "a fix offered on other text");
                if a.fixes.is_empty() {
                    continue;
                }
                let edits = a.fixes[*pick as usize % a.fixes.len()].clone();
                let (basis, text) = (a.basis, a.text.clone());
                assert!(doc.matches(&basis));
                kept.push((basis, text.clone(), edits.clone()));
                apply_fix(&mut doc, &text, &edits, enc);
            }
            Op::StaleFix { pick } => {
                if kept.is_empty() {
                    continue;
                }
                let (basis, text, edits) = kept[*pick as usize % kept.len()].clone();
                let same = doc.version == basis.version && doc.rope.to_string() == text;
                assert_eq!(doc.matches(&basis), same, "a kept fix judged wrongly");
                if same {
                    apply_fix(&mut doc, &text, &edits, enc);
                }
            }
        }
    }
});
