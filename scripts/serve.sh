#!/usr/bin/env bash
# Build the site and serve it on http://127.0.0.1:8080 (rebuilding on change), installing the
# tools that are missing. Pass --release for an optimised build (wasm-opt), or any other
# `trunk serve` options.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_site_tools
exec trunk serve --public-url / "$@"
