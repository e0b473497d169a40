#!/usr/bin/env bash
# How OpenJML treats JML it cannot translate: runs ESC over the small true (t*) and false (f*) examples in
# lbgame-kernel/src/test/openjml-soundness and compares each result with expected.tsv there. The answers are
# written up in proofs/OPENJML-SOUNDNESS.md. Fails when OpenJML's behaviour differs from the recorded one, or when
# a false example is reported valid without the diagnostic that makes scripts/openjml-esc.sh refuse to count it
# (a "NOT IMPLEMENTED ... \num_of" warning in that method's proof, or a "Not implemented for static checking" note).
# Needs OpenJML and Z3 as scripts/openjml-esc.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=lbgame-kernel/src/test/openjml-soundness
tool=scripts/proof-status
out=lbgame-kernel/target/openjml
bin="${OPENJML:-$(command -v openjml || true)}"
z3="${Z3:-$(command -v z3 || true)}"
if [ -z "$bin" ] || [ ! -x "$bin" ] || [ -z "$z3" ] || [ ! -x "$z3" ]; then
  echo "openjml-soundness: OpenJML or Z3 is ABSENT, nothing was checked (see scripts/openjml-esc.sh)." >&2
  exit 2
fi
unset NOJML
mkdir -p "$out"
: >"$out/soundness.log"
# One OpenJML run per file: a dropped clause is reported before any proof starts, so it is charged to its file.
for f in $(find "$dir" -name '*.java' | LC_ALL=C sort); do
  set +e
  "$bin" --esc --progress --show-summary --show-not-implemented --prover=z3_4_8 --exec="$z3" --timeout=600000 \
    -Xmaxwarns 1000000 -Xmaxerrs 1000000 -sourcepath "$dir" "$f" >"$out/soundness-$(basename "$f" .java).log" 2>&1
  rc=$?
  set -e
  if [ "$rc" -ne 0 ] && [ "$rc" -ne 6 ]; then
    echo "openjml-soundness: OpenJML failed on $f (exit $rc)" >&2
    exit 1
  fi
  echo "== $(basename "$f")" >>"$out/soundness.log"
  cat "$out/soundness-$(basename "$f" .java).log" >>"$out/soundness.log"
done
"$tool" soundness "$out/soundness.log" "$dir/expected.tsv"
