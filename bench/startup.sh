#!/usr/bin/env bash
# Start-up of the proviso command: wall time and peak memory of `proviso check` on a one-line
# text, with the shipped packs and with ten times as many rules (the shipped packs copied ten
# times under other pack names and rule ids), and of `proviso rules list`. Not a test: run it by
# hand after a build and record the medians in docs/performance.md.
#
#   bench/startup.sh [runs]        (default 7; needs GNU time: apt install time)
set -eu
cd "$(dirname "$0")/.."
runs="${1:-7}"
proviso="$PWD/build/proviso"
[ -x "$proviso" ] || { echo "startup.sh: build first ($proviso is missing)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "startup.sh: needs GNU time (apt install time)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'Any person who spreads false news commits an offence.\n' >"$work/tiny.txt"

# Ten copies of every shipped pack, each with its own pack name and rule ids.
mkdir -p "$work/tenfold"
for k in $(seq 1 10); do
  for pack in rules/*/; do
    name=$(basename "$pack")
    copy="$work/tenfold/$name-$k"
    cp -r "$pack" "$copy"
    sed -i -E "s/^name: (.*)$/name: \\1-$k/" "$copy/pack.yaml"
    for f in "$copy"/*.yaml; do
      sed -i -E "s/^(\\s*- id: )([A-Za-z0-9_-]+)/\\1\\2-$k/" "$f"
    done
    # A concept is defined once in a set; the copies use the first copy's.
    [ "$k" = 1 ] || rm -f "$copy/concepts.yaml"
  done
done

# Median wall seconds, CPU seconds (user + system: what a shared machine distorts least) and
# peak resident MB of a command, over $runs runs.
measure() {
  local label=$1; shift
  local times=() cpus=() rss=()
  for _ in $(seq 1 "$runs"); do
    /usr/bin/time -f '%e %U %S %M' -o "$work/t" "$@" >/dev/null 2>"$work/err" || true
    read -r t u s m < <(tail -n 1 "$work/t")
    times+=("$t"); cpus+=("$(echo "$u $s" | awk '{printf "%.2f", $1 + $2}')"); rss+=("$m")
  done
  local mt mc mr
  mt=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mc=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  mr=$(printf '%s\n' "${rss[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
  printf '%-44s %6s s wall %6s s cpu %6s MB\n' "$label" "$mt" "$mc" "$mr"
}

rules=$("$proviso" rules list | wc -l)
tenfold=$("$proviso" rules list "$work/tenfold" 2>/dev/null | wc -l)
echo "proviso start-up, $runs runs, medians ($(nproc) cores); shipped rules: $rules; tenfold: $tenfold"
measure "check tiny.txt, shipped packs" "$proviso" check "$work/tiny.txt"
measure "check tiny.txt, ten times the rules" \
  "$proviso" check --no-default-rules --rules "$work/tenfold" "$work/tiny.txt"
measure "rules list, shipped packs" "$proviso" rules list
