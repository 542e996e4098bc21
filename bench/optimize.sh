#!/usr/bin/env bash
# Issue 19's budget: `retain optimize` fits 50,000 reviews in under 20 s within 256 MB. Measured
# on the real jar under -Xmx256m with the reference revlog public-101 (57,422 reviews, 800 cards;
# the whole command: read, fit on four fifths, evaluate three sets of weights), against a
# 600-review slice of it in the same run (the JVM's start and the command's fixed costs).
# Prints medians, the ratio to the baseline, the peak resident memory and, for comparison, the
# fsrs-rs fit time saved in the reference JSON. RUNS=3 by default.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${RUNS:-3}"
if [ ! -f target/retain.jar ] || [ -n "$(find pom.xml src/main -newer target/retain.jar -print -quit)" ]; then
  ./mvnw -B -q -DskipTests package
fi
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
big=src/test/resources/fsrs/optimizer/public-101.csv
head -601 "$big" > "$scratch/small.csv"

run() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$scratch/rss" \
    java -Xmx256m -jar target/retain.jar --data "$scratch/data" optimize --revlog "$1" > /dev/null || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(cat "$scratch/rss")"
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: > "$scratch/big.ms"; : > "$scratch/small.ms"; : > "$scratch/big.kb"
for _ in $(seq "$runs"); do
  read -r ms kb < <(run "$big"); echo "$ms" >> "$scratch/big.ms"; echo "$kb" >> "$scratch/big.kb"
  read -r ms _ < <(run "$scratch/small.csv"); echo "$ms" >> "$scratch/small.ms"
done
b=$(median < "$scratch/big.ms"); s=$(median < "$scratch/small.ms"); kb=$(sort -n "$scratch/big.kb" | tail -1)
fsrs=$(grep -o '"fsrsRsSeconds": [0-9.]*' src/test/resources/fsrs/optimizer/public-101.json | awk '{print $2}')
echo "57,422 reviews: ${b} ms median of ${runs}; 600-review baseline: ${s} ms; ratio $(awk -v b="$b" -v s="$s" 'BEGIN {printf "%.1f", b / s}')"
echo "peak resident memory: $((kb / 1024)) MB (heap capped at 256 MB); fsrs-rs fit (from the reference JSON): ${fsrs} s"
