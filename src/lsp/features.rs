//! Hovers, code actions, the outline of sources and inlay hints, all from a
//! [`Snapshot`].

use serde_json::Value;
use std::collections::HashMap;
use tower_lsp_server::lsp_types::*;

use super::documents::PositionEncoding;
use super::snapshot::Snapshot;
use super::{CMD_ADD_NAME, CMD_IGNORE};

fn line_of(snap: &Snapshot, offset: usize) -> usize {
    snap.position(offset, PositionEncoding::Utf16).line as usize + 1
}

/// The hover at `pos`. With `findings` off (an editor that shows the
/// diagnostic in the same hover), a finding under the cursor adds only its
/// rule's explanation, not its message and related places a second time.
pub fn hover(
    snap: &Snapshot,
    pos: Position,
    enc: PositionEncoding,
    findings: bool,
) -> Option<Hover> {
    let at = snap.offset(pos, enc);
    let mut parts: Vec<String> = Vec::new();
    let mut range = None;
    // Findings under the cursor.
    for (f, here) in snap.findings.iter().filter_map(|f| {
        place_of(f, |r| r.start <= at && at < r.end.max(r.start + 1)).map(|here| (f, here))
    }) {
        let rule = copydesk::rules::find(f.code);
        range.get_or_insert(snap.range(&here, enc));
        if !findings {
            // one explanation per rule, however many findings overlap
            let code = format!("`{}`:", f.code);
            if let Some(rule) = rule.filter(|_| !parts.iter().any(|p| p.starts_with(&code))) {
                parts.push(format!(
                    "`{}`: {} {}\n\n`copydesk explain {}` shows a wrong and a right example.",
                    f.code, rule.summary, rule.explanation, f.code
                ));
            }
            continue;
        }
        let mut s = format!("**{}** `{}`\n\n{}", f.severity.as_str(), f.code, f.message);
        for r in &f.related {
            s.push_str(&format!(
                "\n\n- line {}: {} (“{}”)",
                line_of(snap, r.range.start),
                r.message,
                &snap.text[r.range.clone()]
            ));
        }
        if let Some(rule) = rule {
            s.push_str(&format!(
                "\n\n{} {}\n\n`copydesk explain {}` shows a wrong and a right example.",
                rule.summary, rule.explanation, f.code
            ));
        }
        parts.push(s);
    }
    // Either side of a conflict: the finding whose related place is here.
    for f in snap.findings.iter().filter(|f| {
        f.related
            .iter()
            .any(|r| r.range.start <= at && at < r.range.end)
    }) {
        if f.code.starts_with("conflicting-") {
            parts.push(format!(
                "**{}** (the other statement is at line {})\n\n{}",
                f.code,
                line_of(snap, f.range.start),
                f.message
            ));
        }
    }
    // A quote.
    if let Some(q) = snap
        .quotes
        .iter()
        .find(|q| q.range.start <= at && at < q.range.end)
    {
        let words = copydesk::checks::unattributed::opening_words(&q.text, 8);
        let who = match (&q.speaker, &q.cue) {
            // A carried speaker's reason names its cue already.
            (Some(s), Some(_)) if q.reason.contains("cue:") => {
                format!("Speaker: **{s}** ({})", q.reason)
            }
            (Some(s), Some(c)) => format!("Speaker: **{s}** ({}; cue: “{c}”)", q.reason),
            (Some(s), None) => format!("Speaker: **{s}** ({})", q.reason),
            (None, _) if q.kind == "speech" => format!("No speaker found: {}.", q.reason),
            (None, _) => format!("Not someone's words: {}.", q.reason),
        };
        parts.push(format!("**Quote** ({}) “{words}”\n\n{who}", q.kind));
        range.get_or_insert(snap.range(&q.range, enc));
    }
    // A name.
    if let Some(n) = snap
        .names
        .iter()
        .find(|n| n.range.start <= at && at < n.range.end)
    {
        if let Some(p) = n.person.and_then(|p| snap.people.get(p)) {
            let mut s = format!("**{}**", p.full_name);
            if let Some(t) = &p.title {
                s.push_str(&format!(" — {t}"));
            }
            // The house list's spelling, where a finding on this person
            // comes from it; else the one used most.
            let person_ranges: Vec<&std::ops::Range<usize>> = snap
                .names
                .iter()
                .filter(|m| m.person == n.person)
                .map(|m| &m.range)
                .collect();
            let house = snap
                .findings
                .iter()
                .filter(|f| f.code == "name-spelling" && f.message.contains("house style list"))
                .filter(|f| {
                    person_ranges
                        .iter()
                        .any(|r| r.start <= f.range.start && f.range.end <= r.end)
                })
                .find_map(|f| f.fixes.first()?.edits.first().map(|e| e.new_text.clone()));
            let preferred = match house {
                Some(h) => format!("{h} (house list)"),
                None => p
                    .spellings
                    .iter()
                    .max_by_key(|(_, n)| **n)
                    .map(|(s, _)| s.clone())
                    .unwrap_or_default(),
            };
            let spellings: Vec<String> = p
                .spellings
                .iter()
                .map(|(s, n)| format!("{s} ×{n}"))
                .collect();
            s.push_str(&format!(
                "\n\nPreferred spelling: {preferred}. Spellings in this draft: {}.\n\nFirst reference: line {} (“{}”).",
                spellings.join(", "),
                line_of(snap, p.first.start),
                &snap.text[p.first.clone()]
            ));
            let quotes: Vec<String> = snap
                .quotes
                .iter()
                .filter(|q| q.speaker.as_deref() == Some(p.full_name.as_str()))
                .map(|q| {
                    format!(
                        "- line {}: “{}”",
                        line_of(snap, q.range.start),
                        copydesk::checks::unattributed::opening_words(&q.text, 10)
                    )
                })
                .collect();
            if !quotes.is_empty() {
                s.push_str(&format!(
                    "\n\nQuoted {} time{}:\n{}",
                    quotes.len(),
                    if quotes.len() == 1 { "" } else { "s" },
                    quotes.join("\n")
                ));
            }
            parts.push(s);
            range.get_or_insert(snap.range(&n.range, enc));
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// Edits to one document: tied to its version when the editor takes
/// versioned edits (it then refuses them if the document has changed),
/// else as plain changes.
pub fn edit_for(
    uri: &Uri,
    version: Option<i32>,
    edits: Vec<TextEdit>,
    versioned: bool,
) -> WorkspaceEdit {
    if versioned {
        WorkspaceEdit {
            document_changes: Some(DocumentChanges::Edits(vec![TextDocumentEdit {
                text_document: OptionalVersionedTextDocumentIdentifier {
                    uri: uri.clone(),
                    version,
                },
                edits: edits.into_iter().map(OneOf::Left).collect(),
            }])),
            ..WorkspaceEdit::default()
        }
    } else {
        WorkspaceEdit {
            changes: Some(HashMap::from([(uri.clone(), edits)])),
            ..WorkspaceEdit::default()
        }
    }
}

/// What a code action was computed on, for the editor and for the
/// server's own commands: the version and a hash of the text.
pub fn basis_json(snap: &Snapshot) -> Value {
    serde_json::json!({
        "version": snap.version,
        "hash": format!("{:016x}", snap.hash),
    })
}

/// The quick fixes for the findings in `range`, all computed on the
/// snapshot's text: the caller passes the snapshot of the document's
/// current text, never an older one.
pub fn code_actions(
    snap: &Snapshot,
    uri: &Uri,
    range: Range,
    enc: PositionEncoding,
    versioned: bool,
) -> CodeActionResponse {
    let (start, end) = (snap.offset(range.start, enc), snap.offset(range.end, enc));
    let basis = basis_json(snap);
    let versioned = versioned && snap.version.is_some();
    let mut out = Vec::new();
    // One diagnostic per finding, in the same order.
    let diagnostics = snap.diagnostics(uri, enc);
    for (f, d) in snap
        .findings
        .iter()
        .zip(&diagnostics)
        .filter(|(f, _)| place_of(f, |r| r.start <= end && start <= r.end).is_some())
    {
        let diag = Some(d.clone());
        for fix in &f.fixes {
            let edits = fix
                .edits
                .iter()
                .map(|e| TextEdit::new(snap.range(&e.range, enc), e.new_text.clone()))
                .collect();
            out.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: diag.clone().map(|d| vec![d]),
                edit: Some(edit_for(uri, snap.version, edits, versioned)),
                is_preferred: Some(true),
                data: Some(basis.clone()),
                ..CodeAction::default()
            }));
        }
        if f.code == "name-spelling" {
            if let Some(new_text) = f
                .fixes
                .first()
                .and_then(|fix| fix.edits.first())
                .map(|e| e.new_text.clone())
            {
                let wrong = snap.text[f.range.clone()].to_string();
                let all: Vec<TextEdit> = snap
                    .findings
                    .iter()
                    .filter(|g| g.code == "name-spelling" && snap.text[g.range.clone()] == wrong)
                    .flat_map(|g| g.fixes.iter().take(1).flat_map(|fix| fix.edits.iter()))
                    .filter(|e| e.new_text == new_text)
                    .map(|e| TextEdit::new(snap.range(&e.range, enc), e.new_text.clone()))
                    .collect();
                // Not where the finding's own fix already changes them all.
                let own = f.fixes.first().map_or(0, |fix| fix.edits.len());
                if all.len() > own.max(1) {
                    out.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: format!("Change every “{wrong}” to “{new_text}” in this draft"),
                        kind: Some(CodeActionKind::QUICKFIX),
                        edit: Some(edit_for(uri, snap.version, all, versioned)),
                        data: Some(basis.clone()),
                        ..CodeAction::default()
                    }));
                }
                // Not for a finding from the house list: the name is on it.
                if !f.message.contains("house style list") {
                    out.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: format!("Add “{new_text}” to the house list in copydesk.toml"),
                        kind: Some(CodeActionKind::QUICKFIX),
                        command: Some(Command::new(
                            format!("Add “{new_text}” to the house list"),
                            CMD_ADD_NAME.into(),
                            Some(vec![
                                Value::String(uri.as_str().to_string()),
                                Value::String(new_text),
                            ]),
                        )),
                        ..CodeAction::default()
                    }));
                }
            }
        }
        if snap.markdown {
            if let Some(p) = snap
                .paragraphs
                .iter()
                .find(|p| p.start <= f.range.start && f.range.start <= p.end)
            {
                let line = snap.position(p.start, enc).line;
                out.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Ignore {} in this paragraph", f.code),
                    kind: Some(CodeActionKind::QUICKFIX),
                    command: Some(Command::new(
                        format!("Ignore {} in this paragraph", f.code),
                        CMD_IGNORE.into(),
                        Some(vec![
                            Value::String(uri.as_str().to_string()),
                            Value::String(f.code.to_string()),
                            Value::from(line),
                            serde_json::json!({
                                "version": snap.version,
                                "hash": format!("{:016x}", snap.hash),
                                "offset": p.start,
                            }),
                        ]),
                    )),
                    ..CodeAction::default()
                }));
            }
        }
    }
    out
}

