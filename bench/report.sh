#!/usr/bin/env bash
# Issue 17's budget: `retain report` over 1,000 students' exam JSON reports of 100 items each in
# under 2 s through ./retain, against a class of 10 students in the same run (the JVM's start and
# the command's fixed costs). The class is written here in the shape `retain exam --format json`
# writes (format 2): half the items choice questions with four choices, a quarter multi, the rest
# short answers; every tenth answer left blank. Runs alternate; prints medians and the ratio.
# RUNS=5 by default; FORMAT=text by default (html, json and csv work too).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs="${RUNS:-5}"
format="${FORMAT:-text}"
build_jar decks
make_scratch

# class STUDENTS ITEMS DIR : one report per student.
class() {
  mkdir -p "$3"
  awk -v students="$1" -v items="$2" -v dir="$3" 'BEGIN {
    srand(17)
    for (s = 1; s <= students; s++) {
      file = sprintf("%s/student-%04d.json", dir, s)
      ability = s / (students + 1)
      printf "{\n  \"format\": 2,\n  \"deck\": \"bench\",\n  \"hash\": \"00112233aabbccdd\",\n" > file
      printf "  \"student\": \"Student %d\",\n  \"answered\": %d,\n  \"total\": %d,\n", s, items, items > file
      printf "  \"score\": 0,\n  \"max\": %d,\n  \"percent\": 0,\n  \"passed\": null,\n  \"results\": [\n", items > file
      for (i = 1; i <= items; i++) {
        right = rand() < ability + 0.5 - i / (items + 1)
        blank = (i * s) % 10 == 0
        kind = i % 4 < 2 ? "choice" : (i % 4 == 2 ? "multi" : "short")
        printf "    {\n      \"card\": \"item-%03d\",\n      \"type\": \"%s\",\n      \"topic\": \"topic-%d\",\n", i, kind, i % 5 > file
        printf "      \"question\": \"Which of these is the answer to question %d of the bench deck?\",\n", i > file
        if (kind == "short") {
          printf "      \"choices\": null,\n      \"right\": null,\n" > file
          pick = ""
        } else {
          printf "      \"choices\": [\n        \"Right %d\",\n        \"Wrong A %d\",\n        \"Wrong B %d\",\n        \"Wrong C %d\"\n      ],\n", i, i, i, i > file
          printf "      \"right\": [\n        \"Right %d\"\n      ],\n", i > file
          pick = right ? sprintf("Right %d", i) : sprintf("Wrong %s %d", substr("AB", 1 + int(rand() * 2), 1), i)
        }
        if (blank) {
          printf "      \"response\": null,\n      \"picked\": [],\n" > file
        } else if (pick == "") {
          printf "      \"response\": \"%s\",\n      \"picked\": [],\n", right ? "yes" : "no" > file
        } else {
          printf "      \"response\": \"%s\",\n      \"picked\": [\n        \"%s\"\n      ],\n", pick, pick > file
        }
        score = right && !blank ? 1 : 0
        printf "      \"expected\": \"Right %d\",\n      \"correct\": %s,\n      \"score\": %d,\n", i, score ? "true" : "false", score > file
        printf "      \"feedback\": \"%s\"\n    }%s\n", score ? "correct" : "wrong", i < items ? "," : "" > file
      }
      printf "  ]\n}\n" > file
      close(file)
    }
  }'
}
class 1000 100 "$scratch/big"
class 10 100 "$scratch/small"

run() {
  local start
  start=$(clock)
  ./retain report "$2" --format "$format" >"$scratch/$1.out" 2>"$scratch/err" \
    || { cat "$scratch/err" >&2; exit 1; }
  ms_since "$start" >>"$scratch/$1.times"
}
for _ in $(seq "$runs"); do
  run small "$scratch/small"
  run big "$scratch/big"
done
small=$(median <"$scratch/small.times")
big=$(median <"$scratch/big.times")
echo "$(du -sh "$scratch/big" | cut -f1) of reports; $(head -1 "$scratch/big.out")"
echo "report of 10 students x 100 items:    ${small} ms (baseline)"
echo "report of 1,000 students x 100 items: ${big} ms (budget 2000 ms)"
ratio "$big" "$small" "ratio: %.2f x the baseline\n"
