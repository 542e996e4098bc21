#!/usr/bin/env bash
# Issue 13: `retain exam` on a 100,000-item deck with answers files of 1,000 ids (the baseline),
# 100,000 ids (one per item) and 1,000,000 ids (refused past the deck's items, exit 2), through
# ./retain (-Xmx256m). Runs alternate; prints medians, ratios to the baseline of the same run and
# each run's exit code. RUNS=3 by default. The deck is generated once under target/bench-data.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
data=target/bench-data
if [ ! -f target/retain.jar ] || [ -n "$(find pom.xml src/main decks -newer target/retain.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
deck="$data/decks/bench-deck-100000.yaml"
[ -f "$deck" ] || bench/generate.sh deck 100000 "$deck" >/dev/null
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for ids in 1000 100000 1000000; do
  awk -v n="$ids" 'BEGIN {
    print "deck: bench-deck-100000\nstudent: Bench\nanswers:"
    for (i = 0; i < n; i++) printf "  card-%d%s: something\n", i, i % 9 == 6 ? ".1" : ""
  }' >"$scratch/ids-$ids.yaml"
done

run() {
  local start end status=0
  start=$(date +%s%N)
  ./retain exam "$deck" --answers "$scratch/ids-$1.yaml" --no-record >/dev/null 2>"$scratch/err-$1" || status=$?
  end=$(date +%s%N)
  echo "$(((end - start) / 1000000))" >>"$scratch/$1.times"
  echo "$status" >"$scratch/$1.status"
}
for _ in $(seq "$runs"); do
  for ids in 1000 100000 1000000; do run "$ids"; done
done
median() { sort -n "$1" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
base=$(median "$scratch/1000.times")
echo "$(nproc) cores, $runs runs each, alternating; ./retain exam on a 100,000-item deck"
for ids in 1000 100000 1000000; do
  ms=$(median "$scratch/$ids.times")
  printf '%9s ids: %7s ms %6s x  exit %s  %s\n' "$ids" "$ms" \
    "$(awk -v a="$ms" -v b="$base" 'BEGIN { printf "%.2f", a / b }')" "$(cat "$scratch/$ids.status")" \
    "$(head -c 160 "$scratch/err-$ids" | head -1 | sed "s|$scratch/||")"
done
