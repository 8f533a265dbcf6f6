#!/usr/bin/env bash
# Runs every test: the runtime's rules, lesson data, the command-line tool, conformance with
# real Go, and (when the site is present) the browser tests. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_go
command -v cargo >/dev/null || { echo "cargo is required (rustup.rs)" >&2; exit 1; }

echo "== native tests (runtime, lessons, CLI, conformance with real Go)"
cargo test --no-fail-fast

if [ -x scripts/site-tests.sh ]; then
  echo "== site tests (headless Chromium)"
  scripts/site-tests.sh
fi
