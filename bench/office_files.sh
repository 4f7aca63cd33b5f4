#!/usr/bin/env bash
# Many office files: wall time of `proviso check` and `proviso annotate` of ten copies of the
# sample bill (samples/sample-bill.odt), one office at a time (--jobs 1) and with the default
# (one office per core), and the ratio. Not a test: run it by hand after a build and record the
# medians in docs/performance.md.
#
#   bench/office_files.sh [runs] [copies]      (defaults 3 and 10)
#   PROVISO=/path/to/proviso bench/office_files.sh   (another build, e.g. the one before)
set -eu
cd "$(dirname "$0")/.."
runs="${1:-3}"
copies="${2:-10}"
proviso="${PROVISO:-$PWD/build/proviso}"
[ -x "$proviso" ] || { echo "office_files.sh: build first ($proviso is missing)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
files=()
for k in $(seq 1 "$copies"); do
  cp samples/sample-bill.odt "$work/in/bill-$k.odt"
  files+=("$work/in/bill-$k.odt")
done

# Median wall seconds of a command over $runs runs (its exit status 0 or 1 is expected).
median() {
  local times=()
  for _ in $(seq 1 "$runs"); do
    rm -f "$work/out"/*
    local start end
    start=$(date +%s.%N)
    "$@" >"$work/stdout" 2>"$work/stderr" || [ $? -eq 1 ] || {
      echo "office_files.sh: failed: $*" >&2; cat "$work/stderr" >&2; exit 2; }
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'
}

echo "proviso on $copies copies of samples/sample-bill.odt, $runs runs, medians ($(nproc) cores)"
for command in check annotate; do
  if [ "$command" = check ]; then args=(check "${files[@]}"); else
    args=(annotate "${files[@]}" -o "$work/out"); fi
  one=$(median "$proviso" "${args[@]}" --jobs 1)
  all=$(median "$proviso" "${args[@]}")
  [ "$command" = annotate ] && [ "$(ls "$work/out" | wc -l)" -ne "$copies" ] && {
    echo "office_files.sh: annotate did not write every copy" >&2; exit 2; }
  printf '%-9s --jobs 1: %6s s   default: %6s s   ratio %s\n' "$command" "$one" "$all" \
    "$(echo "scale=2; $one / $all" | bc)"
done
