#!/bin/sh
# Plain FSRS against exam-aware scheduling for a synthetic student (issue 18): prints the Markdown
# table of docs/readiness.md. Argument: seeds per setting (default 20). The same seeds give the
# same table.
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -q -Pbench -Dmaven.test.skip=true package
exec java -cp target/bench/benchmarks.jar retain.bench.ExamSimulation "$@"
