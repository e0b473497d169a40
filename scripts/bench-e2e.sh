#!/usr/bin/env bash
# End-to-end benchmark of issue 22 (docs/benchmarks.md): every scaling path through ./lbgame, wall time and
# peak RSS from /usr/bin/time -v, median of RUNS runs (default 3), printed as a Markdown table with the
# issue's targets. Peers run on the same machine in the same session, for ratios that the machine's load
# cancels out of:
#   - gambit-enumpure (on PATH, or GAMBIT=/path) on the .nfg of `lbgame export-nfg`, for the enumeration
#     games; skipped with a note where it is not installed. Its all-equilibria runs need 15-21 GB
#     (issue 22's own figures), so they run only with GAMBIT_ALL_EQ=1;
#   - BASE_JAR=/path/to/an/older/lbgame-cli-*-cli.jar: the same commands on an older build, each capped
#     at BASE_TIMEOUT seconds (default 300); or BASE_CMD=/path/to/a/launcher of an older build (e.g. with
#     its own class-data archive and launcher options, so that only the code differs).
# PEER_RUNS (default RUNS) sets the runs of the peers, which can take minutes each. LBGAME (default ./lbgame)
# is the command measured, e.g. a launcher of a frozen copy of the jar while the sources change.
# Usage: scripts/bench-e2e.sh [cases...]   (cases: startup enumerate threshold solve audit single; default all)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
runs="${RUNS:-3}"
work="${WORK:-$here/target/bench-e2e}"
base_timeout="${BASE_TIMEOUT:-300}"
gambit="${GAMBIT:-$(command -v gambit-enumpure || true)}"
mkdir -p "$work"
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=(startup enumerate threshold solve audit single)
want() { local c; for c in "${cases[@]}"; do [ "$c" = "$1" ] && return 0; done; return 1; }

# build once (the launcher builds the CLI jar and its class-data archive on first use)
./lbgame --version >/dev/null
lb="${LBGAME:-./lbgame}"
testkit="$here/lbgame-testkit/target/lbgame-testkit-0.1.0-SNAPSHOT.jar"
cli="$here/lbgame-cli/target/lbgame-cli-0.1.0-SNAPSHOT-cli.jar"
if [ ! -f "$testkit" ] || [ "$cli" -nt "$testkit" ]; then
  mvn -B -q -o -DskipTests -Dmaven.test.skip=true -Dmaven.javadoc.skip=true -pl lbgame-testkit -am package >&2
fi
gen() { [ -f "$work/$2" ] || java -cp "$testkit:$cli" org.lbgame.gen.BenchGames $1 "$work/$2"; }
gen "power-law 10000" pl-1e4.json
gen "power-law 1000000" pl-1e6.json
gen "crossing 4 29" crossing-4x30.json
gen "crossing 6 9" crossing-6x10.json
gen "all-equilibria 4 29" all-equilibria-4x30.json
gen "all-equilibria 6 9" all-equilibria-6x10.json
gen "trajectories 1000" trajectories-1e3.csv

# measure LABEL CMD...: median wall seconds and median peak RSS in MB of $runs runs ("-" when it failed or timed out)
measure() {
  local label="$1"; shift
  local walls=() rsss=() k n="$runs"
  [[ $label == base* || $label == gambit* ]] && n="${PEER_RUNS:-$runs}"
  for ((k = 0; k < n; k++)); do
    if /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>"$work/err.txt"; then
      walls+=("$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}' "$work/time.txt")")
      rsss+=("$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time.txt")")
    else
      echo "  ($label: run failed or timed out: $(tail -1 "$work/err.txt"))" >&2
      echo "- -"
      return
    fi
  done
  local w r
  w=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  r=$(printf '%s\n' "${rsss[@]}" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}')
  echo "$w $r"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (a == "-" || b == "-" || a == 0) print "-"; else printf "%.1fx", b / a}'; }
