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
  # Go 1.19 and x/sync (errgroup, semaphore) in GOPATH mode, for the conformance tests.
  command -v go >/dev/null 2>&1 || apt_install golang-go
  [ -d /usr/share/gocode/src/golang.org/x/sync ] || apt_install golang-golang-x-sync-dev
}
