#!/usr/bin/env bash
# Record what Go 1.27.3 prints (stdout then stderr) for each testdata program.
set -u
cd "$(dirname "$0")"
GO=${GO:-/opt/go127/go/bin/go}
for f in ${@:-*.go}; do
  n=${f%.go}
  GOROOT=$(dirname "$(dirname "$GO")") GOTOOLCHAIN=local GOMAXPROCS=1 GO111MODULE=off \
    GOPATH=/usr/share/gocode "$GO" run "$f" > "$n.out" 2> "$n.err"
  cat "$n.err" >> "$n.out"
  rm -f "$n.err"
done
