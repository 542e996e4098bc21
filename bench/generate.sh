#!/bin/sh
# Generates large decks and stores for the benchmarks (issue 8); the same seed gives the same data.
#   bench/generate.sh deck ITEMS FILE [SEED]            a valid deck of ITEMS items, all nine types
#   bench/generate.sh store REVIEWS DIR [CARDS [SEED]]  DIR/decks/bench-CARDS.yaml (CARDS defaults
#       to REVIEWS/10), DIR/data/retain.db with REVIEWS reviews over three years, written through
#       retain's Store with the real scheduler, and DIR/now.txt, the moment to study at.
# A store that exists is kept; 1,000,000 reviews take about 8 minutes. Paths are relative to the
# repository root.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
build_bench_jar
exec java -cp target/bench/benchmarks.jar retain.bench.Generate "$@"
