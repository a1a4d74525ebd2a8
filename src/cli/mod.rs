//! The command line: `copydesk check`, `quotes`, `rules`, `explain`.
//! Reads files, finds configs, runs the analysis core in parallel and hands
//! the results to an output format. No analysis happens here.

mod files;
mod output;

use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use copydesk::calendar::Date;
use copydesk::finding::Severity;
use copydesk::line_index::{Encoding, LineIndex};
use copydesk::{analyze, Config, Format};
use rayon::prelude::*;

pub use files::{find_config, load_config, read as read_draft};

/// Exit codes, as documented in the README.
pub const EXIT_CLEAN: u8 = 0;
pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_ERROR: u8 = 2;

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
    /// Files or folders to check; `-` reads standard input.
    #[arg(required = true)]
    paths: Vec<String>,
    /// The name to give standard input (its extension picks Markdown or text).
    #[arg(long)]
    stdin_filename: Option<String>,
    /// Use this config file instead of looking for copydesk.toml.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The date the drafts are written on (YYYY-MM-DD), for weekdays without a year.
    #[arg(long, value_parser = parse_date)]
    date: Option<Date>,
    /// Check only drafts that changed since this git ref (for pull requests on big archives).
    #[arg(long, value_name = "REF")]
    changed_since: Option<String>,
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
                eprintln!("copydesk: unknown rule `{rule}`; `copydesk rules` lists them");
                ExitCode::from(EXIT_ERROR)
            }
        },
    }
}

pub fn explain_text(r: &copydesk::rules::Rule) -> String {
    let indent = |s: &str| s.lines().map(|l| format!("    {l}\n")).collect::<String>();
    format!(
        "{code} (default: {sev})\n\n{summary}\n\n{expl}\n\nWrong:\n{wrong}\nRight:\n{right}\nSilence it in copydesk.toml:\n    [rules.{code}]\n    enabled = false\nor for one paragraph of a Markdown draft:\n    <!-- copydesk-ignore {code} -->\n",
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
    pub name: String,
    pub diagnostics: Vec<Diagnostic>,
    pub quotes: Vec<QuoteReport>,
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
    /// The source line the finding starts on, for human output.
    pub line_text: String,
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
pub fn report(name: &str, text: &str, config: &Config, with_quotes: bool) -> FileReport {
    let analysis = analyze(text, Format::from_path(name), config);
    let index = analysis.doc.line_index();
    let diagnostics = analysis
        .findings
        .iter()
        .map(|f| {
            let start = position(index, text, f.range.start);
            let line_range = index.line_range(text, start.line - 1);
            Diagnostic {
                code: f.code,
                severity: f.severity,
                message: f.message.clone(),
                end: position(index, text, f.range.end),
                line_text: text[line_range].to_string(),
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
                    line: index.position(text, r.start, Encoding::Char).0 + 1,
                    text: q.text(doc),
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
        name: name.to_string(),
        diagnostics,
        quotes,
    }
}

/// Reads inputs and analyses them in parallel; output order follows the
/// sorted input order. Problems with inputs are printed to stderr.
fn analyse_inputs(args: &InputArgs, with_quotes: bool) -> (Vec<FileReport>, bool) {
    let mut failed = false;
    let explicit_config = match &args.config {
        Some(path) => match load_config(path) {
            Ok(c) => Some(c),
            Err(e) => {
                eprintln!("copydesk: {e}");
                return (Vec::new(), true);
            }
        },
        None => None,
    };
    let mut stdin_text = None;
    let mut inputs = Vec::new();
    for p in &args.paths {
        if p == "-" {
            let mut buf = Vec::new();
            if let Err(e) = std::io::stdin().read_to_end(&mut buf) {
                eprintln!("copydesk: cannot read standard input: {e}");
                failed = true;
                continue;
            }
            let name = args
                .stdin_filename
                .clone()
                .unwrap_or_else(|| "<stdin>".to_string());
            match files::decode(&name, buf) {
                Ok(text) => stdin_text = Some((name, text)),
                Err(e) => {
                    eprintln!("copydesk: {e}");
                    failed = true;
                }
            }
            continue;
        }
        match files::collect(std::path::Path::new(p), explicit_config.as_ref()) {
            Ok((found, problems)) => {
                for problem in problems {
                    eprintln!("copydesk: {problem}");
                    failed = true;
                }
                inputs.extend(found);
            }
            Err(e) => {
                eprintln!("copydesk: {e}");
                failed = true;
            }
        }
    }
    inputs.sort();
    inputs.dedup();
    if let Some(reference) = &args.changed_since {
        match files::changed_since(reference) {
            Ok(changed) => inputs.retain(|p| p.canonicalize().is_ok_and(|c| changed.contains(&c))),
            Err(e) => {
                eprintln!("copydesk: {e}");
                return (Vec::new(), true);
            }
        }
    }
    let configs = files::ConfigCache::default();
    let date = args.date;
    let today = today();
    let results: Vec<Result<FileReport, String>> = inputs
        .par_iter()
        .map(|path| {
            let name = path.to_string_lossy().into_owned();
            let mut config = match &explicit_config {
                Some(c) => c.clone(),
                None => configs.for_file(path)?,
            };
            if date.is_some() {
                config.date = date;
            }
            config.today = today;
            let text = files::read(path)?;
            guarded(&name, || report(&name, &text, &config, with_quotes))
        })
        .collect();
    let mut reports = Vec::new();
    let mut errors = std::collections::BTreeSet::new();
    for r in results {
        match r {
            Ok(rep) => reports.push(rep),
            Err(e) => {
                if errors.insert(e.clone()) {
                    eprintln!("copydesk: {e}");
                }
                failed = true;
            }
        }
    }
    if let Some((name, text)) = stdin_text {
        let cwd = std::env::current_dir().unwrap_or_default();
        let mut config = match &explicit_config {
            Some(c) => Ok(c.clone()),
            None => configs.for_file(&cwd.join("stdin")),
        };
        if let Ok(c) = &mut config {
            if date.is_some() {
                c.date = date;
            }
            c.today = today;
        }
        match config {
            Ok(c) => match guarded(&name, || report(&name, &text, &c, with_quotes)) {
                Ok(r) => reports.push(r),
                Err(e) => {
                    eprintln!("copydesk: {e}");
                    failed = true;
                }
            },
            Err(e) => {
                eprintln!("copydesk: {e}");
                failed = true;
            }
        }
    }
    (reports, failed)
}

/// Today's date (UTC) from the system clock.
pub fn today() -> Option<Date> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .ok()?
        .as_secs();
    Some(Date::from_days_since_epoch((secs / 86_400) as i64))
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
    let (reports, failed) = analyse_inputs(&args.input, false);
    let color = match args.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
        }
    };
    if !print(&output::render(args.format, &reports, color)) {
        return ExitCode::from(EXIT_ERROR);
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Information => Some(Severity::Information),
        FailOn::Hint => Some(Severity::Hint),
        FailOn::Never => None,
    };
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

/// Writes to stdout; false when it cannot (a closed pipe).
fn print(text: &str) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|_| out.flush())
        .is_ok()
}

fn quotes(args: QuotesArgs) -> ExitCode {
    let (reports, failed) = analyse_inputs(&args.input, true);
    let text = match args.format {
        QuotesFormat::Json => output::quotes_json(&reports),
        QuotesFormat::Human => output::quotes_human(&reports),
    };
    if !print(&text) {
        return ExitCode::from(EXIT_ERROR);
    }
    ExitCode::from(if failed { EXIT_ERROR } else { EXIT_CLEAN })
}
