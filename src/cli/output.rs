//! Output formats: one function per format over the same reports.

use std::fmt::Write;

use copydesk::finding::Severity;
use serde_json::{json, Value};

use super::{FileReport, OutputFormat, Position};
use crate::workspace::names;

pub fn render(format: OutputFormat, reports: &[FileReport], color: bool, quiet: bool) -> String {
    match format {
        OutputFormat::Human => human(reports, color, quiet),
        OutputFormat::Concise => concise(reports, color, quiet),
        OutputFormat::Json => json_report(reports),
        OutputFormat::Sarif => sarif(reports),
        OutputFormat::Github => github(reports),
        OutputFormat::Gitlab => gitlab(reports),
    }
}

/// `path:line:column: severity[code] message`, one line per finding.
fn concise(reports: &[FileReport], color: bool, quiet: bool) -> String {
    let st = Style { on: color };
    let mut out = String::new();
    for r in reports {
        let name = r.shown();
        for d in &r.diagnostics {
            let head = format!("{}[{}]", d.severity.as_str(), d.code);
            let _ = writeln!(
                out,
                "{}:{}:{}: {} {}",
                st.paint("1", &name),
                d.start.line,
                d.start.column,
                st.paint(severity_color(d.severity), &head),
                names::escape_text(&d.message)
            );
        }
    }
    if !quiet {
        summary(&mut out, reports);
    }
    out
}

/// How many findings each rule raised, most first, and the summary line.
pub fn statistics(reports: &[FileReport]) -> String {
    let mut counts: Vec<(usize, &'static str, Severity)> = Vec::new();
    for d in reports.iter().flat_map(|r| &r.diagnostics) {
        match counts.iter_mut().find(|(_, c, _)| *c == d.code) {
            Some((n, _, _)) => *n += 1,
            None => counts.push((1, d.code, d.severity)),
        }
    }
    counts.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let mut out = String::new();
    for (n, code, sev) in counts {
        let _ = writeln!(out, "{n:>6}  {code:<22} {}", sev.as_str());
    }
    summary(&mut out, reports);
    out
}

struct Style {
    on: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

fn severity_color(s: Severity) -> &'static str {
    match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Information => "1;36",
        Severity::Hint => "1;32",
    }
}

