//! Drafts built to break things: each is analysed within a generous time
//! bound (precise timings are in BENCHMARKS.md) without a panic, and every
//! finding stays inside the text. The bounds are ten or more times the
//! measured times: far above noise, far below what a quadratic step costs
//! (one such step took 16 s on the 0.5 MB mixed-script draft).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use copydesk::{analyze, Config, Format};

/// Analyses `text` in both formats, each within `bound` on an idle machine.
/// On a loaded machine the bound stretches with the load: a prefix of one
/// twentieth of the draft is timed first, and a linear analysis of the whole
/// takes about twenty times as long, so up to sixty times is allowed (a
/// quadratic step would take four hundred times).
fn check(name: &str, text: &str, bound: Duration) {
    let mut cut = text.len() / 20;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let t0 = Instant::now();
    analyze(&text[..cut], Format::Plain, &Config::default());
    let bound = bound.max(t0.elapsed() * 60);
    for format in [Format::Plain, Format::Markdown] {
        let t0 = Instant::now();
        let a = analyze(text, format, &Config::default());
        let took = t0.elapsed();
        eprintln!("{name} ({format:?}): {} bytes in {took:?}", text.len());
        assert!(
            took < bound,
            "{name} ({format:?}) took {took:?}, over {bound:?}"
        );
        for f in &a.findings {
            assert!(
                f.range.end <= text.len()
                    && text.is_char_boundary(f.range.start)
                    && text.is_char_boundary(f.range.end)
            );
        }
    }
}

/// The binary under test; `COPYDESK_BIN` times another build (an older
/// one, to see these tests fail before their fix).
fn bin() -> PathBuf {
    std::env::var_os("COPYDESK_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_copydesk")))
}

