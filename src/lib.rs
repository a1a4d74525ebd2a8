//! copydesk's analysis core: the text of a draft in, findings out.
//!
//! Pure and synchronous: no I/O, no async, no LSP or CLI types. The adapters
//! (`copydesk check`, `copydesk lsp`) call [`analyze`] and convert what it
//! returns at their edge.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod calendar;
pub mod checks;
pub mod config;
mod data;
pub mod document;
pub mod finding;
pub mod line_index;
pub mod number_words;
pub mod rules;

use checks::names::Names;
use checks::quotes::Quote;
pub use config::Config;
pub use document::{Document, Format};
pub use finding::{Finding, Severity};

/// Everything copydesk learned about one draft.
#[derive(Debug)]
pub struct Analysis<'a> {
    pub doc: Document<'a>,
    pub quotes: Vec<Quote>,
    pub names: Names,
    /// Findings in source order, after config and inline ignores.
    pub findings: Vec<Finding>,
}

/// Runs every check on a draft.
pub fn analyze<'a>(source: &'a str, format: Format, config: &Config) -> Analysis<'a> {
    let doc = Document::parse(source, format);
    let (mut quotes, strays) = checks::quotes::extract(&doc);
    // The draft's lower-case words, shared by the names model and spelling.
    let lower = std::cell::OnceCell::new();
    let names = checks::names::analyse_with(&doc, &lower);
    let verbs = checks::attribution::SpeechVerbs::new(&config.speech_verbs);
    checks::attribution::attribute(&doc, &names, &verbs, &mut quotes);

    let mut findings = Vec::new();
    checks::unattributed::check(&doc, &quotes, &strays, &mut findings);
    checks::spelling::check(&doc, &names, &lower, &config.preferred_names, &mut findings);
    checks::spelling::first_reference(&doc, &names, &mut findings);
    let reference = checks::claims::Reference {
        configured: config.date,
        today: config.today,
    };
    checks::claims::check(&doc, &names, &quotes, reference, &mut findings);

    let mut used = vec![false; doc.ignores.len()];
    findings.retain(|f| {
        if !config.enabled(f.code) {
            return false;
        }
        let at = doc.to_prose(f.range.start).unwrap_or(usize::MAX);
        let mut silenced = false;
        for i in doc.ignores_at(f.code, at) {
            used[i] = true;
            silenced = true;
        }
        !silenced
    });
    findings.extend(ignore_comment_findings(&doc, &used, config));
    for f in &mut findings {
        f.severity = config.severity(f.code);
    }
    findings.sort_by(|a, b| {
        (a.range.start, a.range.end, a.code).cmp(&(b.range.start, b.range.end, b.code))
    });
    Analysis {
        doc,
        quotes,
        names,
        findings,
    }
}

/// Inline ignore comments that do nothing: a rule name that is no rule
/// (`unknown-ignore`, with the nearest rule's name), and an ignore that
/// silenced no finding (`unused-ignore`). A comment for a rule the config
/// turns off is not called unused.
fn ignore_comment_findings(doc: &Document, used: &[bool], config: &Config) -> Vec<Finding> {
    let mut out = Vec::new();
    for (span, name) in &doc.unknown_rules {
        let hint = match rules::suggest(name) {
            Some(s) => format!("did you mean “{s}”?"),
            None => "`copydesk rules` lists the rules.".to_string(),
        };
        out.push(Finding::new(
            "unknown-ignore",
            span.clone(),
            format!("“{name}” is not a rule, so this comment silences nothing; {hint}"),
        ));
    }
    for (ig, used) in doc.ignores.iter().zip(used) {
        let rule = ig.rule.as_deref();
        if *used || rule == Some("unused-ignore") || rule.is_some_and(|r| !config.enabled(r)) {
            continue;
        }
        let what = match rule {
            Some(r) => format!("no {r} finding"),
            None => "no finding".to_string(),
        };
        let place = if ig.range.is_none() {
            "this draft"
        } else {
            "the text it covers"
        };
        out.push(Finding::new(
            "unused-ignore",
            ig.comment.clone(),
            format!("This ignore comment silences nothing: there is {what} in {place}. Remove it so it cannot hide a later one."),
        ));
    }
    out.retain(|f| {
        config.enabled(f.code)
            && !doc.is_ignored(f.code, doc.to_prose(f.range.start).unwrap_or(usize::MAX))
    });
    out
}