/// The source line as shown: a tab as a space, a byte-order mark dropped
/// (it has no width), any other control character as `�` (nothing reaches
/// the terminal as a command), and where a byte range of the line lands.
fn shown_line(line: &str, range: std::ops::Range<usize>) -> (String, std::ops::Range<usize>) {
    let mut out = String::with_capacity(line.len());
    let (mut start, mut end) = (None, None);
    for (i, c) in line.char_indices() {
        if i >= range.start && start.is_none() {
            start = Some(out.len());
        }
        if i >= range.end && end.is_none() {
            end = Some(out.len());
        }
        match c {
            '\t' => out.push(' '),
            '\u{feff}' | '\r' | '\n' => {}
            c if c.is_control() => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    (out, start..end)
}

/// rustc-style, rendered by annotate-snippets (as rustc and ruff are): the
/// message, `--> path:line:col`, the source line cut around the finding
/// when it is long, carets under it counted in display columns (wide
/// characters take two), the related places and the fix.
fn human(reports: &[FileReport], color: bool, quiet: bool) -> String {
    use annotate_snippets::{Level, Renderer, Snippet};
    let mut out = String::new();
    for r in reports {
        let name = r.shown();
        for d in &r.diagnostics {
            let level = match d.severity {
                Severity::Error => Level::Error,
                Severity::Warning => Level::Warning,
                Severity::Information => Level::Info,
                Severity::Hint => Level::Help,
            };
            let renderer = if color {
                // the carets take the severity's colour
                let style = match d.severity {
                    Severity::Error => annotate_snippets::renderer::AnsiColor::BrightRed,
                    Severity::Warning => annotate_snippets::renderer::AnsiColor::BrightYellow,
                    Severity::Information => annotate_snippets::renderer::AnsiColor::BrightCyan,
                    Severity::Hint => annotate_snippets::renderer::AnsiColor::BrightGreen,
                };
                Renderer::styled().error(
                    annotate_snippets::renderer::Style::new()
                        .bold()
                        .fg_color(Some(style.into())),
                )
            } else {
                Renderer::plain()
            };
            // lines are cut here, by display width, before rendering
            let renderer = renderer.term_width(usize::MAX / 4);
            // the finding on its first line (to the end of that line when it goes on)
            let in_line = d.start.byte.saturating_sub(d.line_start)
                ..(d.end.byte.saturating_sub(d.line_start)).min(d.line_text.len());
            let (line, span) = shown_line(&d.line_text, in_line);
            let span = if span.is_empty() {
                // a point: one caret on the character there (or past the end)
                let next = line[span.start..].chars().next().map_or(0, char::len_utf8);
                span.start..span.start + next
            } else {
                span
            };
            let (line, span) = cut_line(&line, span, LINE_WIDTH, d.line_cut);
            let message = names::escape_text(&d.message);
            let related: Vec<String> = d
                .related
                .iter()
                .map(|(start, _, m)| {
                    format!(
                        "{name}:{}:{}: {}",
                        start.line,
                        start.column,
                        names::escape_text(m)
                    )
                })
                .collect();
            let fixes: Vec<String> = d
                .fixes
                .iter()
                .map(|(title, _)| format!("fix: {}", names::escape_text(title)))
                .collect();
            let mut msg = level.title(&message).id(d.code).snippet(
                Snippet::source(&line)
                    .line_start(d.start.line)
                    .annotation(Level::Error.span(span)),
            );
            for rel in &related {
                msg = msg.footer(Level::Note.title(rel));
            }
            for fix in &fixes {
                msg = msg.footer(Level::Help.title(fix));
            }
            // `--> path:line:column` with the column in the file's characters
            // (a byte-order mark not counted), not in the cut line
            let column = d.start.column
                - usize::from(
                    !d.line_cut.0
                        && d.line_text.starts_with('\u{feff}')
                        && d.start.byte > d.line_start,
                );
            let rendered = renderer.render(msg).to_string();
            let (title, body) = rendered.split_once('\n').unwrap_or((&rendered, ""));
            let pad = " ".repeat(d.start.line.to_string().len());
            let arrow = if color { "\x1b[1;34m-->\x1b[0m" } else { "-->" };
            let _ = writeln!(
                out,
                "{title}\n{pad}{arrow} {name}:{}:{column}\n{body}\n",
                d.start.line
            );
        }
    }
    if !quiet {
        summary(&mut out, reports);
    }
    out
}

/// Source lines wider than this many columns are cut around the finding.
const LINE_WIDTH: usize = 96;

/// A line wider than `limit` display columns (wide characters such as CJK
/// and emoji count two, combining marks none) cut to a window around the
/// span, with `...` where text was cut; the span moved to match. `cut`
/// says whether `line` is already a piece of a longer line, cut before
/// and after it (`...` there too).
fn cut_line(
    line: &str,
    span: std::ops::Range<usize>,
    limit: usize,
    cut: (bool, bool),
) -> (String, std::ops::Range<usize>) {
    use unicode_width::UnicodeWidthChar;
    let width = |s: &str| s.chars().map(|c| c.width().unwrap_or(0)).sum::<usize>();
    if cut == (false, false) && width(line) <= limit {
        return (line.to_string(), span);
    }
    let (a, b) = (width(&line[..span.start]), width(&line[..span.end]));
    let budget = limit.saturating_sub(6).max(10);
    let left = if b - a + 10 >= budget {
        a.saturating_sub(5)
    } else {
        a.saturating_sub((budget - (b - a)) / 2)
    };
    let total = width(line);
    let left = left.min(total.saturating_sub(budget));
    let right = left + budget;
    let mut out = String::new();
    let (mut start, mut end) = (None, None);
    let mut col = 0;
    let cut_left = left > 0 || cut.0;
    if cut_left {
        out.push_str("...");
    }
    let mut cut_right = false;
    for (i, c) in line.char_indices() {
        let w = c.width().unwrap_or(0);
        if i >= span.start && start.is_none() && col >= left {
            start = Some(out.len());
        }
        if i >= span.end && end.is_none() {
            end = Some(out.len());
        }
        if col >= left && col + w <= right {
            out.push(c);
        } else if col + w > right {
            cut_right = true;
            break;
        }
        col += w;
    }
    let start = start.unwrap_or(out.len());
    let end = end.unwrap_or(out.len()).max(start);
    if cut_right || cut.1 {
        out.push_str("...");
    }
    (out, start..end)
}

/// "2 warnings in 1 of 3 files." or "No findings in 3 files."
fn summary(out: &mut String, reports: &[FileReport]) {
    let mut counts = [0usize; 4];
    let mut files_with = 0;
    for r in reports {
        if !r.diagnostics.is_empty() {
            files_with += 1;
        }
        for d in &r.diagnostics {
            counts[d.severity as usize] += 1;
        }
    }
    let mut parts = Vec::new();
    for (sev, name) in [
        (3, "error"),
        (2, "warning"),
        (1, "information"),
        (0, "hint"),
    ] {
        let n = counts[sev];
        if n > 0 {
            let plural = if n == 1 || name == "information" {
                ""
            } else {
                "s"
            };
            parts.push(format!("{n} {name}{plural}"));
        }
    }
    if parts.is_empty() {
        let _ = writeln!(
            out,
            "No findings in {} file{}.",
            reports.len(),
            if reports.len() == 1 { "" } else { "s" }
        );
    } else {
        let _ = writeln!(
            out,
            "{} in {} of {} file{}.",
            parts.join(", "),
            files_with,
            reports.len(),
            if reports.len() == 1 { "" } else { "s" }
        );
    }
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFile<'a> {
    /// The name as UTF-8 (U+FFFD for bytes that are not UTF-8).
    path: std::borrow::Cow<'a, str>,
    /// The name's exact bytes, only when it is not UTF-8.
    #[serde(skip_serializing_if = "Option::is_none")]
    path_bytes: Option<&'a [u8]>,
    diagnostics: Vec<JsonDiagnostic<'a>>,
}

#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    byte_start: usize,
    byte_end: usize,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    related: Vec<JsonRelated<'a>>,
    fixes: Vec<JsonFix<'a>>,
}

#[derive(serde::Serialize)]
struct JsonRelated<'a> {
    byte_start: usize,
    byte_end: usize,
    line: usize,
    column: usize,
    message: &'a str,
}

