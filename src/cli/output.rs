//! Output formats: one function per format over the same reports.

use std::fmt::Write;

use copydesk::finding::Severity;
use serde_json::{json, Value};

use super::{FileReport, OutputFormat, Position};

pub fn render(format: OutputFormat, reports: &[FileReport], color: bool) -> String {
    match format {
        OutputFormat::Human => human(reports, color),
        OutputFormat::Json => json_report(reports),
        OutputFormat::Sarif => sarif(reports),
        OutputFormat::Github => github(reports),
        OutputFormat::Gitlab => gitlab(reports),
    }
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

/// rustc-style: the message, `--> path:line:col`, the source line and carets.
fn human(reports: &[FileReport], color: bool) -> String {
    let st = Style { on: color };
    let mut out = String::new();
    let mut counts = [0usize; 4];
    let mut files_with = 0;
    for r in reports {
        if !r.diagnostics.is_empty() {
            files_with += 1;
        }
        for d in &r.diagnostics {
            counts[d.severity as usize] += 1;
            let head = format!("{}[{}]", d.severity.as_str(), d.code);
            let _ = writeln!(
                out,
                "{}: {}",
                st.paint(severity_color(d.severity), &head),
                st.paint("1", &d.message)
            );
            let gutter = d.start.line.to_string().len();
            let pad = " ".repeat(gutter);
            let _ = writeln!(
                out,
                "{pad}{} {}:{}:{}",
                st.paint("1;34", "-->"),
                r.name,
                d.start.line,
                d.start.column
            );
            let _ = writeln!(out, "{pad} {}", st.paint("1;34", "|"));
            let line: String = d
                .line_text
                .chars()
                .map(|c| if c == '\t' { ' ' } else { c })
                .collect();
            let _ = writeln!(
                out,
                "{} {} {}",
                st.paint("1;34", &d.start.line.to_string()),
                st.paint("1;34", "|"),
                line
            );
            let line_chars = line.chars().count();
            let end_col = if d.end.line == d.start.line {
                d.end.column
            } else {
                line_chars + 1
            };
            let width = end_col.saturating_sub(d.start.column).max(1);
            let carets = format!("{}{}", " ".repeat(d.start.column - 1), "^".repeat(width));
            let _ = writeln!(
                out,
                "{pad} {} {}",
                st.paint("1;34", "|"),
                st.paint(severity_color(d.severity), &carets)
            );
            for (start, _, message) in &d.related {
                let _ = writeln!(
                    out,
                    "{pad} {} {}:{}:{}: {}",
                    st.paint("1;34", "="),
                    r.name,
                    start.line,
                    start.column,
                    message
                );
            }
            for (title, _) in &d.fixes {
                let _ = writeln!(out, "{pad} {} fix: {}", st.paint("1;34", "="), title);
            }
            out.push('\n');
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
    out
}

#[derive(serde::Serialize)]
struct JsonReport<'a> {
    version: u32,
    files: Vec<JsonFile<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFile<'a> {
    path: &'a str,
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
            path: &r.name,
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

fn github_escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn github_escape_property(s: &str) -> String {
    github_escape_data(s)
        .replace(':', "%3A")
        .replace(',', "%2C")
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
                github_escape_property(&r.name),
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

/// GitLab Code Quality: a JSON array of issues with a stable fingerprint.
fn gitlab(reports: &[FileReport]) -> String {
    use std::hash::{Hash, Hasher};
    let mut issues = Vec::new();
    for r in reports {
        for d in &r.diagnostics {
            let severity = match d.severity {
                Severity::Error => "major",
                Severity::Warning => "minor",
                Severity::Information | Severity::Hint => "info",
            };
            // Stable across runs: the rule, the file, and the flagged text's position.
            let mut h = rustc_hash::FxHasher::default();
            (d.code, &r.name, d.start.byte, d.end.byte, &d.message).hash(&mut h);
            issues.push(json!({
                "description": d.message,
                "check_name": d.code,
                "fingerprint": format!("{:016x}", h.finish()),
                "severity": severity,
                "location": {
                    "path": r.name,
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
        let artifact = || ArtifactLocation::builder().uri(uri_of(&r.name)).build();
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

/// A relative URI for a path as given (forward slashes, spaces escaped).
fn uri_of(name: &str) -> String {
    let mut s = String::new();
    for c in name.replace('\\', "/").chars() {
        match c {
            ' ' => s.push_str("%20"),
            '%' => s.push_str("%25"),
            '#' => s.push_str("%23"),
            '?' => s.push_str("%3F"),
            c => s.push(c),
        }
    }
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
            json!({"path": r.name, "quotes": quotes})
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
        let _ = writeln!(out, "{}", r.name);
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
