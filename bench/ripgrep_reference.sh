#!/usr/bin/env bash
# ripgrep as a reference line for the prefilter: a pure multi-pattern matcher given the same
# loosened trigger patterns over the same normalised text (one block a line) that
# bench/prefilter_compare measures. Not a test: run it by hand after building prefilter_compare
# and record the medians next to its figures in docs/performance.md.
#
#   bench/ripgrep_reference.sh [megabytes] [runs]     (default 10 and 3; needs rg: apt install ripgrep)
set -eu
cd "$(dirname "$0")/.."
megabytes="${1:-10}"
runs="${2:-3}"
compare="$PWD/build/bench/prefilter_compare"
[ -x "$compare" ] || {
  echo "ripgrep_reference.sh: build first (cmake --build build --target prefilter_compare)" >&2
  exit 2
}
command -v rg >/dev/null || { echo "ripgrep_reference.sh: needs rg (apt install ripgrep)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$compare" --print-text --megabytes "$megabytes" >"$work/text"
"$compare" --print-triggers >"$work/patterns"
bytes=$(stat -c %s "$work/text")
echo "rg $(rg --version | head -n1 | cut -d' ' -f2), $(wc -l <"$work/patterns") patterns," \
  "$(wc -l <"$work/text") lines, $bytes bytes; median of $runs runs, one thread"

# Median wall milliseconds of a command over $runs runs, left in $med and printed with the
# throughput of the scan proper (less the start-up) and the command's output.
measure() {
  local label=$1; shift
  local times=() out
  # A first run outside the count puts the file in the page cache. Every run is a new process:
  # ripgrep compiles the patterns and builds its lazy DFA afresh each time (a cold pass).
  out=$("$@" || true)
  for _ in $(seq 1 "$runs"); do
    local start end
    start=$(date +%s%N)
    "$@" >/dev/null || true
    end=$(date +%s%N)
    times+=($(((end - start) / 1000000)))
  done
  med=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((runs + 1) / 2))p")
  if [ -z "${startup:-}" ]; then
    printf '  %-44s %8d ms\n' "$label" "$med"
  else
    printf '  %-44s %8d ms, scan %d ms, %.1f MB/s of scan   output: %s\n' "$label" "$med" \
      "$((med - startup))" \
      "$(awk -v b="$bytes" -v ms="$((med - startup))" 'BEGIN { print b / 1e6 / (ms / 1e3) }')" \
      "$out"
  fi
}

# ripgrep compiles the patterns at every start: timed alone on a one-line file, to be taken
# off the others (the "scan" figure). One file is searched by one thread; -j1 says so.
head -n1 "$work/text" >"$work/line"
measure "rg -i -f patterns, one line (start-up)" rg -j1 -i -f "$work/patterns" -c "$work/line"
startup=$med
measure "rg -i -f patterns --count-matches" rg -j1 -i -f "$work/patterns" --count-matches "$work/text"
measure "rg -i -f patterns -c (matching lines)" rg -j1 -i -f "$work/patterns" -c "$work/text"
