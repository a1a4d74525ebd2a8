//! The command line: `copydesk check`, `quotes`, `rules`, `explain`.
//! Takes its files and configs from the workspace layer, runs the analysis
//! core in parallel and hands the results to an output format. No analysis
//! happens here.

mod fix;
mod output;

use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use copydesk::calendar::Date;
use copydesk::finding::Severity;
use copydesk::line_index::{Encoding, LineIndex};
use copydesk::{analyze, Config, Format};
use rayon::prelude::*;

use crate::workspace::{self, names, Workspace};

pub use crate::workspace::{EXIT_CLEAN, EXIT_ERROR, EXIT_FINDINGS};

#[derive(Parser)]
#[command(
    name = "copydesk",
    version,
    about = "A copy editor's first read of a news draft: unattributed quotes, conflicting claims, inconsistent name spellings."
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check drafts and report findings.
    Check(CheckArgs),
    /// List every quotation with its kind and speaker (a source sheet).
    Quotes(QuotesArgs),
    /// List every rule with its default severity.
    Rules,
    /// Print a rule's documentation with a wrong and a right example.
    Explain {
        /// The rule code, e.g. unattributed-quote.
        rule: String,
    },
    /// Run the language server over stdio.
    Lsp,
}

#[derive(clap::Args)]
struct InputArgs {
    /// Files or folders to check (default: the current folder); `-` reads standard input.
    paths: Vec<PathBuf>,
    /// The name to give standard input: its extension picks Markdown or text, and its
    /// folder the copydesk.toml that applies.
    #[arg(long)]
    stdin_filename: Option<PathBuf>,
    /// Use this config file instead of looking for copydesk.toml.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The date the drafts are written on (YYYY-MM-DD), for weekdays without a year.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Check only drafts that changed since this git ref (for pull requests on big archives).
    #[arg(long, value_name = "REF")]
    changed_since: Option<String>,
    /// Apply the config's `[files] exclude` to files named on the command line too.
    #[arg(long)]
    force_exclude: bool,
    /// Refuse drafts and configs larger than this (bytes, or with KB, MB, GB) [default: 64MB for drafts, 4MB for copydesk.toml].
    #[arg(long, value_name = "SIZE", value_parser = workspace::parse_size)]
    max_file_size: Option<u64>,
    /// Run only these rules (comma-separated codes); the command line wins over the config.
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    select: Vec<String>,
    /// Do not run these rules (comma-separated codes).
    #[arg(long, value_delimiter = ',', value_name = "CODES")]
    ignore: Vec<String>,
}

#[derive(clap::Args)]
struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
    /// Exit with 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Warning)]
    fail_on: FailOn,
    /// Colour in human output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// Print the findings and nothing else (no summary line).
    #[arg(short, long)]
    quiet: bool,
    /// Print how many findings each rule raised instead of the findings.
    #[arg(long, conflicts_with_all = ["format", "diff"])]
    statistics: bool,
    /// Write the report to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output_file: Option<PathBuf>,
    /// Apply the safe fixes (name spellings) to the drafts in place, then report what remains.
    #[arg(long, conflicts_with = "diff")]
    fix: bool,
    /// Show the safe fixes as a unified diff without writing anything.
    #[arg(long, conflicts_with = "format")]
    diff: bool,
}

#[derive(clap::Args)]
struct QuotesArgs {
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, value_enum, default_value_t = QuotesFormat::Human)]
    format: QuotesFormat,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum OutputFormat {
    Human,
    Json,
    Sarif,
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// One line per finding: `path:line:column: severity[code] message`.
    Concise,
}

#[derive(Clone, Copy, ValueEnum)]
enum QuotesFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Information,
    Hint,
    Never,
}

#[derive(Clone, Copy, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse_iso(s).ok_or_else(|| format!("`{s}` is not a date: write it as YYYY-MM-DD"))
}

