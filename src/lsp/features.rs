//! Hovers, code actions, the outline of sources and inlay hints, all from a
//! [`Snapshot`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde_json::Value;
use tower_lsp_server::lsp_types::*;
use tower_lsp_server::UriExt;

use super::documents::PositionEncoding;
use super::snapshot::Snapshot;
use super::{CMD_ADD_NAME, CMD_IGNORE};

fn line_of(snap: &Snapshot, offset: usize) -> usize {
    snap.position(offset, PositionEncoding::Utf16).line as usize + 1
}

pub fn hover(snap: &Snapshot, pos: Position, enc: PositionEncoding) -> Option<Hover> {
    let at = snap.offset(pos, enc);
    let mut parts: Vec<String> = Vec::new();
    let mut range = None;
    // Findings under the cursor.
    for f in snap
        .findings
        .iter()
        .filter(|f| f.range.start <= at && at < f.range.end.max(f.range.start + 1))
    {
        let rule = copydesk::rules::find(f.code);
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
                "\n\n{} [About this rule]({})",
                rule.summary,
                copydesk::rules::doc_url(f.code)
            ));
        }
        parts.push(s);
        range.get_or_insert(snap.range(&f.range, enc));
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
            (Some(s), Some(c)) => format!("Speaker: **{s}** (cue: “{c}”)"),
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

fn edit_for(uri: &Uri, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

pub fn code_actions(
    snap: &Snapshot,
    uri: &Uri,
    range: Range,
    enc: PositionEncoding,
) -> CodeActionResponse {
    let (start, end) = (snap.offset(range.start, enc), snap.offset(range.end, enc));
    let mut out = Vec::new();
    // One diagnostic per finding, in the same order.
    let diagnostics = snap.diagnostics(uri, enc);
    for (f, d) in snap
        .findings
        .iter()
        .zip(&diagnostics)
        .filter(|(f, _)| f.range.start <= end && start <= f.range.end)
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
                edit: Some(edit_for(uri, edits)),
                is_preferred: Some(true),
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
                if all.len() > 1 {
                    out.push(CodeActionOrCommand::CodeAction(CodeAction {
                        title: format!("Change every “{wrong}” to “{new_text}” in this draft"),
                        kind: Some(CodeActionKind::QUICKFIX),
                        edit: Some(edit_for(uri, all)),
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
                        ]),
                    )),
                    ..CodeAction::default()
                }));
            }
        }
    }
    out
}

/// `<!-- copydesk-ignore RULE -->` on its own line above the paragraph.
pub fn ignore_edit(args: &[Value]) -> Result<WorkspaceEdit, String> {
    let (Some(uri), Some(rule), Some(line)) = (
        args.first().and_then(Value::as_str),
        args.get(1).and_then(Value::as_str),
        args.get(2).and_then(Value::as_u64),
    ) else {
        return Err("copydesk.ignoreInParagraph takes a document, a rule and a line".into());
    };
    if copydesk::rules::find(rule).is_none() {
        return Err(format!("unknown rule {rule}"));
    }
    let uri: Uri = uri.parse().map_err(|_| format!("not a URI: {uri}"))?;
    let pos = Position::new(line as u32, 0);
    Ok(edit_for(
        &uri,
        vec![TextEdit::new(
            Range::new(pos, pos),
            format!("<!-- copydesk-ignore {rule} -->\n"),
        )],
    ))
}

/// Adds a name to `[names] preferred` in the nearest `copydesk.toml`,
/// creating the file in the workspace root (or the draft's folder) if there
/// is none.
pub fn add_name_edit(args: &[Value], roots: &[PathBuf]) -> Result<WorkspaceEdit, String> {
    let (Some(doc), Some(name)) = (
        args.first().and_then(Value::as_str),
        args.get(1).and_then(Value::as_str),
    ) else {
        return Err("copydesk.addToHouseList takes a document and a name".into());
    };
    let doc: Uri = doc.parse().map_err(|_| format!("not a URI: {doc}"))?;
    let dir = doc
        .to_file_path()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .or_else(|| roots.first().cloned())
        .ok_or("the draft is not a file on disk and there is no workspace folder")?;
    let existing = crate::cli::find_config(&dir);
    let path = existing.clone().unwrap_or_else(|| {
        roots
            .first()
            .cloned()
            .unwrap_or(dir)
            .join(copydesk::config::FILE_NAME)
    });
    let old = existing
        .as_ref()
        .map(std::fs::read_to_string)
        .transpose()
        .map_err(|e| e.to_string())?
        .unwrap_or_default();
    let mut toml: toml_edit::DocumentMut = old
        .parse()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    let names = toml
        .entry("names")
        .or_insert_with(|| toml_edit::Item::Table(toml_edit::Table::new()))
        .as_table_like_mut()
        .ok_or("[names] in copydesk.toml is not a table")?;
    let preferred = names
        .entry("preferred")
        .or_insert_with(|| toml_edit::value(toml_edit::Array::new()))
        .as_array_mut()
        .ok_or("names.preferred in copydesk.toml is not a list")?;
    if !preferred.iter().any(|v| v.as_str() == Some(name)) {
        preferred.push(name);
    }
    let new_text = toml.to_string();
    let uri = Uri::from_file_path(&path).ok_or("cannot name the config file as a URI")?;
    let lines = old.split('\n').count() as u32;
    let whole = Range::new(Position::new(0, 0), Position::new(lines + 1, 0));
    let mut ops = Vec::new();
    if existing.is_none() {
        ops.push(DocumentChangeOperation::Op(ResourceOp::Create(
            CreateFile {
                uri: uri.clone(),
                options: Some(CreateFileOptions {
                    overwrite: Some(false),
                    ignore_if_exists: Some(true),
                }),
                annotation_id: None,
            },
        )));
    }
    ops.push(DocumentChangeOperation::Edit(TextDocumentEdit {
        text_document: OptionalVersionedTextDocumentIdentifier { uri, version: None },
        edits: vec![OneOf::Left(TextEdit::new(whole, new_text))],
    }));
    Ok(WorkspaceEdit {
        document_changes: Some(DocumentChanges::Operations(ops)),
        ..WorkspaceEdit::default()
    })
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
        }) = hover(&snap, pos, enc)
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
        let actions = code_actions(&snap, &uri, Range::new(pos, pos), enc);
        let titles: Vec<String> = actions
            .iter()
            .map(|a| match a {
                CodeActionOrCommand::CodeAction(a) => a.title.clone(),
                CodeActionOrCommand::Command(c) => c.title.clone(),
            })
            .collect();
        assert!(
            titles.iter().any(|t| t.contains("Change to “Zelenskyy”")),
            "{titles:?}"
        );
        assert!(
            !titles.iter().any(|t| t.contains("house list")),
            "{titles:?}"
        );
    }
}
