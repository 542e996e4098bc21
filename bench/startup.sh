#!/usr/bin/env bash
# bench/startup.sh [RUNS]: how long retain takes to start, through the ./retain launcher, against an
# empty Java program on the same JDK (design §6, issue 8). Each row alternates the two programs,
# RUNS times (default 10), and prints their medians and the ratio as a Markdown table:
#   study        process start to the first line of the first question, answers piped in
#   REPL         process start to the first prompt, in a tmux pseudo-terminal
#   lint, exam   the whole run
#   study, cold  as study, but each run starts with an empty cache (no class-data archive yet)
# Everything runs in a temporary folder with its own data, config and cache. Needs bash 5, a JDK
# (javac), and tmux for the REPL row. Use JAVA_HOME to pick the JDK.
set -euo pipefail

runs="${1:-10}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$root/bench/lib.sh"
if ((BASH_VERSINFO[0] < 5)); then
  echo "bench/startup.sh: needs bash 5 or newer (for EPOCHREALTIME)" >&2
  exit 2
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
javac="${JAVA_HOME:+$JAVA_HOME/bin/}javac"
retain="$root/retain"
deck=belarus-russia-2022

work="$(mktemp -d)"
tmux=(tmux -S "$work/tmux" -f /dev/null) # the socket goes with the folder
cleanup() {
  "${tmux[@]}" kill-server 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export XDG_CACHE_HOME="$work/cache" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset RETAIN_DATA RETAIN_CDS
cd "$work" # no ./decks here: retain finds the deck bundled in the jar

# The baseline prints one line shaped like the first question's, so both are timed alike.
cat >Empty.java <<'EOF'
public class Empty {
  public static void main(String[] args) {
    System.out.println("[1/1] empty › ");
  }
}
EOF
"$javac" -d "$work" Empty.java
empty=("$java" -cp "$work" Empty)
printf 'deck: %s\nanswers:\n  minsk-visit: 19 December 2022\n' "$deck" >answers.yaml

micros() { echo "${EPOCHREALTIME/./}"; }

# Waits while the launcher's background warm-up runs, so it never competes with a measured run.
settle() {
  while compgen -G "$XDG_CACHE_HOME/retain/*.lock" >/dev/null; do pause 0.1; done
}

# Milliseconds from start to the first stdout line beginning with "[1/", answers piped in; the
# rest of the output is drained, so the process has ended before the next run.
first_question() {
  local start line end=""
  start="$(micros)"
  {
    while IFS= read -r line; do
      if [[ "$line" == "[1/"* ]]; then
        end="$(micros)"
        break
      fi
    done
    cat >/dev/null 2>&1 || true
  } < <(printf '19 December 2022\n' | "$@" 2>/dev/null)
  echo $(((${end:-$(micros)} - start) / 1000))
}

# Milliseconds for the whole run.
whole_run() {
  local start
  start="$(micros)"
  "$@" </dev/null >/dev/null 2>&1 || true
  echo $((($(micros) - start) / 1000))
}

# A sleep without a process: waits for input that never comes on a pipe held open.
exec {idle}<> <(:)
pause() { read -r -t "$1" -u "$idle" _ || true; }

# Milliseconds from start to a line ending in "› " on the tmux screen, polled every 5 ms; empty if
# none shows in 10 s.
first_prompt() {
  local start now
  start="$(micros)"
  "${tmux[@]}" respawn-pane -k -t bench "$(printf '%q ' "$@")"
  while true; do
    now="$(micros)"
    if "${tmux[@]}" capture-pane -p -t bench | grep -q '› *$'; then
      break
    fi
    if (((now - start) > 10000000)); then
      return
    fi
    pause 0.005
  done
  echo $(((now - start) / 1000))
  # Ctrl-D leaves the REPL; give it a moment so it is gone before the next run
  "${tmux[@]}" send-keys -t bench C-d
  for _ in 1 2 3 4 5 6 7 8 9 10; do
    [ "$("${tmux[@]}" display -p -t bench '#{pane_dead}')" = 1 ] && break
    sleep 0.1
  done
}


no_cache() { rm -rf "$XDG_CACHE_HOME"; }

# row LABEL BUDGET PREPARE MEASURE RETAIN-COMMAND...: alternates the empty program and retain,
# calling PREPARE before each run of retain.
row() {
  local label="$1" budget="$2" prepare="$3" measure="$4" ours=() theirs=() i t
  shift 4
  for ((i = 0; i < runs; i++)); do
    t="$("$measure" "${empty[@]}")"
    [ -n "$t" ] && theirs+=("$t") # a baseline that showed nothing in 10 s is not a figure
    "$prepare"
    t="$("$measure" "$@")"
    if [ -z "$t" ]; then
      printf '| %s | n/a (no REPL in this build) | | | %s |\n' "$label" "$budget"
      return
    fi
    ours+=("$t")
    settle
  done
  if ((${#theirs[@]} == 0)); then
    printf '| %s | %s | n/a (the empty program never showed) | | %s |\n' "$label" "$(printf '%s\n' "${ours[@]}" | median)" "$budget"
    return
  fi
  local a b
  a="$(printf '%s\n' "${ours[@]}" | median)"
  b="$(printf '%s\n' "${theirs[@]}" | median)"
  printf '| %s | %s | %s | %s× | %s |\n' "$label" "$a" "$b" \
    "$(ratio "$a" "$b" "%.1f")" "$budget"
}

"$retain" --version >/dev/null # builds the jar if it is stale
settle
# one untimed run of each, so the store exists and the cache is warm, as for a returning user
printf '19 December 2022\n' | "$retain" study "$deck" >/dev/null 2>&1 || true
settle
"${tmux[@]}" new-session -d -s bench -x 120 -y 30 "sleep 86400" \; set-option -t bench remain-on-exit on >/dev/null

echo "retain startup, $runs runs each, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc 2>/dev/null || echo '?') cores," \
  "load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "$("$java" -version 2>&1 | head -n 1)"
echo
echo "| measurement | retain (ms, median) | empty Java program (ms, median) | ratio | budget |"
echo "|---|---|---|---|---|"
row "study: first piped question" "≤ 2.5×" true first_question "$retain" study "$deck"
row "REPL: first prompt (tmux)" "≤ 4×" true first_prompt "$retain"
row "lint $deck (whole run)" "" true whole_run "$retain" lint "$deck"
row "exam with an answers file (whole run)" "" true whole_run "$retain" exam "$deck" --answers answers.yaml
row "study, cold: first run, no archive yet" "" no_cache first_question "$retain" study "$deck"