pub fn run(cli: Cli) -> ExitCode {
    // Internal errors are reported per file by `guarded`; keep stderr to one line each.
    if !matches!(cli.command, Command::Lsp) {
        std::panic::set_hook(Box::new(|_| {}));
    }
    match cli.command {
        Command::Check(args) => check(args),
        Command::Quotes(args) => quotes(args),
        Command::Rules => {
            let mut out = std::io::stdout().lock();
            for r in copydesk::rules::RULES {
                let _ = writeln!(
                    out,
                    "{:<22} {:<12} {}",
                    r.code,
                    r.severity.as_str(),
                    r.summary
                );
            }
            ExitCode::from(EXIT_CLEAN)
        }
        Command::Lsp => crate::lsp::run(),
        Command::Explain { rule } => match copydesk::rules::find(&rule) {
            Some(r) => {
                let _ = write!(std::io::stdout().lock(), "{}", explain_text(r));
                ExitCode::from(EXIT_CLEAN)
            }
            None => {
                error(&copydesk::rules::unknown(&rule));
                ExitCode::from(EXIT_ERROR)
            }
        },
    }
}

pub fn explain_text(r: &copydesk::rules::Rule) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    format!(
        "{code} (default: {sev})\n\n{summary}\n\n{expl}\n\nWrong:\n{wrong}\nRight:\n{right}\nSilence it in copydesk.toml:\n    [rules.{code}]\n    enabled = false\nor for one paragraph of a draft:\n    <!-- copydesk-ignore {code} -->     (Markdown)\n    [[copydesk-ignore {code}]]         (plain text, a line of its own)\n",
        code = r.code,
        sev = r.severity.as_str(),
        summary = r.summary,
        expl = r.explanation,
        wrong = indent(r.wrong),
        right = indent(r.right),
    )
}

/// A draft read and analysed; what the output formats need.
pub struct FileReport {
    /// The file's name as given, exactly (a path's bytes, or `--stdin-filename`).
    pub name: Vec<u8>,
    pub diagnostics: Vec<Diagnostic>,
    pub quotes: Vec<QuoteReport>,
    /// The file on disk, the text analysed and its config, kept for
    /// `--fix` and `--diff`.
    pub source: Option<Source>,
}

pub struct Source {
    pub path: PathBuf,
    pub text: String,
    pub config: Config,
}

impl FileReport {
    /// The name for a terminal: controls and bytes that are not UTF-8 escaped.
    pub fn shown(&self) -> String {
        names::escape_bytes(&self.name)
    }

    /// The name as UTF-8 text, with U+FFFD for bytes that are not UTF-8.
    pub fn lossy(&self) -> std::borrow::Cow<'_, str> {
        String::from_utf8_lossy(&self.name)
    }

    /// Whether the name is not UTF-8 (and so needs `path_bytes` in JSON).
    pub fn name_is_utf8(&self) -> bool {
        std::str::from_utf8(&self.name).is_ok()
    }
}

pub struct Position {
    pub byte: usize,
    /// 1-based.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    /// 1-based, in UTF-16 code units (SARIF).
    pub column_utf16: usize,
}

pub struct Diagnostic {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub start: Position,
    pub end: Position,
    /// The source line the finding starts on, for human output, and the
    /// byte offset it starts at. A long line is kept only around the
    /// finding (`SNIPPET_REACH` bytes either side of its start), so that
    /// many findings on one long line do not each copy all of it;
    /// `line_cut` says whether the line goes on before and after that.
    pub line_text: String,
    pub line_start: usize,
    pub line_cut: (bool, bool),
    /// The flagged text itself.
    pub flagged: String,
    pub related: Vec<(Position, Position, String)>,
    pub fixes: Vec<FixReport>,
}

/// A fix's title and its edits as (byte start, byte end, new text).
pub type FixReport = (String, Vec<(usize, usize, String)>);

pub struct QuoteReport {
    pub byte_start: usize,
    pub byte_end: usize,
    pub line: usize,
    pub text: String,
    pub kind: &'static str,
    pub speaker: Option<String>,
    pub speaker_range: Option<(usize, usize)>,
    pub cue: Option<String>,
    pub reason: String,
}

/// How much of a long source line a finding keeps either side of its start,
/// in bytes: more than the human output's cut line shows (96 columns).
const SNIPPET_REACH: usize = 512;

/// The part of `line` (a byte range of `text`) kept for a finding that
/// starts at byte `at`, and whether the line was cut before and after it.
fn snippet(
    text: &str,
    line: std::ops::Range<usize>,
    at: usize,
) -> (std::ops::Range<usize>, bool, bool) {
    if line.len() <= 4 * SNIPPET_REACH {
        return (line, false, false);
    }
    let mut start = at.saturating_sub(SNIPPET_REACH).max(line.start);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = at.saturating_add(SNIPPET_REACH).min(line.end);
    while !text.is_char_boundary(end) {
        end += 1;
    }
    (start..end, start > line.start, end < line.end)
}

