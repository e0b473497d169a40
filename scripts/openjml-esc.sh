#!/usr/bin/env bash
# Runs OpenJML's static checker (ESC, prover Z3) over the verified kernel, the same sources KeY proves, and records
# the result (also run by `mvn -B verify -Popenjml`):
#   proofs/OPENJML.md  one row per method (status, time, reason) and the hash of the kernel sources checked;
#   proofs/STATUS.md   the OpenJML and verdict columns of the combined table (the KeY column is KernelProofsIT's).
# Two vacuity guards fail the run: every precondition must be feasible (--check-feasibility), and every
# deliberately wrong contract (src/test/key-mutants and src/test/openjml-mutants) must stay unproved.
#
# OpenJML is not on Maven Central or in Debian and no build step installs it (building it from source takes about
# 75 minutes): set OPENJML to its `openjml` launcher or put `openjml` on PATH. Z3 is `apt-get install z3`, found as
# $Z3 or `z3` on PATH. OPENJML_RLIMIT: Z3's resource budget per query, which decides (below). OPENJML_TIMEOUT:
# seconds per query (default 900), a wall-clock guard only. OPENJML_RECORD=0, or an argument --method/--exclude: check only, write nothing
# under proofs/. Other arguments go to OpenJML, e.g. --method=org.lbgame.kernel.Ranking.rankOf.
# OPENJML_REUSE_LOG=1: resume after the kernel run (its log, wall time and hash are kept in lbgame-kernel/target/openjml).
set -euo pipefail
cd "$(dirname "$0")/.."
kernel=lbgame-kernel/src/main/java
tool=scripts/proof-status
out=lbgame-kernel/target/openjml
bin="${OPENJML:-$(command -v openjml || true)}"
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "openjml-esc: OpenJML is ABSENT, nothing was checked: set OPENJML to its openjml launcher or put openjml" \
       "on PATH (build: https://github.com/OpenJML/OpenJML, about 75 minutes; where its make stops early, the" \
       "launcher scripts/openjml-stopgap/openjml runs what it built; no build or CI step installs it)." >&2
  exit 2
fi
z3="${Z3:-$(command -v z3 || true)}"
if [ -z "$z3" ] || [ ! -x "$z3" ]; then
  echo "openjml-esc: Z3 is ABSENT, nothing was checked: apt-get install z3, or set Z3 to the z3 executable." >&2
  exit 2
fi
unset NOJML
record=1
partial=0
for a in "$@"; do
  case "$a" in --method*|--exclude*) record=0; partial=1 ;; esac
done
[ "${OPENJML_RECORD:-1}" = 0 ] && record=0
timeout="${OPENJML_TIMEOUT:-900}"
# OPENJML_MUTANT_TIMEOUT: seconds per query for the mutants (default: OPENJML_TIMEOUT). A mutant only has to come out
# not valid, and one that runs into the limit does; a shorter limit there keeps a long kernel limit affordable.
mutant_timeout="${OPENJML_MUTANT_TIMEOUT:-$timeout}"
# OPENJML_RLIMIT: Z3's resource budget per query (its rlimit count, default 200000000; 0: none). This budget
# decides the outcome, the same on a loaded machine as on an idle one; OPENJML_TIMEOUT stays as a wall-clock guard
# for a query that runs away. Z3 is run through scripts/z3-budget, which passes the budget on.
rlimit="${OPENJML_RLIMIT:-200000000}"
if [ "$rlimit" != 0 ]; then
  export LBGAME_Z3="$z3" LBGAME_Z3_RLIMIT="$rlimit"
  prover="$PWD/scripts/z3-budget"
else
  prover="$z3"
fi
# OPENJML_JOBS=N: N OpenJML runs at once over groups of classes (a recording run only; default 1). The outcomes do not
# depend on it (the rlimit decides), only the wall time and whether the wall-clock guard is reached.
jobs="${OPENJML_JOBS:-1}"
mkdir -p "$out"
mapfile -t files < <(find "$kernel" -name '*.java' | LC_ALL=C sort)
# OpenJML hands --timeout to z3's -t option, which counts milliseconds. -Xmaxwarns: javac prints only the first 100
# warnings by default, and a method's "not implemented" warnings decide whether its proof counts.
opts=(--esc --progress --show-summary --show-not-implemented --prover=z3_4_8 --exec="$prover" --timeout="${timeout}000"
      --check-feasibility=precondition,exit -Xmaxwarns 1000000 -Xmaxerrs 1000000)

# The kernel. OpenJML exits 6 when it reports a verification failure: that is a result to record, not a crash.
hash="$("$tool" hash "$kernel")"
start=$(date +%s)
if [ "${OPENJML_REUSE_LOG:-0}" = 1 ] && [ -s "$out/esc.log" ] && [ -s "$out/esc.wall" ]; then
  # Resume after the kernel run (e.g. when a later step failed): its log and wall time are kept beside it, and the
  # hash check below still refuses a kernel that changed since.
  echo "openjml-esc: reusing $out/esc.log (OPENJML_REUSE_LOG=1)"
  rc=0
  wall=$(cat "$out/esc.wall")
  [ "$(cat "$out/esc.hash")" = "$hash" ] || { echo "openjml-esc: $out/esc.log is of another kernel" >&2; exit 1; }
