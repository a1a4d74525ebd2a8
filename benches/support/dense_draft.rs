//! The dense benchmark draft, shared by `benches/analysis.rs` and the
//! `dense_draft` example that `scripts/bench_lsp.py --dense` runs.

/// A draft of about `words` words: the sample draft's paragraphs, repeated
/// with the people renamed in each copy.
pub fn draft(words: usize) -> String {
    let sample = include_str!("../../examples/sample-draft.md");
    let body: Vec<&str> = sample.split("\n\n").skip(1).collect();
    let surnames = [
        "Okafor", "Lindgren", "Sauer", "Marsh", "Quinn", "Abebe", "Novak", "Reyes",
    ];
    let mut out = String::from("# A long draft for the benchmark\n\n");
    let mut copy = 0;
    while out.split_whitespace().count() < words {
        for para in &body {
            let mut p = para.to_string();
            for (i, s) in surnames.iter().enumerate().take(3) {
                p = p.replace(s, surnames[(i + copy) % surnames.len()]);
            }
            out.push_str(&p);
            out.push_str("\n\n");
        }
        copy += 1;
    }
    out
}
