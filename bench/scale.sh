#!/usr/bin/env bash
# Scale budgets of design §6, measured on the real jar under -Xmx256m (issue 8):
#   lint of a 100,000-item deck (budget 3 s) against lint of a 1,000-item deck, and
#   a study session's first question over 1,000,000 reviews (its plan: budget 0.5 s) against the
#   same deck with an empty store and against a 1,000-item deck with an empty store.
# Runs alternate; prints medians, ratios to the baseline of the same run, and the peak heap the
# GC saw (largest heap before a collection or at exit). RUNS=5 by default.
# The data is generated once under target/bench-data (bench/generate.sh; about 8 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${RUNS:-5}"
data=target/bench-data
build_jar decks
bench/generate.sh deck 1000 "$data/decks/bench-deck-1000.yaml" >/dev/null
bench/generate.sh deck 100000 "$data/decks/bench-deck-100000.yaml" >/dev/null
bench/generate.sh store 1000000 "$data/store-1000000" >/dev/null
bench/generate.sh store 10000 "$data/store-10000" >/dev/null
now="$(cat "$data/store-1000000/now.txt")"
make_scratch

# run NAME CMD... : one timed run; appends "millis peak-heap-MB" to $scratch/NAME. The time ends
# at the first question ("[1/") when there is one, else at exit.
run() {
  local name="$1"; shift
  local gclog="$scratch/gc.log" mark="$scratch/mark"
  rm -f "$gclog" "$mark"
  local start end
  start=$(clock)
  java -Xmx256m -Xlog:gc,gc+heap+exit:file="$gclog" -jar target/retain.jar "$@" </dev/null 2>/dev/null \
    | { grep -m1 '^\[1/' >/dev/null && clock >"$mark"; cat >/dev/null; } || true
  end=$(clock)
  [ -f "$mark" ] && end=$(cat "$mark")
  local heap
  heap=$(awk '
    match($0, /[0-9]+M->[0-9]+M/) { v = substr($0, RSTART, RLENGTH); sub(/M->.*/, "", v); if (v + 0 > max) max = v + 0 }
    /heap +total/ && match($0, /used [0-9]+K/) { v = int(substr($0, RSTART + 5, RLENGTH - 6) / 1024); if (v > max) max = v }
    END { print max + 0 }' "$gclog")
  echo "$(( (end - start) / 1000000 )) $heap" >>"$scratch/$name"
}

# The mean of two middles is cut to whole milliseconds.
median() { median_mean | awk '{ print int($1) }'; }

empty1="$scratch/empty-1k" empty100="$scratch/empty-100k" big="$scratch/store-1m"
mkdir -p "$empty1" "$empty100" "$big"
cp "$data/store-1000000/data/retain.db" "$big/"
for i in $(seq "$runs"); do
  run lint-1k lint "$data/decks/bench-deck-1000.yaml"
  run lint-100k lint "$data/decks/bench-deck-100000.yaml"
  run study-1k-empty study bench-1000 --decks "$data/store-10000/decks" --data "$empty1" --now "$now" --seed 8
  run study-100k-empty study bench-100000 --decks "$data/store-1000000/decks" --data "$empty100" --now "$now" --seed 8
  run study-100k-1m study bench-100000 --decks "$data/store-1000000/decks" --data "$big" --now "$now" --seed 8
done

report() {
  local name="$1" base="$2" what="$3"
  local ms heap basems
  ms=$(cut -d' ' -f1 "$scratch/$name" | median)
  heap=$(cut -d' ' -f2 "$scratch/$name" | sort -n | tail -1)
  basems=$(cut -d' ' -f1 "$scratch/$base" | median)
  printf '%-58s %8s ms %8s x %7s MB\n' "$what" "$ms" "$(ratio "$ms" "$basems" "%.2f")" "$heap"
}
echo "$(nproc) cores, $(java -version 2>&1 | head -1), $runs runs each, alternating; -Xmx256m"
printf '%-58s %11s %10s %10s\n' "run (median wall clock)" "time" "ratio" "peak heap"
report lint-1k lint-1k "lint, 1,000 items (baseline)"
report lint-100k lint-1k "lint, 100,000 items"
report study-1k-empty study-1k-empty "study, first question, 1,000 items, empty store (baseline)"
report study-100k-empty study-1k-empty "study, first question, 100,000 items, empty store"
report study-100k-1m study-1k-empty "study, first question, 100,000 items, 1,000,000 reviews"
