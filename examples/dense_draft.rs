//! Prints the analysis benchmark's dense draft of about N words, for
//! `scripts/bench_lsp.py --dense`:
//! `cargo run --release --example dense_draft -- N`.

#[path = "../benches/support/dense_draft.rs"]
mod dense_draft;

fn main() {
    let words: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .expect("usage: dense_draft WORDS");
    print!("{}", dense_draft::draft(words));
}
