//! What the server keeps of one analysis: owned data in source byte ranges,
//! and the conversion of those ranges to LSP positions at the edge.

use std::collections::BTreeMap;
use std::ops::Range;

use copydesk::checks::names::NameKind;
use copydesk::line_index::{Encoding, LineIndex};
use copydesk::{analyze, Config, Finding, Format, Severity};
use tower_lsp_server::lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Position, Range as LspRange, Uri,
};

use super::documents::PositionEncoding;

pub struct QuoteView {
    pub range: Range<usize>,
    pub kind: &'static str,
    pub text: String,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub reason: String,
}

pub struct PersonView {
    pub full_name: String,
    pub title: Option<String>,
    /// Each spelling of the surname in the draft, with its count.
    pub spellings: BTreeMap<String, usize>,
    pub first: Range<usize>,
}

pub struct NameView {
    pub range: Range<usize>,
    pub person: Option<usize>,
}

/// In a test's draft, makes the conversion of its findings take 2 s
/// longer.
#[cfg(test)]
pub const SLOW_FOR_TESTS: &str = "(a draft slow to analyse)";

/// One analysis of one version of a document.
pub struct Snapshot {
    /// The client's version number of the text (for diagnostics).
    pub version: Option<i32>,
    /// The server's generation of the text (see `OpenDocument`); `None`
    /// for a file on disk.
    pub generation: Option<u64>,
    /// A hash of `text`, what edits computed on it carry.
    pub hash: u64,
    pub text: String,
    pub index: LineIndex,
    pub markdown: bool,
    pub findings: Vec<Finding>,
    pub quotes: Vec<QuoteView>,
    pub names: Vec<NameView>,
    pub people: Vec<PersonView>,
    /// Source ranges of paragraphs, for "ignore in this paragraph".
    pub paragraphs: Vec<Range<usize>>,
}

/// The LSP position of a byte offset in `text`.
pub fn position(index: &LineIndex, text: &str, offset: usize, enc: PositionEncoding) -> Position {
    let e = match enc {
        PositionEncoding::Utf8 => Encoding::Utf8,
        PositionEncoding::Utf16 => Encoding::Utf16,
    };
    let (line, col) = index.position(text, offset, e);
    Position::new(line as u32, col as u32)
}

impl Snapshot {
    pub fn analyse(
        text: String,
        version: Option<i32>,
        format: Format,
        config: &Config,
    ) -> Snapshot {
        let (findings, quotes, names, people, paragraphs, index) = {
            let a = analyze(&text, format, config);
            let doc = &a.doc;
            let quotes = a
                .quotes
                .iter()
                .filter(|q| !q.in_heading)
                .map(|q| QuoteView {
                    range: doc.to_source(q.range.clone()),
                    kind: q.kind.as_str(),
                    text: q.text(doc).into_owned(),
                    speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                    cue: q.cue.as_ref().map(|c| c.text.clone()),
                    reason: q.reason.clone(),
                })
                .collect();
            let names: Vec<NameView> = a
                .names
                .mentions
                .iter()
                .filter(|m| m.kind != NameKind::Place || m.person.is_some())
                .map(|m| NameView {
                    range: doc.to_source(m.range.clone()),
                    person: m.person,
                })
                .collect();
            let people = a
                .names
                .people
                .iter()
                .map(|p| {
                    let mut spellings = BTreeMap::new();
                    let mut title = None;
                    for &mi in &p.mentions {
                        let m = &a.names.mentions[mi];
                        if let Some(last) = m.words.last() {
                            *spellings
                                .entry(doc.text(last.clone()).to_string())
                                .or_insert(0) += 1;
                        }
                        if title.is_none() {
                            title = m.title.as_ref().map(|t| doc.text(t.clone()).to_string());
                        }
                    }
                    let first = p.mentions.first().map_or(0..0, |&mi| {
                        doc.to_source(a.names.mentions[mi].range.clone())
                    });
                    PersonView {
                        full_name: p.full_name.clone(),
                        title,
                        spellings,
                        first,
                    }
                })
                .collect();
            let paragraphs = doc
                .paragraphs
                .iter()
                .map(|p| doc.to_source(p.range.clone()))
                .collect();
            (
                a.findings,
                quotes,
                names,
                people,
                paragraphs,
                doc.line_index().clone(),
            )
        };
        Snapshot {
            version,
            generation: None,
            hash: super::documents::text_hash(&text),
            index,
            markdown: format == Format::Markdown,
            text,
            findings,
            quotes,
            names,
            people,
            paragraphs,
        }
    }

    pub fn position(&self, offset: usize, enc: PositionEncoding) -> Position {
        position(&self.index, &self.text, offset, enc)
    }

    pub fn range(&self, r: &Range<usize>, enc: PositionEncoding) -> LspRange {
        LspRange::new(self.position(r.start, enc), self.position(r.end, enc))
    }

    /// The byte offset of an LSP position in this snapshot's text.
    pub fn offset(&self, pos: Position, enc: PositionEncoding) -> usize {
        let e = match enc {
            PositionEncoding::Utf8 => Encoding::Utf8,
            PositionEncoding::Utf16 => Encoding::Utf16,
        };
        self.index
            .offset(&self.text, pos.line as usize, pos.character as usize, e)
    }

    pub fn diagnostics(&self, uri: &Uri, enc: PositionEncoding) -> Vec<Diagnostic> {
        // A draft the tests mark as slow to convert, standing in for one
        // with a great many findings on long lines.
        #[cfg(test)]
        if self.text.contains(SLOW_FOR_TESTS) {
            std::thread::sleep(std::time::Duration::from_millis(2000));
        }
        self.findings
            .iter()
            .map(|f| {
                let related = f
                    .related
                    .iter()
                    .map(|r| DiagnosticRelatedInformation {
                        location: Location::new(uri.clone(), self.range(&r.range, enc)),
                        message: r.message.clone(),
                    })
                    .collect::<Vec<_>>();
                let fixes: Vec<serde_json::Value> = f
                    .fixes
                    .iter()
                    .map(|fix| {
                        serde_json::json!({
                            "title": fix.title,
                            "edits": fix.edits.iter().map(|e| serde_json::json!({
                                "range": self.range(&e.range, enc),
                                "newText": e.new_text,
                            })).collect::<Vec<_>>(),
                        })
                    })
                    .collect();
                Diagnostic {
                    range: self.range(&f.range, enc),
                    severity: Some(match f.severity {
                        Severity::Error => DiagnosticSeverity::ERROR,
                        Severity::Warning => DiagnosticSeverity::WARNING,
                        Severity::Information => DiagnosticSeverity::INFORMATION,
                        Severity::Hint => DiagnosticSeverity::HINT,
                    }),
                    code: Some(NumberOrString::String(f.code.to_string())),
                    code_description: None,
                    source: Some("copydesk".to_string()),
                    message: f.message.clone(),
                    related_information: (!related.is_empty()).then_some(related),
                    tags: None,
                    data: Some(serde_json::json!({ "code": f.code, "fixes": fixes })),
                }
            })
            .collect()
    }
}
