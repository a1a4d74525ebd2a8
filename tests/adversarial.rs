//! Drafts built to break things: each is analysed within a generous time
//! bound (precise timings are in BENCHMARKS.md) without a panic, and every
//! finding stays inside the text. The bounds are ten or more times the
//! measured times: far above noise, far below what a quadratic step costs
//! (one such step took 16 s on the 0.5 MB mixed-script draft).

use std::time::{Duration, Instant};

use copydesk::{analyze, Config, Format};

fn check(name: &str, text: &str, bound: Duration) {
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
