#!/usr/bin/env bash
# Type-check chanlab's standard library sources with real Go: copy them under a GOPATH as
# chanlabstd/<path>, point their imports at each other, add an empty assembly file so
# body-less (native) functions are accepted, and run `go vet`.
# Usage: src/golang/stdlib/go/check.sh   (needs Go at $GO, default /opt/go127/go/bin/go)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
GO=${GO:-/opt/go127/go/bin/go}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pkgs=$(cd "$here" && find . -name '*.go' -printf '%h\n' | sed 's|^\./||' | sort -u)
for p in $pkgs; do
  mkdir -p "$tmp/src/chanlabstd/$p"
  cp "$here/$p"/*.go "$tmp/src/chanlabstd/$p/"
  : > "$tmp/src/chanlabstd/$p/natives.s"
done
expr=""
for p in $pkgs; do
  expr="$expr -e s|\"$p\"|\"chanlabstd/$p\"|g"
done
find "$tmp/src" -name '*.go' -exec sed -i $expr {} +
cd "$tmp/src/chanlabstd"
GOROOT=$(dirname "$(dirname "$GO")") GOPATH=$tmp GO111MODULE=off GOTOOLCHAIN=local GOFLAGS= \
  "$GO" vet ./... 2>&1 | sed "s|$tmp/src/chanlabstd/||g; s|chanlabstd/||g"
