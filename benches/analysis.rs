//! Per-document analysis time with every check on.
//!
//! `cargo bench --bench analysis` reports the median and spread for a
//! 1,500-word and a 10,000-word draft, and for drafts from 10 KB to 5 MB
//! (time should grow in proportion to size). The drafts are built from the
//! project's own sample draft, with names and numbers varied so that the
//! checks have work to do.

use copydesk::{analyze, Config, Format};

#[path = "support/dense_draft.rs"]
mod dense_draft;
use dense_draft::draft;

fn main() {
    divan::main();
}

#[divan::bench(args = [1_500, 10_000])]
fn words(bencher: divan::Bencher, n: usize) {
    let text = draft(n);
    let config = Config::default();
    bencher.bench(|| {
        analyze(divan::black_box(&text), Format::Markdown, &config)
            .findings
            .len()
    });
}

#[divan::bench(args = [10_000, 100_000, 1_000_000, 5_000_000], sample_count = 10)]
fn bytes(bencher: divan::Bencher, n: usize) {
    let mut text = draft(n / 5);
    while text.len() < n {
        text.push_str(&draft(2_000));
    }
    let config = Config::default();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| {
            analyze(divan::black_box(&text), Format::Markdown, &config)
                .findings
                .len()
        });
}

/// A draft naming `n` distinct people, each twice: name spellings are
/// looked up by key, so time grows with the names, not their square.
#[divan::bench(args = [1_000, 5_000])]
fn distinct_names(bencher: divan::Bencher, n: usize) {
    const SYLLABLES: [&str; 12] = [
        "ka", "lo", "mi", "ren", "tas", "vo", "zu", "bri", "dan", "gel", "hor", "pek",
    ];
    let mut text = String::from("Headline\n\n");
    for i in 0..n {
        let parts = [i % 12, (i / 12) % 12, (i / 144) % 12, (i / 1728) % 12];
        let surname: String = parts.iter().map(|&k| SYLLABLES[k]).collect();
        let surname = surname[..1].to_uppercase() + &surname[1..];
        text.push_str(&format!("Ana {surname} spoke. Later {surname} left. "));
    }
    let config = Config::default();
    bencher.bench(|| {
        analyze(divan::black_box(&text), Format::Plain, &config)
            .findings
            .len()
    });
}