/// The whole `copydesk check` of a draft saved as `file_name`, analysis
/// and report, in every output format, each run within `bound` (a run
/// still going then is stopped and fails the test). Returns the number of
/// findings in the JSON report.
fn check_whole(name: &str, file_name: &str, text: &str, bound: Duration) -> usize {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(file_name);
    std::fs::write(&path, text).unwrap();
    let mut findings = 0;
    for format in ["human", "json", "sarif", "github", "gitlab", "concise"] {
        let out = dir.path().join(format!("report.{format}"));
        let t0 = Instant::now();
        let mut child = Command::new(bin())
            .args([
                "check",
                "--fail-on",
                "never",
                "--format",
                format,
                "--output-file",
            ])
            .arg(&out)
            .arg(&path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("copydesk runs");
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if t0.elapsed() > bound {
                let _ = child.kill();
                let _ = child.wait();
                panic!("{name} (--format {format}) still running after {bound:?}");
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        let took = t0.elapsed();
        let size = std::fs::metadata(&out).map_or(0, |m| m.len());
        eprintln!(
            "{name} (--format {format}): {} bytes in {took:?}, report {size} bytes",
            text.len()
        );
        assert!(status.success(), "{name} (--format {format}): {status}");
        if format == "json" {
            let report = std::fs::read_to_string(&out).unwrap();
            findings = report.matches("\"code\":").count();
        }
    }
    findings
}

fn repeat_to(unit: &str, bytes: usize) -> String {
    let mut s = String::with_capacity(bytes + unit.len());
    while s.len() < bytes {
        s.push_str(unit);
    }
    s
}

const PARAGRAPH: &str = "Council chair Rosa Lund, 58, said the vote was “overdue and necessary,” and Lund's deputy, Omar Hale, agreed. The 410 jobs would last two years.\n\n";

#[test]
fn a_five_megabyte_draft() {
    check(
        "5 MB",
        &repeat_to(PARAGRAPH, 5_000_000),
        Duration::from_secs(10),
    );
}

#[test]
fn a_single_one_megabyte_line() {
    check(
        "1 MB line",
        &repeat_to("Lund said “yes” and Hale said no. ", 1_000_000),
        Duration::from_secs(5),
    );
}

#[test]
fn a_hundred_thousand_quotation_marks() {
    check(
        "quote marks",
        &repeat_to("“a” \" ‘ ’ « » ", 100_000 * 4),
        Duration::from_secs(5),
    );
    check(
        "unbalanced",
        &repeat_to("“", 100_000 * 3),
        Duration::from_secs(5),
    );
}

#[test]
fn fifty_thousand_names_one_edit_apart() {
    let mut text = String::new();
    let letters = "abcdefghijklmnopqrstuvwxyz";
    for i in 0..50_000usize {
        let a = letters.as_bytes()[i % 26] as char;
        let b = letters.as_bytes()[(i / 26) % 26] as char;
        let c = letters.as_bytes()[(i / 676) % 26] as char;
        text.push_str(&format!("Kal{a}{b}{c}s said so. "));
        if i % 20 == 19 {
            text.push_str("\n\n");
        }
    }
    check("names", &text, Duration::from_secs(10));
}

#[test]
fn deeply_nested_quotes_and_every_quote_character() {
    let mut nested = String::new();
    for _ in 0..20_000 {
        nested.push_str("“‘");
    }
    nested.push_str("deep");
    for _ in 0..20_000 {
        nested.push_str("’”");
    }
    check("nested", &nested, Duration::from_secs(5));
    let every = "“ ” ‘ ’ \" ' « » ‹ › „ “ ‚ ‘ 「 」 『 』 ";
    check(
        "every mark",
        &repeat_to(every, 200_000),
        Duration::from_secs(5),
    );
}

#[test]
fn nul_bytes_scripts_emoji_and_combining_marks() {
    check(
        "NUL",
        &repeat_to("Lund\0said “yes\0”.\0\n", 200_000),
        Duration::from_secs(5),
    );
    let mixed =
        "שלום “עולם” said Lund. مرحبا «بالعالم» 👩🏽‍🚀 e\u{301}\u{302}\u{303} Ha\u{308}le said “no”. ";
    check(
        "scripts",
        &repeat_to(mixed, 500_000),
        Duration::from_secs(5),
    );
}

#[test]
fn every_kind_of_line_ending() {
    check(
        "CRLF",
        &repeat_to("Lund said “yes.”\r\n\r\nHale said no.\r\n", 300_000),
        Duration::from_secs(5),
    );
    check(
        "CR",
        &repeat_to("Lund said “yes.”\r\rHale said no.\r", 300_000),
        Duration::from_secs(5),
    );
    check(
        "mixed",
        &repeat_to("Lund said “yes.”\r\n\nHale\rsaid no.\n\r\n", 300_000),
        Duration::from_secs(5),
    );
}

/// A long interview: every answer "“…,” he said." while the only person
/// named is a woman, so that no pronoun finds whom it stands for and each
/// looks back as far as it may (once: through every earlier name).
#[test]
fn a_long_interview_whose_pronoun_agrees_with_nobody() {
    let mut text = String::from("Mayor Ana Ruiz met reporters at the pier on Monday.\n\n");
    let mut n = 0;
    while text.len() < 500_000 {
        text.push_str(&format!(
            "“We will rebuild the pier, section {n},” he said. Ruiz nodded.\n\n"
        ));
        n += 1;
    }
    check_whole("interview", "interview.txt", &text, Duration::from_secs(8));
}

/// 16,000 short interview paragraphs, answers credited in turn to a
/// named woman and to "he".
#[test]
fn sixteen_thousand_short_interview_paragraphs() {
    let mut text = String::from("Mayor Ana Ruiz met reporters.\n\n");
    for i in 0..16_000 {
        if i % 2 == 1 {
            text.push_str(&format!("“We will fix it {i},” he said.\n\n"));
        } else {
            text.push_str(&format!("“Not yet {i},” said Ruiz.\n\n"));
        }
    }
    check_whole(
        "short paragraphs",
        "short.md",
        &text,
        Duration::from_secs(8),
    );
}

/// One line with tens of thousands of findings: every report format
/// places each without counting its column from the line's start or
/// copying the line.
#[test]
fn one_long_line_with_many_findings() {
    let text = repeat_to("“The cars went nowhere today at all.” ", 1_000_000);
    let findings = check_whole("long line", "line.txt", &text, Duration::from_secs(15));
    assert!(findings > 20_000, "{findings} findings");
}

/// 24,000 ignore comments, each silencing the finding in its paragraph.
#[test]
fn many_ignore_comments() {
    let mut text = String::new();
    for i in 0..24_000 {
        text.push_str(&format!(
            "<!-- copydesk-ignore unattributed-quote -->\n“The cars went nowhere {i}.”\n\n"
        ));
    }
    let findings = check_whole("ignores", "ignores.md", &text, Duration::from_secs(8));
    assert_eq!(findings, 0);
}
