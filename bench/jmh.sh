#!/bin/sh
# JMH benchmarks of issue 8: grading per type, one FSRS step, loading decks of 1,000 to 100,000
# items, planning a session over stores of 10,000 to 1,000,000 reviews, committing one review.
# Builds the `bench` Maven profile (target/bench/benchmarks.jar), runs it, prints JMH's table.
# Arguments go to JMH:  bench/jmh.sh Grade   (one class)   bench/jmh.sh -l   (list)
# The stores are generated on first use under target/bench-data (about 8 minutes for 1,000,000).
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
build_bench_jar
exec java -jar target/bench/benchmarks.jar "$@"
