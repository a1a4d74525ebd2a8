#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 120).
# cargo-fuzz needs nightly features; on a stable toolchain RUSTC_BOOTSTRAP=1
# unlocks them, and without sanitizers (-s none) libFuzzer still finds
# panics, overflows (debug assertions are on) and hangs.
#   cargo install cargo-fuzz && scripts/fuzz.sh 300
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-120}
export RUSTC_BOOTSTRAP=1
for target in analyze_plain analyze_markdown config lsp_edits; do
  mkdir -p "fuzz/corpus/$target"
  cargo fuzz run -s none "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -max_len=65536
done