/// Each person or body quoted, with their quotes beneath; quotes with no
/// speaker under "No speaker".
#[allow(deprecated)]
pub fn outline(snap: &Snapshot, enc: PositionEncoding) -> Vec<DocumentSymbol> {
    let mut groups: Vec<(String, Vec<&super::snapshot::QuoteView>)> = Vec::new();
    for q in snap.quotes.iter().filter(|q| q.kind == "speech") {
        let key = q
            .speaker
            .clone()
            .unwrap_or_else(|| "No speaker".to_string());
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, list)) => list.push(q),
            None => groups.push((key, vec![q])),
        }
    }
    groups
        .into_iter()
        .map(|(name, quotes)| {
            let first = snap.range(&quotes[0].range, enc);
            let last = snap.range(&quotes[quotes.len() - 1].range, enc);
            let children = quotes
                .iter()
                .map(|q| DocumentSymbol {
                    name: format!(
                        "“{}”",
                        copydesk::checks::unattributed::opening_words(&q.text, 8)
                    ),
                    detail: q.cue.clone(),
                    kind: SymbolKind::STRING,
                    tags: None,
                    deprecated: None,
                    range: snap.range(&q.range, enc),
                    selection_range: snap.range(&q.range, enc),
                    children: None,
                })
                .collect();
            DocumentSymbol {
                detail: Some(format!(
                    "{} quote{}",
                    quotes.len(),
                    if quotes.len() == 1 { "" } else { "s" }
                )),
                name,
                kind: SymbolKind::NAMESPACE,
                tags: None,
                deprecated: None,
                range: Range::new(first.start, last.end),
                selection_range: first,
                children: Some(children),
            }
        })
        .collect()
}

