#!/usr/bin/env bash
# Build each corpus program with real Go 1.27.3, run it three times under GOMAXPROCS=1 and
# report programs whose output (stdout, stderr with addresses stripped, exit status) varies.
# Usage: tests/go/verify.sh [-v] [file.go...]   (-v prints each program's first run)
set -u
GO=${CHANLAB_GO:-/opt/go127/go/bin/go}
export GOROOT=$(dirname "$(dirname "$GO")") GOTOOLCHAIN=local GO111MODULE=off GOPATH=/usr/share/gocode GOFLAGS=
verbose=0
if [ "${1:-}" = "-v" ]; then verbose=1; shift; fi
dir=$(cd "$(dirname "$0")" && pwd)
files=("$@")
[ ${#files[@]} -eq 0 ] && files=("$dir"/*.go)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for f in "${files[@]}"; do
  name=$(basename "$f")
  w="$tmp/$name"; mkdir -p "$w"; cp "$f" "$w/main.go"
  args=$(sed -n 's#^// args: ##p' "$f" | head -1)
  if ! (cd "$w" && "$GO" build -o prog main.go) >"$w/build" 2>&1; then
    echo "== $name: compile error"; [ $verbose = 1 ] && cat "$w/build"; continue
  fi
  prev=""
  for i in 1 2 3; do
    out=$(cd "$w" && GOMAXPROCS=1 GODEBUG=panicnil=0 timeout 60 ./prog $args 2>"$w/err"; echo "exit=$?")
    err=$(sed -E 's/\+0x[0-9a-f]+//; s/0x[0-9a-f]+/0xX/g' "$w/err")
    cur="$out
--stderr--
$err"
    if [ $i = 1 ]; then prev=$cur; [ $verbose = 1 ] && echo "== $name" && echo "$cur"
    elif [ "$cur" != "$prev" ]; then echo "!! $name VARIES"; diff <(echo "$prev") <(echo "$cur") | head -10; break; fi
  done
done
