#!/usr/bin/env bash
# The Python wheel and the pre-commit hook, as a user without a Rust
# toolchain gets them:
# 1. `pip wheel --no-deps .` builds the wheel with maturin (pip fetches it
#    from PyPI, as pyproject.toml asks); this is the one release build of
#    the binary, which scripts/test.sh then hands to the editor tests.
# 2. The wheel is installed into a fresh virtual environment and
#    `copydesk check` runs on the sample draft with only that environment
#    on PATH.
# 3. pre-commit (from PyPI) installs the hook of editors/pre-commit from the
#    wheel, with no cargo on PATH, and runs it on a repository whose
#    copydesk.toml excludes a folder.
# Leaves the wheel in target/wheels and the environment in target/wheel-venv.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
wheels="$root/target/wheels"
venv="$root/target/wheel-venv"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$root/Cargo.toml" | head -1)

rm -rf "$wheels" "$venv"
python3 -m pip wheel --quiet --no-deps --wheel-dir "$wheels" "$root"
wheel=$(ls "$wheels"/copydesk-"$version"-*.whl)
python3 -m venv "$venv"
"$venv/bin/pip" install --quiet --no-index "$wheel"
check_status=0
out=$(env -i HOME="$scratch" PATH="$venv/bin" copydesk check --color never "$root/examples/sample-draft.md") \
  || check_status=$?
[ "$check_status" = 1 ] || fail "copydesk check on the sample draft exited with $check_status, not 1 (findings)"
grep -q "unattributed-quote" <<<"$out" || fail "no unattributed-quote finding in: $out"
echo "wheel: $(basename "$wheel") ($(du -k "$venv/bin/copydesk" | cut -f1) KB binary) checks the sample draft"

# pre-commit, from the wheel, without a Rust toolchain.
pc="$root/target/pre-commit-venv"
if [ ! -x "$pc/bin/pre-commit" ]; then
  python3 -m venv "$pc"
  "$pc/bin/pip" install --quiet "pre-commit==4.3.0"
fi
grep -q "\"copydesk==$version\"" "$root/editors/pre-commit/pyproject.toml" \
  || fail "editors/pre-commit/pyproject.toml does not depend on copydesk==$version"
hooks="$scratch/hooks" proj="$scratch/proj"
cp -r "$root/editors/pre-commit" "$hooks"
git -C "$hooks" init -q && git -C "$hooks" add -A \
  && git -C "$hooks" -c user.name=t -c user.email=t@t commit -qm hook
mkdir -p "$proj/archive" "$proj/drafts"
printf '[files]\nexclude = ["archive/**"]\n' > "$proj/copydesk.toml"
draft='The pool will close for the summer.\n\n"Where are the children supposed to swim now?"\n\nRepairs will cost $3 million.\n'
printf "$draft" > "$proj/archive/old.md"
printf "$draft" > "$proj/drafts/new.md"
printf 'The pool will close, the mayor said.\n' > "$proj/drafts/clean.md"
printf 'repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: copydesk\n' \
  "$hooks" "$(git -C "$hooks" rev-parse HEAD)" > "$proj/.pre-commit-config.yaml"
git -C "$proj" init -q && git -C "$proj" add -A
plain_path="$pc/bin:/usr/local/bin:/usr/bin:/bin"
! PATH="$plain_path" command -v cargo >/dev/null || fail "cargo is on the restricted PATH"
status=0
# copydesk is not on PyPI before a release: pip finds it in target/wheels.
log=$(cd "$proj" && env PATH="$plain_path" PRE_COMMIT_HOME="$scratch/cache" \
  PIP_FIND_LINKS="$wheels ${PIP_FIND_LINKS:-}" "$pc/bin/pre-commit" run --all-files 2>&1) || status=$?
[ "$status" = 1 ] || fail "pre-commit exited with $status, not 1: $log"
grep -q "drafts/new.md" <<<"$log" || fail "the hook did not flag drafts/new.md: $log"
! grep -q "archive/old.md" <<<"$log" || fail "the hook checked the excluded archive/old.md: $log"
echo "pre-commit: the hook installs from the wheel without cargo and skips excluded drafts"
echo "wheel: 2 passed, 0 failed"
