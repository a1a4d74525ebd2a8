//! Runs the analysis of one draft many times, for a profiler:
//! `cargo run --release --example profile_draft -- FILE [ROUNDS]`.

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: profile_draft FILE [ROUNDS]");
    let rounds: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(200);
    let text = std::fs::read_to_string(&path).expect("a UTF-8 file");
    let config = copydesk::Config::default();
    let format = copydesk::Format::from_path(&path);
    let mut findings = 0;
    let start = std::time::Instant::now();
    for _ in 0..rounds {
        findings += copydesk::analyze(&text, format, &config).findings.len();
    }
    let per = start.elapsed() / rounds as u32;
    println!("{findings} findings, {per:?} per analysis");
}
