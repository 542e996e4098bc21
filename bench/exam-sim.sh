#!/bin/sh
# Plain FSRS against exam-aware scheduling for a synthetic student (issue 18): prints the Markdown
# table of docs/readiness.md. Argument: seeds per setting (default 20). The same seeds give the
# same table.
set -eu
cd "$(dirname "$0")/.."
. bench/lib.sh
build_bench_jar
exec java -cp target/bench/benchmarks.jar retain.bench.ExamSimulation "$@"