/// "— Speaker" after each speech quote in the range.
pub fn inlay_hints(snap: &Snapshot, range: Range, enc: PositionEncoding) -> Vec<InlayHint> {
    let (start, end) = (snap.offset(range.start, enc), snap.offset(range.end, enc));
    snap.quotes
        .iter()
        .filter(|q| q.kind == "speech" && q.range.end >= start && q.range.start <= end)
        .filter_map(|q| {
            let speaker = q.speaker.as_ref()?;
            Some(InlayHint {
                position: snap.position(q.range.end, enc),
                label: InlayHintLabel::String(format!("— {speaker}")),
                kind: None,
                text_edits: None,
                tooltip: q
                    .cue
                    .as_ref()
                    .map(|c| InlayHintTooltip::String(format!("attributed by “{c}”"))),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            })
        })
        .collect()
}

/// Where a finding stands among the places `here` accepts: its own range,
/// or, for a spelling flagged once for all the places it stands, any place
/// its first fix changes (so that every occurrence hovers and fixes).
fn place_of(
    f: &copydesk::Finding,
    here: impl Fn(&std::ops::Range<usize>) -> bool,
) -> Option<std::ops::Range<usize>> {
    if here(&f.range) {
        return Some(f.range.clone());
    }
    if f.code != "name-spelling" {
        return None;
    }
    f.fixes
        .first()?
        .edits
        .iter()
        .find(|e| here(&e.range))
        .map(|e| e.range.clone())
}