base() {
  if [ -n "${BASE_CMD:-}" ]; then measure "base $1" timeout "$base_timeout" $BASE_CMD "${@:2}"
  elif [ -n "${BASE_JAR:-}" ]; then measure "base $1" timeout "$base_timeout" java -jar "$BASE_JAR" "${@:2}"
  else echo "- -"; fi
}

echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo), $(free -g | awk '/Mem:/ {print $2}') GB;" \
  "$(java -version 2>&1 | head -1); load average before: $(cut -d' ' -f1-3 /proc/loadavg); runs: $runs (peers ${PEER_RUNS:-$runs})"
echo
echo "| case | lbgame wall | lbgame RSS | peer | peer wall | peer RSS | time ratio | memory ratio | target |"
echo "|---|---|---|---|---|---|---|---|---|"
row() { # case lbgame(w r) peername peer(w r) target
  read -r lw lr <<<"$2"; read -r pw pr <<<"$4"
  echo "| $1 | ${lw} s | ${lr} MB | $3 | ${pw} s | ${pr} MB | $(ratio "$lw" "$pw") | $(ratio "$lr" "$pr") | $5 |"
}
if want startup; then
  row "\`--version\`" "$(measure version $lb --version)" "older build" "$(base version --version)" "(report)"
  row "small solve (qwen25, 5 models)" "$(measure small $lb solve examples/qwen25-winogrande.json)" \
    "older build" "$(base small solve examples/qwen25-winogrande.json)" "(report)"
fi
if want enumerate; then
  for g in crossing-4x30:29 crossing-6x10:9 all-equilibria-4x30:29 all-equilibria-6x10:9; do
    name=${g%%:*}; steps=${g##*:}
    ours=$(measure "$name" $lb enumerate "$work/$name.json" --steps "$steps")
    target=$([[ $name == crossing* ]] && echo ">= 10x faster than gambit, < 100 MB" || echo ">= 50x faster than gambit, < 128 MB")
    if [ -z "$gambit" ]; then
      row "enumerate $name" "$ours" "gambit-enumpure (not installed)" "- -" "$target"
    elif [[ $name == all-equilibria* ]] && [ "${GAMBIT_ALL_EQ:-0}" != 1 ]; then
      row "enumerate $name" "$ours" "gambit-enumpure (skipped: 15-21 GB; GAMBIT_ALL_EQ=1)" "- -" "$target"
    else
      [ -f "$work/$name.nfg" ] || $lb export-nfg "$work/$name.json" --steps "$steps" --out "$work/$name.nfg"
      row "enumerate $name" "$ours" "gambit-enumpure" "$(measure "gambit $name" "$gambit" -q "$work/$name.nfg")" "$target"
    fi
  done
fi
if want threshold; then
  row "threshold, 10^6 power-law models" "$(measure thr $lb threshold "$work/pl-1e6.json")" "older build" \
    "$(base thr threshold "$work/pl-1e6.json")" "< 3 s, < 512 MB"
fi
if want solve; then
  row "solve, 10^4 models" "$(measure s4 $lb solve "$work/pl-1e4.json")" "older build" \
    "$(base s4 solve "$work/pl-1e4.json")" "< 5 s"
  row "solve, 10^6 models (summary)" "$(measure s6 $lb solve "$work/pl-1e6.json")" "older build" \
    "$(base s6 solve "$work/pl-1e6.json")" "< 10 s"
fi
if want single; then
  row "enumerate --steps 0, 10^6 models" "$(measure e0 $lb enumerate "$work/pl-1e6.json" --steps 0)" \
    "older build" "$(base e0 enumerate "$work/pl-1e6.json" --steps 0)" "< 10 s, linear"
fi
if want audit; then
  rm -rf "$work/audit"
  row "audit, 10^3 models" "$(measure audit $lb audit "$work/trajectories-1e3.csv" --floor 0.5 --out "$work/audit")" \
    "older build" "$(base audit audit "$work/trajectories-1e3.csv" --floor 0.5 --out "$work/audit-base")" "< 5 s, < 512 MB"
fi
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
