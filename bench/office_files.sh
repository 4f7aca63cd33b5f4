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
[ -x /usr/bin/time ] || { echo "office_files.sh: needs GNU time (apt install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
files=()
for k in $(seq 1 "$copies"); do
  cp samples/sample-bill.odt "$work/in/bill-$k.odt"
  files+=("$work/in/bill-$k.odt")
done

# Wall seconds of one run of a command (its exit status 0 or 1 is expected).
seconds() {
  rm -f "$work/out"/*
  local start end
  start=$(date +%s.%N)
  "$@" >"$work/stdout" 2>"$work/stderr" || [ $? -eq 1 ] || {
    echo "office_files.sh: failed: $*" >&2; cat "$work/stderr" >&2; exit 2; }
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# CPU seconds (user + system) of one run of a command and of every office it started: the work
# there is to share out, whatever else the machine does meanwhile. For this the offices exit
# cleanly (PROVISO_KEEP_OFFICE_DIR), so that their time is counted; their folders go in $work.
cpu() {
  mkdir -p "$work/tmp"
  TMPDIR="$work/tmp" PROVISO_KEEP_OFFICE_DIR=1 /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" \
    >/dev/null 2>&1 || true
  rm -rf "$work/tmp" "$work/out"/*
  tail -n 1 "$work/cpu" | awk '{printf "%.1f", $1 + $2}'
}

median() { sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]}'; }

# The machine is shared: the load average says how much of it other work took meanwhile. The
# two ways are run in turn, so that a burst of other work falls on both alike.
echo "proviso on $copies copies of samples/sample-bill.odt, $runs runs, medians ($(nproc) cores," \
  "load average before: $(cut -d' ' -f1 /proc/loadavg))"
for command in check annotate; do
  if [ "$command" = check ]; then args=(check "${files[@]}"); else
    args=(annotate "${files[@]}" -o "$work/out"); fi
  one=() all=()
  for _ in $(seq 1 "$runs"); do
    t=$(seconds "$proviso" "${args[@]}" --jobs 1) || exit 2
    one+=("$t")
    t=$(seconds "$proviso" "${args[@]}") || exit 2
    all+=("$t")
  done
  if [ "$command" = annotate ] && [ "$(ls "$work/out" | wc -l)" -ne "$copies" ]; then
    echo "office_files.sh: annotate did not write every copy" >&2; exit 2
  fi
  m1=$(printf '%s\n' "${one[@]}" | median)
  ma=$(printf '%s\n' "${all[@]}" | median)
  printf '%-9s --jobs 1: %6s s   default: %6s s   ratio %s   (load average after: %s)\n' \
    "$command" "$m1" "$ma" "$(echo "scale=2; $m1 / $ma" | bc)" "$(cut -d' ' -f1 /proc/loadavg)"
  printf '%-9s CPU, one run: --jobs 1: %s s   default: %s s\n' "$command" \
    "$(cpu "$proviso" "${args[@]}" --jobs 1)" "$(cpu "$proviso" "${args[@]}")"
done
