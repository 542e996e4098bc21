# bench/lib.sh: what the benchmark scripts share, sourced from the repository root by each of them
# (`cd "$(dirname "$0")/.." && . bench/lib.sh`). Plain sh, so the sh scripts can source it too.

# stale JAR PATH...: whether JAR is missing or older than any file under PATH...
stale() {
  jar="$1"
  shift
  [ ! -f "$jar" ] || [ -n "$(find "$@" -newer "$jar" -print -quit)" ]
}

# build_jar [PATH...]: builds target/retain.jar when it is older than pom.xml, src/main or PATH...
build_jar() {
  if stale target/retain.jar pom.xml src/main "$@"; then
    ./mvnw -B -q -DskipTests package
  fi
}

# build_bench_jar: builds target/bench/benchmarks.jar (the `bench` profile: JMH and the
# generators) when it is older than pom.xml, src/main or src/jmh.
build_bench_jar() {
  if stale target/bench/benchmarks.jar pom.xml src/main src/jmh; then
    ./mvnw -B -q -Pbench -Dmaven.test.skip=true package
  fi
}

# make_scratch: a temporary folder in $scratch, removed when the script exits.
make_scratch() {
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
}

# clock: the wall clock in nanoseconds, to start a timing; ms_since START: milliseconds since then.
clock() { date +%s%N; }
ms_since() { echo $((($(date +%s%N) - $1) / 1000000)); }

# median: the middle one of the numbers on stdin, one a line (the lower middle of an even count).
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }

# median_mean: the middle of the numbers on stdin, the mean of the two middles for an even count.
median_mean() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

# ratio A B FORMAT: A / B printed with the printf FORMAT.
ratio() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, a / b }'; }
