#!/usr/bin/env bash
# Long lines (issue 15): lint of a deck whose 10 MB question is one line, against the same words
# folded into 100-character lines, on the real jar under -Xmx256m. Runs alternate; prints the
# median CPU seconds (user + system, so the load of a shared machine counts less) of each and
# their ratio (budget: under 3). SIZE_MB=10 and RUNS=3 by default; JAR=path to time another build.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${RUNS:-3}" size="${SIZE_MB:-10}" jar="${JAR:-target/retain.jar}"
if [ -z "${JAR:-}" ]; then
  build_jar
fi
make_scratch

# Words of 3 to 9 letters; the one-line deck holds them in a literal block scalar, whose line the
# scanner looks ahead over whole, the folded deck in lines of at most 100 characters.
awk -v size="$size" -v out="$scratch" 'BEGIN {
  srand(1); total = size * 1024 * 1024; head = "retain: 1\nid: long\ntitle: Long\ncards:\n  - id: c1\n    a: x\n    explain: e\n    q: |\n"
  printf "%s      ", head > (out "/one.yaml"); printf "%s", head > (out "/folded.yaml")
  line = ""
  while (written < total) {
    n = 3 + int(rand() * 7); w = ""; for (i = 0; i < n; i++) w = w sprintf("%c", 97 + int(rand() * 26))
    printf "%s ", w > (out "/one.yaml"); written += n + 1
    if (length(line) + n + 1 > 100) { print "      " line > (out "/folded.yaml"); line = "" }
    line = line w " "
  }
  print "" > (out "/one.yaml"); print "      " line > (out "/folded.yaml")
}'

cpu() { # cpu FILE: CPU seconds of one lint
  /usr/bin/time -f "%U %S" -o "$scratch/time" java -Xmx256m -jar "$jar" --data "$scratch/data" lint "$1" >/dev/null 2>&1 || true
  awk '{ printf "%.2f\n", $1 + $2 }' "$scratch/time"
}
for i in $(seq "$runs"); do
  cpu "$scratch/folded.yaml" >>"$scratch/folded"
  cpu "$scratch/one.yaml" >>"$scratch/one"
done
folded=$(median_mean <"$scratch/folded") one=$(median_mean <"$scratch/one")
echo "lint, ${size} MB folded into 100-character lines: ${folded} s CPU (median of $runs)"
echo "lint, ${size} MB on one line:                    ${one} s CPU (median of $runs)"
ratio "$one" "$folded" "ratio one line / folded: %.2f (budget < 3)\n"
