#!/usr/bin/env bash
# Issue 21's budget: importing a 10,000-question GIFT file takes under 2 s, measured on the real
# jar under -Xmx256m (the whole `retain import`, the deck's lint included), against a
# 10-question file in the same run (the JVM's start and the command's fixed costs).
# The file is written here: every GIFT question kind in turn (multiple choice, missing word,
# short answer, true/false, numerical with tolerance and range, matching, weighted multiple
# answers, per-answer and general feedback, categories every 100 questions).
# Runs alternate; prints medians and the ratio to the baseline. RUNS=5 by default; JAR=path to
# time another build (an earlier one, for a before-and-after).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${RUNS:-5}" jar="${JAR:-target/retain.jar}"
[ -n "${JAR:-}" ] || build_jar decks
make_scratch

# gift N FILE : N questions, eight kinds in turn.
gift() {
  awk -v n="$1" 'BEGIN {
    for (i = 1; i <= n; i++) {
      if (i % 100 == 1) printf "$CATEGORY: $course$/top/bench/topic-%d\n\n", int(i / 100)
      k = i % 8
      if (k == 0) printf "::q%d::Which city is number %d?{=Minsk%d ~Brest ~Hrodna#Not this one. ####Feedback %d.}\n\n", i, i, i, i
      if (k == 1) printf "::q%d::Minsk %d stands on the {=Svislach ~Dnieper ~Neman ####Why %d.} river.\n\n", i, i, i
      if (k == 2) printf "::q%d::What is the capital number %d?{=Vilnius%d =Vilna%d =%%50%%Wilno ####Why %d.}\n\n", i, i, i, i, i
      if (k == 3) printf "::q%d::Statement %d is true.{T#No.#Yes. ####Why %d.}\n\n", i, i, i
      if (k == 4) printf "::q%d::How long is river %d, in km?{#%d:10 ####Why %d.}\n\n", i, i, 900 + i, i
      if (k == 5) printf "::q%d::What share is %d?{#%d..%d ####Why %d.}\n\n", i, i, i, i + 2, i
      if (k == 6) printf "::q%d::Match set %d.{\n  =a%d -> x%d\n  =b%d -> y%d\n  =c%d -> z%d\n  ####Why %d.\n}\n\n", i, i, i, i, i, i, i, i, i
      if (k == 7) printf "::q%d::Which are right in %d?{\n  ~%%50%%r%d\n  ~%%50%%s%d\n  ~%%-50%%w%d\n  ~%%-50%%v%d\n  ####Why %d.\n}\n\n", i, i, i, i, i, i, i
    }
  }' > "$2"
}
gift 10000 "$scratch/big.gift"
gift 10 "$scratch/small.gift"

run() {
  local out="$scratch/$1.yaml" start
  start=$(clock)
  java -Xmx256m -jar "$jar" import "$2" --from gift --id bench --force -o "$out" >/dev/null 2>"$scratch/err" \
    || { cat "$scratch/err" >&2; exit 1; }
  ms_since "$start" >>"$scratch/$1.times"
}
for _ in $(seq "$runs"); do
  run small "$scratch/small.gift"
  run big "$scratch/big.gift"
done
small=$(median <"$scratch/small.times")
big=$(median <"$scratch/big.times")
cards=$(grep -c '^  - id:' "$scratch/big.yaml")
echo "import of 10 GIFT questions:     ${small} ms (baseline)"
echo "import of 10,000 GIFT questions: ${big} ms ($cards cards; budget 2000 ms)"
ratio "$big" "$small" "ratio: %.2f x the baseline\n"