#[cfg(test)]
mod house_list_tests {
    use super::*;

    #[test]
    fn a_name_on_the_house_list_is_shown_as_such_and_never_offered_again() {
        let text = "Headline\n\nVolodymyr Zelensky spoke. Zelensky left. Zelenskyy returned.\n";
        let config = copydesk::Config {
            preferred_names: vec!["Volodymyr Zelenskyy".into()],
            ..copydesk::Config::default()
        };
        let snap = Snapshot::analyse(text.into(), Some(1), copydesk::Format::Plain, &config);
        let enc = PositionEncoding::Utf16;
        let at = text.find("Zelensky left").unwrap();
        let pos = snap.position(at + 1, enc);
        let Some(Hover {
            contents: HoverContents::Markup(m),
            ..
        }) = hover(&snap, pos, enc, true)
        else {
            panic!("no hover");
        };
        assert!(m.value.contains("house style list"), "{}", m.value);
        assert!(
            m.value
                .contains("Preferred spelling: Zelenskyy (house list)"),
            "{}",
            m.value
        );
        let uri: Uri = "file:///tmp/draft.txt".parse().unwrap();
        let actions = code_actions(&snap, &uri, Range::new(pos, pos), enc, true);
        let titles: Vec<String> = actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.clone(),
                CodeActionOrCommand::Command(c) => c.title.clone(),
            })
            .collect();
        // the second "Zelensky" is flagged with the first, in one finding:
        // its hover and its fix are there all the same, once
        assert_eq!(
            titles,
            vec!["Spell it “Zelenskyy” throughout"],
            "{titles:?}"
        );
        assert!(
            !titles.iter().any(|t| t.contains("house list")),
            "{titles:?}"
        );
    }
}

#[cfg(test)]
mod quote_hover_tests {
    use super::*;

    fn hover_at(text: &str, needle: &str) -> String {
        let snap = Snapshot::analyse(
            text.into(),
            Some(1),
            copydesk::Format::Plain,
            &copydesk::Config::default(),
        );
        let enc = PositionEncoding::Utf16;
        let pos = snap.position(text.find(needle).unwrap() + 1, enc);
        match hover(&snap, pos, enc, true) {
            Some(Hover {
                contents: HoverContents::Markup(m),
                ..
            }) => m.value,
            _ => panic!("no hover"),
        }
    }

    #[test]
    fn the_hover_says_why_a_quote_has_its_speaker() {
        let text = "Headline\n\n“We will rebuild,” said Ana Ruiz. “It will cost millions.”\n";
        let own = hover_at(text, "We will");
        assert!(
            own.contains("a speech cue in the same sentence; cue: “said”"),
            "{own}"
        );
        let carried = hover_at(text, "It will");
        assert!(
            carried.contains("continues the words of Ana Ruiz in the sentence before"),
            "{carried}"
        );
    }
}