else
  set +e
  if [ "$jobs" -gt 1 ] && [ "$record" = 1 ]; then
    # One OpenJML per group of classes (balanced by the last record's times), all at once: Z3 answers one query at a
    # time. Each run skips the others' methods "(excluded by -method)"; those lines are dropped from the joint log.
    mapfile -t groups < <("$tool" plan "$jobs" proofs/OPENJML.md "$kernel")
    pids=()
    for g in "${!groups[@]}"; do
      "$bin" "${opts[@]}" --method="${groups[$g]}" "$@" "${files[@]}" >"$out/esc-$g.log" 2>&1 &
      pids+=($!)
    done
    rc=0
    for p in "${pids[@]}"; do
      wait "$p"
      r=$?
      if [ "$r" -ne 0 ] && [ "$r" -ne 6 ]; then rc=$r; elif [ "$r" -eq 6 ] && [ "$rc" -eq 0 ]; then rc=6; fi
    done
    for g in "${!groups[@]}"; do
      grep -v ' (excluded by -method)$' "$out/esc-$g.log"
    done >"$out/esc.log"
  else
    "$bin" "${opts[@]}" "$@" "${files[@]}" >"$out/esc.log" 2>&1
    rc=$?
  fi
  set -e
  wall=$(( $(date +%s) - start ))
  echo "$wall" >"$out/esc.wall"
  echo "$hash" >"$out/esc.hash"
fi
grep -E '^(Completed proof|Skipping proof)|: error:' "$out/esc.log" || true
if [ "$rc" -ne 0 ] && [ "$rc" -ne 6 ]; then
  echo "openjml-esc: OpenJML failed (exit $rc); its output is in $out/esc.log" >&2
  tail -20 "$out/esc.log" >&2
  exit 1
fi
if [ "$("$tool" hash "$kernel")" != "$hash" ]; then
  echo "openjml-esc: the kernel changed during the run; nothing recorded" >&2
  exit 1
fi
# A timeout or Z3's unknown in the whole-kernel run is no answer, and Z3's search there depends on what the same
# OpenJML checked before (a method valid alone in 6 s has timed out at 300 s in a whole run). Each such method is
# checked once more alone, with the same options; a VALID there counts (the record says so in its reason column).
# A partial run (--method, --exclude) already checked its methods apart from the rest of the kernel: not repeated.
: >"$out/alone.log"
if [ "$partial" = 0 ]; then
  for m in $("$tool" unanswered "$out/esc.log"); do
    cls="${m%.*}"
    file="$kernel/${cls//.//}.java"
    { "$bin" "${opts[@]}" --method="$m" -sourcepath "$kernel" "$file" 2>&1 || true; } \
      | grep -v ' (excluded by -method)$' >>"$out/alone.log" || true
  done
fi
# OpenJML reports "with warnings" both when Z3 finds a counterexample (sat) and when it gives up with a candidate
# model (unknown). Ask Z3's answer for each such method (a -verbose re-run of that method alone).
: >"$out/z3-answers.tsv"
for m in $("$tool" invalid "$out/esc.log"); do
  cls="${m%.*}"
  file="$kernel/${cls//.//}.java"
  # OpenJML exits 6 on the warnings this re-run is about: under pipefail that must not end the script.
  answer="$( { "$bin" "${opts[@]}" --method="$m" -verbose -sourcepath "$kernel" "$file" 2>&1 || true; } \
    | sed -n 's/^Proof result is \([a-z]*\).*/\1/p' | head -1)"
  printf '%s\t%s\n' "$m" "${answer:-none}" >>"$out/z3-answers.tsv"
done
version="$("$bin" --version 2>&1 | head -1)${OPENJML_NOTE:+ (${OPENJML_NOTE})}"
if [ "$record" = 1 ]; then
  "$tool" record "$out/esc.log" proofs/OPENJML.md "$hash" "$out/z3-answers.tsv" "$out/alone.log" \
    "OpenJML" "$version" "prover" "$("$z3" --version)" \
    "options" "${opts[*]/--exec=*/--exec=z3} (z3 rlimit=${rlimit} per query decides; z3 -t counts milliseconds: ${timeout} s per query (the mutants ${mutant_timeout} s) is a wall-clock guard)" "run" "$(date -u '+%Y-%m-%d %H:%M UTC'), ${wall} s wall, ${jobs} OpenJML run(s) at once" \
    "reproduce" "scripts/openjml-esc.sh (or mvn -B verify -Popenjml)"
  "$tool" combine proofs/STATUS.md proofs/OPENJML.md proofs/notes.tsv
  "$tool" dependencies proofs/STATUS.md "$kernel"
  echo "openjml-esc: wrote proofs/OPENJML.md and the OpenJML columns of proofs/STATUS.md (${wall} s)"
else
  "$tool" record "$out/esc.log" "$out/OPENJML.md" "$hash" "$out/z3-answers.tsv" "$out/alone.log" "OpenJML" "$version" \
    "run" "partial"
  echo "openjml-esc: partial run, recorded in $out/OPENJML.md only (${wall} s)"
fi
if grep -q 'infeasible' "$out/esc.log"; then
  echo "openjml-esc: an assumption is infeasible (a vacuous proof):" >&2
  grep -B2 'infeasible' "$out/esc.log" >&2
  exit 1
fi

# The mutants: deliberately wrong contracts, each of which OpenJML must report not valid.
mapfile -t mutants < <(find lbgame-kernel/src/test/key-mutants lbgame-kernel/src/test/openjml-mutants -name '*.java' \
  | LC_ALL=C sort)
set +e
"$bin" "${opts[@]/#--timeout=*/--timeout=${mutant_timeout}000}" --method='org\.lbgame\.mutant\..*' -sourcepath "$kernel" "${mutants[@]}" >"$out/mutants.log" 2>&1
rc=$?
set -e
if [ "$rc" -ne 0 ] && [ "$rc" -ne 6 ]; then
  echo "openjml-esc: OpenJML failed on the mutants (exit $rc); see $out/mutants.log" >&2
  exit 1
fi
"$tool" mutants "$out/mutants.log"
