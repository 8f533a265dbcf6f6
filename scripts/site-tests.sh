#!/usr/bin/env bash
# The site's tests in headless Chromium (installs what is missing):
# 1. wasm-bindgen-test component tests (tests/browser.rs) through chromedriver;
# 2. the end-to-end test: one release build (`trunk build --release --public-url ./`, with
#    wasm-opt), `dist/` served on 127.0.0.1 from a sub-path, a learner's path driven with
#    playwright-core; screenshots go to tests/e2e/screenshots/ (gitignored).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
ensure_site_tools

echo "== browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown --no-default-features --test browser

echo "== release build (trunk, wasm-opt)"
rm -rf dist
# The post-build hook pre-renders every page; a public address adds sitemap.xml and robots.txt.
CHANLAB_SITE_URL="${CHANLAB_SITE_URL:-http://127.0.0.1:8080/}" trunk build --release --public-url ./

echo "== end-to-end test (playwright-core, headless Chromium)"
node tests/e2e/e2e.mjs
node tests/e2e/explorer.mjs
node tests/e2e/timeline.mjs
node tests/e2e/newuser.mjs
node tests/e2e/site.mjs
node tests/e2e/editor.mjs
node tests/e2e/prerender.mjs
node tests/e2e/routes.mjs
node tests/e2e/offline.mjs
node tests/e2e/a11y.mjs

echo "== measurements (transfer size, time to first output, edit to output)"
node tests/e2e/measure.mjs
CHROME_PATH=/usr/bin/chromium node tests/e2e/lighthouse.mjs

echo "== interpreter benchmark: #/bench in wasm next to cargo bench --bench interp (a report)"
node tests/e2e/bench.mjs