#[derive(serde::Serialize)]
struct JsonFix<'a> {
    title: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(serde::Serialize)]
struct JsonEdit<'a> {
    byte_start: usize,
    byte_end: usize,
    new_text: &'a str,
}

fn json_report(reports: &[FileReport]) -> String {
    let files = reports
        .iter()
        .map(|r| JsonFile {
            path: r.lossy(),
            path_bytes: (!r.name_is_utf8()).then_some(r.name.as_slice()),
            diagnostics: r
                .diagnostics
                .iter()
                .map(|d| JsonDiagnostic {
                    code: d.code,
                    severity: d.severity.as_str(),
                    message: &d.message,
                    byte_start: d.start.byte,
                    byte_end: d.end.byte,
                    line: d.start.line,
                    column: d.start.column,
                    end_line: d.end.line,
                    end_column: d.end.column,
                    related: d
                        .related
                        .iter()
                        .map(|(s, e, m)| JsonRelated {
                            byte_start: s.byte,
                            byte_end: e.byte,
                            line: s.line,
                            column: s.column,
                            message: m,
                        })
                        .collect(),
                    fixes: d
                        .fixes
                        .iter()
                        .map(|(title, edits)| JsonFix {
                            title,
                            edits: edits
                                .iter()
                                .map(|(s, e, t)| JsonEdit {
                                    byte_start: *s,
                                    byte_end: *e,
                                    new_text: t,
                                })
                                .collect(),
                        })
                        .collect(),
                })
                .collect(),
        })
        .collect();
    let mut s = serde_json::to_string_pretty(&JsonReport { version: 1, files }).unwrap_or_default();
    s.push('\n');
    s
}

