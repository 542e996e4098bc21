#!/usr/bin/env bash
# Issue 19's budget: `retain optimize` fits 50,000 reviews in under 20 s within 256 MB. Measured
# on the real jar under -Xmx256m with the reference revlog public-101 (57,422 reviews, 800 cards;
# the whole command: read, fit on four fifths, evaluate three sets of weights), against a
# 600-review slice of it in the same run (the JVM's start and the command's fixed costs).
# Prints medians, the ratio to the baseline, the peak resident memory and, for comparison, the
# fsrs-rs fit time saved in the reference JSON. RUNS=3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${RUNS:-3}"
build_jar
make_scratch
big=src/test/resources/fsrs/optimizer/public-101.csv
head -601 "$big" > "$scratch/small.csv"

run() {
  local start ms
  start=$(clock)
  /usr/bin/time -f "%M" -o "$scratch/rss" \
    java -Xmx256m -jar target/retain.jar --data "$scratch/data" optimize --revlog "$1" > /dev/null || true
  ms=$(ms_since "$start")
  echo "$ms $(cat "$scratch/rss")"
}

: > "$scratch/big.ms"; : > "$scratch/small.ms"; : > "$scratch/big.kb"
for _ in $(seq "$runs"); do
  read -r ms kb < <(run "$big"); echo "$ms" >> "$scratch/big.ms"; echo "$kb" >> "$scratch/big.kb"
  read -r ms _ < <(run "$scratch/small.csv"); echo "$ms" >> "$scratch/small.ms"
done
b=$(median < "$scratch/big.ms"); s=$(median < "$scratch/small.ms"); kb=$(sort -n "$scratch/big.kb" | tail -1)
fsrs=$(grep -o '"fsrsRsSeconds": [0-9.]*' src/test/resources/fsrs/optimizer/public-101.json | awk '{print $2}')
echo "57,422 reviews: ${b} ms median of ${runs}; 600-review baseline: ${s} ms; ratio $(ratio "$b" "$s" "%.1f")"
echo "peak resident memory: $((kb / 1024)) MB (heap capped at 256 MB); fsrs-rs fit (from the reference JSON): ${fsrs} s"