fn position(index: &LineIndex, text: &str, byte: usize) -> Position {
    let (line, column) = index.position(text, byte, Encoding::Char);
    let (_, col16) = index.position(text, byte, Encoding::Utf16);
    Position {
        byte,
        line: line + 1,
        column: column + 1,
        column_utf16: col16 + 1,
    }
}

/// Analyses one draft's text into a report.
pub fn report(name: &Path, text: &str, config: &Config, with_quotes: bool) -> FileReport {
    let analysis = analyze(text, Format::from_path(&name.to_string_lossy()), config);
    let index = analysis.doc.line_index();
    let diagnostics = analysis
        .findings
        .iter()
        .map(|f| {
            let start = position(index, text, f.range.start);
            let line_range = index.line_range(text, start.line - 1);
            let (shown, cut_before, cut_after) = snippet(text, line_range, start.byte);
            Diagnostic {
                code: f.code,
                severity: f.severity,
                message: f.message.clone(),
                end: position(index, text, f.range.end),
                line_start: shown.start,
                line_text: text[shown].to_string(),
                line_cut: (cut_before, cut_after),
                flagged: text.get(f.range.clone()).unwrap_or_default().to_string(),
                start,
                related: f
                    .related
                    .iter()
                    .map(|r| {
                        (
                            position(index, text, r.range.start),
                            position(index, text, r.range.end),
                            r.message.clone(),
                        )
                    })
                    .collect(),
                fixes: f
                    .fixes
                    .iter()
                    .map(|fix| {
                        (
                            fix.title.clone(),
                            fix.edits
                                .iter()
                                .map(|e| (e.range.start, e.range.end, e.new_text.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            }
        })
        .collect();
    let quotes = if with_quotes {
        let doc = &analysis.doc;
        analysis
            .quotes
            .iter()
            .filter(|q| !q.in_heading)
            .map(|q| {
                let r = doc.to_source(q.range.clone());
                QuoteReport {
                    byte_start: r.start,
                    byte_end: r.end,
                    line: index.line_of(r.start) + 1,
                    text: q.text(doc).into_owned(),
                    kind: q.kind.as_str(),
                    speaker: q.speaker.as_ref().map(|s| s.name.clone()),
                    speaker_range: q.speaker.as_ref().map(|s| {
                        let r = doc.to_source(s.mention.clone());
                        (r.start, r.end)
                    }),
                    cue: q.cue.as_ref().map(|c| c.text.clone()),
                    reason: q.reason.clone(),
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    FileReport {
        name: names::bytes_of(name),
        diagnostics,
        quotes,
        source: None,
    }
}

/// Prints an error on standard error, one line, with control characters
/// made visible.
fn error(message: &str) {
    eprintln!("copydesk: {}", names::escape_text(message));
}

/// What was asked of the inputs, beyond the paths.
struct Inputs<'a> {
    args: &'a InputArgs,
    with_quotes: bool,
    keep_text: bool,
}

/// Rule codes from `--select` and `--ignore`, checked.
fn rule_codes(codes: &[String]) -> Result<Vec<String>, String> {
    codes
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .map(|c| match copydesk::rules::find(c) {
            Some(r) => Ok(r.code.to_string()),
            None => Err(copydesk::rules::unknown(c)),
        })
        .collect()
}

/// Reads inputs and analyses them in parallel; output order follows the
/// sorted input order. Problems with inputs are printed to stderr.
fn analyse_inputs(inputs: Inputs) -> (Vec<FileReport>, bool) {
    let args = inputs.args;
    let mut failed = false;
    let (select, ignore) = match (rule_codes(&args.select), rule_codes(&args.ignore)) {
        (Ok(s), Ok(i)) => (s, i),
        (Err(e), _) | (_, Err(e)) => {
            error(&e);
            return (Vec::new(), true);
        }
    };
    let stdin_count = args.paths.iter().filter(|p| p.as_os_str() == "-").count();
    if stdin_count > 1 {
        error("`-` (standard input) is named more than once; it can be read only once");
        return (Vec::new(), true);
    }
    let max_draft = args.max_file_size.unwrap_or(workspace::DEFAULT_MAX_DRAFT);
    let max_config = args.max_file_size.unwrap_or(workspace::MAX_CONFIG);
    let ws = match Workspace::with_max_config(args.config.as_deref(), max_config) {
        Ok(w) => w,
        Err(e) => {
            error(&e);
            return (Vec::new(), true);
        }
    };
    let default_paths = [PathBuf::from(".")];
    let paths: &[PathBuf] = if args.paths.is_empty() {
        &default_paths
    } else {
        &args.paths
    };
    let mut stdin_text = None;
    let mut found = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            let mut buf = Vec::new();
            let limit = max_draft;
            if let Err(e) = std::io::stdin().take(limit + 1).read_to_end(&mut buf) {
                error(&format!("cannot read standard input: {e}"));
                failed = true;
                continue;
            }
            if buf.len() as u64 > limit {
                error(&format!(
                    "standard input: larger than the limit of {} (see --max-file-size), not read",
                    workspace::size_in_words(limit)
                ));
                failed = true;
                continue;
            }
            let name = args
                .stdin_filename
                .clone()
                .unwrap_or_else(|| PathBuf::from("<stdin>"));
            match workspace::decode(&names::shown(&name), buf) {
                Ok(text) => stdin_text = Some((name, text)),
                Err(e) => {
                    error(&e);
                    failed = true;
                }
            }
            continue;
        }
        match ws.collect(p, args.force_exclude) {
            Ok((files, problems)) => {
                for problem in problems {
                    error(&problem);
                    failed = true;
                }
                found.extend(files);
            }
            Err(e) => {
                error(&e);
                failed = true;
            }
        }
    }
    found.sort();
    found.dedup();
    if let Some(reference) = &args.changed_since {
        match changed_files(paths, reference) {
            Ok(changed) => found.retain(|p| p.canonicalize().is_ok_and(|c| changed.contains(&c))),
            Err(e) => {
                error(&e);
                return (Vec::new(), true);
            }
        }
    }
    let date = args.date;
    let today = workspace::today();
    let settle = |mut config: Config| {
        if date.is_some() {
            config.date = date;
        }
        config.today = today;
        for code in &ignore {
            config.rules.entry(code.clone()).or_default().enabled = Some(false);
        }
        if !select.is_empty() {
            for r in copydesk::rules::RULES {
                if !select.iter().any(|c| c == r.code) {
                    config.rules.entry(r.code.to_string()).or_default().enabled = Some(false);
                }
            }
        }
        config
    };
    let results: Vec<Result<FileReport, String>> = found
        .par_iter()
        .map(|path| {
            let config = settle(ws.config_for(path)?);
            let text = workspace::read_limited(path, max_draft)?;
            let mut rep = guarded(&names::shown(path), || {
                report(path, &text, &config, inputs.with_quotes)
            })?;
            if inputs.keep_text {
                rep.source = Some(Source {
                    path: path.clone(),
                    text,
                    config,
                });
            }
            Ok(rep)
        })
        .collect();
    let mut reports = Vec::new();
    let mut errors = std::collections::BTreeSet::new();
    for r in results {
        match r {
            Ok(rep) => reports.push(rep),
            Err(e) => {
                if errors.insert(e.clone()) {
                    error(&e);
                }
                failed = true;
            }
        }
    }
    if let Some((name, text)) = stdin_text {
        // the config that applies where the named file would be
        let at = match &args.stdin_filename {
            Some(n) => workspace::absolute(n),
            None => workspace::absolute(Path::new("stdin")),
        };
        let applied = ws.applied(&at);
        match applied {
            Ok(a) if args.force_exclude && args.stdin_filename.is_some() && a.excludes(&at) => {}
            Ok(a) => {
                let c = settle(a.config.clone());
                match guarded(&names::shown(&name), || {
                    report(&name, &text, &c, inputs.with_quotes)
                }) {
                    Ok(r) => reports.push(r),
                    Err(e) => {
                        error(&e);
                        failed = true;
                    }
                }
            }
            Err(e) => {
                error(&e);
                failed = true;
            }
        }
    }
    (reports, failed)
}

/// The files changed since a ref in each repository the paths are in; git
/// runs in the checked folder, not the current one.
fn changed_files(
    paths: &[PathBuf],
    reference: &str,
) -> Result<std::collections::HashSet<PathBuf>, String> {
    workspace::git::check_ref(reference)?;
    let mut changed = std::collections::HashSet::new();
    let mut asked = std::collections::HashSet::new();
    for p in paths.iter().filter(|p| p.as_os_str() != "-") {
        let dir = if p.is_dir() {
            p.clone()
        } else {
            match p.parent() {
                Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
                _ => PathBuf::from("."),
            }
        };
        if asked.insert(dir.clone()) {
            changed.extend(workspace::git::changed_since(&dir, reference)?);
        }
    }
    Ok(changed)
}

/// Runs one file's analysis so that a bug in it costs that file, not the run.
fn guarded(name: &str, f: impl FnOnce() -> FileReport) -> Result<FileReport, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|e| {
        let what = e
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        format!("{name}: internal error, file not checked (please report it): {what}")
    })
}

fn check(args: CheckArgs) -> ExitCode {
    let (mut reports, mut failed) = analyse_inputs(Inputs {
        args: &args.input,
        with_quotes: false,
        keep_text: args.fix || args.diff,
    });
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            args.output_file.is_none()
                && std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none()
        }
    };
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Information => Some(Severity::Information),
        FailOn::Hint => Some(Severity::Hint),
        FailOn::Never => None,
    };
    if args.diff {
        let (text, changed, errors) = fix::diff(&reports);
        for e in &errors {
            error(e);
        }
        if let Err(e) = emit(&text, args.output_file.as_deref()) {
            error(&e);
            return ExitCode::from(EXIT_ERROR);
        }
        return ExitCode::from(if failed || !errors.is_empty() {
            EXIT_ERROR
        } else if changed {
            EXIT_FINDINGS
        } else {
            EXIT_CLEAN
        });
    }
    let mut fixed = 0;
    if args.fix {
        let outcome = fix::apply(&mut reports);
        fixed = outcome.fixed;
        for e in &outcome.errors {
            error(e);
            failed = true;
        }
    }
    let nothing_read = failed && reports.is_empty();
    let mut text = if args.statistics {
        output::statistics(&reports)
    } else if nothing_read && matches!(args.format, OutputFormat::Human | OutputFormat::Concise) {
        // an input error, and no file to report on: stdout stays empty
        String::new()
    } else {
        output::render(args.format, &reports, color, args.quiet)
    };
    if args.fix && !args.quiet && fixed > 0 {
        let line = format!(
            "Fixed {fixed} finding{}.\n",
            if fixed == 1 { "" } else { "s" }
        );
        if matches!(args.format, OutputFormat::Human | OutputFormat::Concise) || args.statistics {
            text.push_str(&line);
        } else {
            eprint!("copydesk: {line}");
        }
    }
    if let Err(e) = emit(&text, args.output_file.as_deref()) {
        error(&e);
        return ExitCode::from(EXIT_ERROR);
    }
    if failed {
        return ExitCode::from(EXIT_ERROR);
    }
    let hit = threshold.is_some_and(|t| {
        reports
            .iter()
            .flat_map(|r| &r.diagnostics)
            .any(|d| d.severity >= t)
    });
    ExitCode::from(if hit { EXIT_FINDINGS } else { EXIT_CLEAN })
}

/// Writes the report to a file or standard output. A closed output pipe
/// (`copydesk check | head`) is no error: the reader has all it wants, so
/// writing stops quietly and the exit code is the one the findings give.
fn emit(text: &str, file: Option<&Path>) -> Result<(), String> {
    if let Some(path) = file {
        return std::fs::write(path, text)
            .map_err(|e| format!("{}: cannot write the report: {e}", names::shown(path)));
    }
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if closed_output(&e) => Ok(()),
        Err(e) => Err(format!("cannot write to standard output: {e}")),
    }
}

/// A pipe whose reader has gone, or a standard output closed outright
/// (`>&-`): nobody is reading, which is not a problem with the drafts.
fn closed_output(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    if e.raw_os_error() == Some(libc::EBADF) {
        return true;
    }
    e.kind() == std::io::ErrorKind::BrokenPipe
}

fn quotes(args: QuotesArgs) -> ExitCode {
    let (reports, failed) = analyse_inputs(Inputs {
        args: &args.input,
        with_quotes: true,
        keep_text: false,
    });
    let text = match args.format {
        QuotesFormat::Json => output::quotes_json(&reports),
        QuotesFormat::Human => output::quotes_human(&reports),
    };
    if let Err(e) = emit(&text, None) {
        error(&e);
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::from(if failed { EXIT_ERROR } else { EXIT_CLEAN })
}