/// Workflow-command data: `%`, CR and LF as GitHub decodes them (`%25`,
/// `%0D`, `%0A`); any other control character as `%XX`, which GitHub shows
/// as typed, so no escape sequence reaches the log.
fn github_escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            c if c.is_control() && (c as u32) < 0x100 => {
                out.push_str(&format!("%{:02X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out
}

fn github_escape_property(s: &str) -> String {
    github_escape_data(s)
        .replace(':', "%3A")
        .replace(',', "%2C")
}

/// A file name for a workflow command: property escaping, with each byte
/// that is not UTF-8 as `%XX` (shown as typed, like the controls).
fn github_name(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.utf8_chunks() {
        out.push_str(&github_escape_property(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// GitHub Actions workflow commands: `::warning file=…,line=…::message`.
fn github(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        for d in &r.diagnostics {
            let level = match d.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Information | Severity::Hint => "notice",
            };
            let _ = writeln!(
                out,
                "::{level} file={},line={},col={},endLine={},endColumn={},title={}::{}",
                github_name(&r.name),
                d.start.line,
                d.start.column,
                d.end.line,
                d.end.column,
                github_escape_property(d.code),
                github_escape_data(&d.message)
            );
        }
    }
    out
}

/// FNV-1a, 64 bits: a hash that is the same on every platform and in
/// every version, for fingerprints that must not change between runs.
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for &b in part.iter().chain(&[0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    h
}

/// GitLab Code Quality: a JSON array of issues with a stable fingerprint.
/// The fingerprint is a hash of the rule, the path, the flagged text and
/// which occurrence of that text under that rule in the file this is, so
/// an edit elsewhere in the draft (a paragraph added above) keeps it.
fn gitlab(reports: &[FileReport]) -> String {
    let mut issues = Vec::new();
    for r in reports {
        let mut seen: std::collections::HashMap<(&str, &str), usize> = Default::default();
        // the exact name (JSON escapes its controls); \xNN for bytes that are not UTF-8
        let path = match std::str::from_utf8(&r.name) {
            Ok(s) => s.to_string(),
            Err(_) => names::escape_bytes(&r.name),
        };
        for d in &r.diagnostics {
            let severity = match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Information | Severity::Hint => "info",
            };
            let n = seen.entry((d.code, d.flagged.as_str())).or_default();
            *n += 1;
            let occurrence = n.to_string();
            let h = fnv1a(&[
                d.code.as_bytes(),
                &r.name,
                d.flagged.as_bytes(),
                occurrence.as_bytes(),
            ]);
            issues.push(json!({
                "description": d.message,
                "check_name": d.code,
                "fingerprint": format!("{h:016x}"),
                "severity": severity,
                "location": {
                    "path": path,
                    "positions": {
                        "begin": {"line": d.start.line, "column": d.start.column},
                        "end": {"line": d.end.line, "column": d.end.column},
                    },
                },
            }));
        }
    }
    let mut s = serde_json::to_string_pretty(&issues).unwrap_or_default();
    s.push('\n');
    s
}

/// SARIF 2.1.0, built on the typed structures of `serde-sarif`.
fn sarif(reports: &[FileReport]) -> String {
    use serde_sarif::sarif::{
        ArtifactChange, ArtifactContent, ArtifactLocation, Fix, Location, Message,
        MultiformatMessageString, PhysicalLocation, Region, Replacement, ReportingConfiguration,
        ReportingDescriptor, Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
    };
    let level_name = |s: Severity| match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information | Severity::Hint => "note",
    };
    let rules: Vec<ReportingDescriptor> = copydesk::rules::RULES
        .iter()
        .map(|r| {
            ReportingDescriptor::builder()
                .id(r.code)
                .name(r.code)
                .short_description(MultiformatMessageString::builder().text(r.summary).build())
                .full_description(
                    MultiformatMessageString::builder()
                        .text(r.explanation)
                        .build(),
                )
                .help(
                    MultiformatMessageString::builder()
                        .text(super::explain_text(r))
                        .build(),
                )
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(json!(level_name(r.severity)))
                        .build(),
                )
                .build()
        })
        .collect();
    let region = |s: &Position, e: &Position| {
        Region::builder()
            .start_line(s.line as i64)
            .start_column(s.column_utf16 as i64)
            .end_line(e.line as i64)
            .end_column(e.column_utf16 as i64)
            .byte_offset(s.byte as i64)
            .byte_length((e.byte - s.byte) as i64)
            .build()
    };
    let mut results = Vec::new();
    for r in reports {
        let artifact = || {
            ArtifactLocation::builder()
                .uri(names::uri_path(&r.name))
                .build()
        };
        for d in &r.diagnostics {
            let level = match d.severity {
                Severity::Error => ResultLevel::Error,
                Severity::Warning => ResultLevel::Warning,
                Severity::Information | Severity::Hint => ResultLevel::Note,
            };
            let location = Location::builder()
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(artifact())
                        .region(region(&d.start, &d.end))
                        .build(),
                )
                .build();
            let related: Vec<Location> = d
                .related
                .iter()
                .enumerate()
                .map(|(i, (s, e, m))| {
                    Location::builder()
                        .id(i as i64)
                        .message(Message::builder().text(m.clone()).build())
                        .physical_location(
                            PhysicalLocation::builder()
                                .artifact_location(artifact())
                                .region(region(s, e))
                                .build(),
                        )
                        .build()
                })
                .collect();
            let fixes: Vec<Fix> = d
                .fixes
                .iter()
                .map(|(title, edits)| {
                    let replacements: Vec<Replacement> = edits
                        .iter()
                        .map(|(s, e, t)| {
                            Replacement::builder()
                                .deleted_region(
                                    Region::builder()
                                        .byte_offset(*s as i64)
                                        .byte_length((e - s) as i64)
                                        .build(),
                                )
                                .inserted_content(
                                    ArtifactContent::builder().text(t.clone()).build(),
                                )
                                .build()
                        })
                        .collect();
                    Fix::builder()
                        .description(Message::builder().text(title.clone()).build())
                        .artifact_changes(vec![ArtifactChange::builder()
                            .artifact_location(artifact())
                            .replacements(replacements)
                            .build()])
                        .build()
                })
                .collect();
            let rule_index = copydesk::rules::RULES
                .iter()
                .position(|x| x.code == d.code)
                .unwrap_or(0);
            let mut result = SarifResult::builder()
                .rule_id(d.code)
                .rule_index(rule_index as i64)
                .level(level)
                .message(Message::builder().text(d.message.clone()).build())
                .locations(vec![location])
                .build();
            if !related.is_empty() {
                result.related_locations = Some(related);
            }
            if !fixes.is_empty() {
                result.fixes = Some(fixes);
            }
            results.push(result);
        }
    }
    let run = Run::builder()
        .tool(
            Tool::builder()
                .driver(
                    ToolComponent::builder()
                        .name("copydesk")
                        .version(env!("CARGO_PKG_VERSION"))
                        .rules(rules)
                        .build(),
                )
                .build(),
        )
        .results(results)
        .column_kind(json!("utf16CodeUnits"))
        .build();
    let log = Sarif::builder()
        .schema(serde_sarif::sarif::SCHEMA_URL)
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut s = serde_json::to_string_pretty(&log).unwrap_or_default();
    s.push('\n');
    s
}

pub fn quotes_json(reports: &[FileReport]) -> String {
    let files: Vec<Value> = reports
        .iter()
        .map(|r| {
            let quotes: Vec<Value> = r
                .quotes
                .iter()
                .map(|q| {
                    json!({
                        "byte_start": q.byte_start,
                        "byte_end": q.byte_end,
                        "line": q.line,
                        "text": q.text,
                        "kind": q.kind,
                        "speaker": q.speaker,
                        "speaker_byte_start": q.speaker_range.map(|r| r.0),
                        "speaker_byte_end": q.speaker_range.map(|r| r.1),
                        "cue": q.cue,
                        "reason": q.reason,
                    })
                })
                .collect();
            let mut file = json!({"path": r.lossy(), "quotes": quotes});
            if !r.name_is_utf8() {
                file["path_bytes"] = json!(r.name);
            }
            file
        })
        .collect();
    let mut s =
        serde_json::to_string_pretty(&json!({"version": 1, "files": files})).unwrap_or_default();
    s.push('\n');
    s
}

/// A source sheet: who is quoted, how often, with which words.
pub fn quotes_human(reports: &[FileReport]) -> String {
    let mut out = String::new();
    for r in reports {
        let _ = writeln!(out, "{}", r.shown());
        let mut speakers: Vec<(String, Vec<&super::QuoteReport>)> = Vec::new();
        let mut unattributed = Vec::new();
        let mut other = Vec::new();
        for q in &r.quotes {
            match (&q.speaker, q.kind) {
                (Some(s), _) => match speakers.iter_mut().find(|(n, _)| n == s) {
                    Some((_, list)) => list.push(q),
                    None => speakers.push((s.clone(), vec![q])),
                },
                (None, "speech") => unattributed.push(q),
                _ => other.push(q),
            }
        }
        if r.quotes.is_empty() {
            let _ = writeln!(out, "  no quotations\n");
            continue;
        }
        for (name, list) in &speakers {
            let _ = writeln!(
                out,
                "  {name} — {} quote{}",
                list.len(),
                if list.len() == 1 { "" } else { "s" }
            );
            for q in list {
                let cue = q
                    .cue
                    .as_deref()
                    .map(|c| format!(" ({c})"))
                    .unwrap_or_default();
                let _ = writeln!(out, "    line {}: “{}”{}", q.line, q.text, cue);
            }
        }
        if !unattributed.is_empty() {
            let _ = writeln!(out, "  NO SPEAKER — {}", unattributed.len());
            for q in unattributed {
                let _ = writeln!(out, "    line {}: “{}”", q.line, q.text);
            }
        }
        if !other.is_empty() {
            let _ = writeln!(out, "  titles and terms (not speech)");
            for q in other {
                let _ = writeln!(out, "    line {}: “{}” ({})", q.line, q.text, q.kind);
            }
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The human output's cut line, from the whole source line and from
    /// the piece of it a finding keeps, is the same.
    #[test]
    fn a_long_line_kept_in_part_shows_what_the_whole_line_shows() {
        let line = "Ruiz said “ja” 👩🏽‍🚀 e\u{301} 東京 שלום,\tok ".repeat(200);
        let text = format!("Title\n{line}\nend");
        let whole = 6..6 + line.len();
        let mut cut_before = false;
        for (i, _) in line.char_indices().step_by(13) {
            let at = whole.start + i;
            for chars in [1, 7, 300] {
                let end = text[at..]
                    .char_indices()
                    .nth(chars)
                    .map_or(text.len(), |(k, _)| at + k)
                    .min(whole.end);
                let full = {
                    let (l, s) =
                        shown_line(&text[whole.clone()], at - whole.start..end - whole.start);
                    cut_line(&l, s, LINE_WIDTH, (false, false))
                };
                let (kept, before, after) = super::super::snippet(&text, whole.clone(), at);
                cut_before |= before;
                assert!(kept.len() <= 4 * super::super::SNIPPET_REACH);
                let (l, s) = shown_line(
                    &text[kept.clone()],
                    at - kept.start..(end - kept.start).min(kept.len()),
                );
                assert_eq!(
                    cut_line(&l, s, LINE_WIDTH, (before, after)),
                    full,
                    "at {at}"
                );
            }
        }
        assert!(cut_before);
    }
}
