#!/usr/bin/env bash
# End-to-end test of the VS Code extension in code-server + Chromium.
# Installs what it needs: Debian's chromium and ripgrep (as root, with
# apt-get), code-server and playwright-core from the npm registry (npm ci
# from the committed lockfile). Installs the platform .vsix, which carries
# the server, into code-server with no copydesk on PATH and no
# copydesk.path setting; opens a draft and checks the Problems panel, a
# hover and the rule documentation the extension shows from
# `copydesk explain`. The .vsix is $COPYDESK_VSIX when set (scripts/test.sh
# packages it once); else it is packaged here from target/release/copydesk,
# built if missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
ext="$here/.."
root="$ext/../.."

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium ripgrep libkrb5-dev pkg-config >/dev/null
fi

scratch=$(mktemp -d)
cleanup() { [ -n "${server_pid:-}" ] && kill "$server_pid" 2>/dev/null; rm -rf "$scratch"; }
trap cleanup EXIT

if [ ! -x "$here/node_modules/.bin/code-server" ]; then
  # code-server's ripgrep dependency downloads a binary: give it Debian's.
  rgcache="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$rgcache" "$scratch/rg/bin"
  cp "$(command -v rg)" "$scratch/rg/bin/rg"
  tar -czf "$rgcache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$scratch/rg/bin" rg
  (cd "$here" && npm_config_yes=true npm_config_nodedir=/usr npm ci --unsafe-perm=true --no-audit --no-fund >/dev/null)
fi

vsix="${COPYDESK_VSIX:-}"
if [ -z "$vsix" ]; then
  [ -x "$root/target/release/copydesk" ] || cargo build --release --quiet --manifest-path "$root/Cargo.toml"
  (cd "$ext" && npm ci --no-audit --no-fund >/dev/null && npm run package -- --target linux-x64 >/dev/null)
  vsix="$ext/copydesk-linux-x64.vsix"
fi
listing=$(unzip -l "$vsix")
grep -q "extension/bin/copydesk$" <<<"$listing" || { echo "FAIL: $vsix carries no server binary" >&2; exit 1; }
# No copydesk on PATH: the extension must find the one it carries.
path=""
IFS=: read -r -a dirs <<<"$PATH"
for d in "${dirs[@]}"; do
  if [ -n "$d" ] && [ ! -e "$d/copydesk" ]; then path="${path:+$path:}$d"; fi
done
export PATH="$path"
! command -v copydesk >/dev/null || { echo "FAIL: copydesk is still on PATH" >&2; exit 1; }

mkdir -p "$scratch/work" "$scratch/user/User" "$scratch/extensions" "$here/../screenshots"
cp "$root/tests/nvim/draft.md" "$scratch/work/draft.md"
printf '{"workbench.startupEditor": "none", "security.workspace.trust.enabled": false}\n' \
  > "$scratch/user/User/settings.json"
port=$((20000 + RANDOM % 20000))
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" > "$scratch/config.yaml"
cs="$here/node_modules/.bin/code-server"
export XDG_CONFIG_HOME="$scratch/xdg" XDG_DATA_HOME="$scratch/xdg" XDG_CACHE_HOME="$scratch/xdg"
"$cs" --config "$scratch/config.yaml" --user-data-dir "$scratch/user" --extensions-dir "$scratch/extensions" \
  --install-extension "$vsix" >/dev/null
"$cs" --config "$scratch/config.yaml" --user-data-dir "$scratch/user" --extensions-dir "$scratch/extensions" \
  --disable-telemetry --disable-update-check --disable-workspace-trust "$scratch/work" >"$scratch/code-server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break
  sleep 1
done
node "$here/test.mjs" "http://127.0.0.1:$port" "$scratch/work" "$here/../screenshots"
echo "code-server: 1 passed, 0 failed"
