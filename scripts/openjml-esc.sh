#!/usr/bin/env bash
# Runs OpenJML's static checker (ESC) over the verified kernel, the same sources KeY proves.
# OpenJML is distributed only as release archives (not on Maven Central or Debian): install one and set
# OPENJML to its `openjml` launcher, or put `openjml` on PATH. Extra arguments are passed to OpenJML,
# e.g. --prover=z3_4_8 --exec=/usr/bin/z3.
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${OPENJML:-}"
if [ -z "$bin" ]; then
  bin="$(command -v openjml || true)"
fi
if [ -z "$bin" ] || [ ! -x "$bin" ]; then
  echo "openjml-esc: OpenJML not found: set OPENJML to the openjml launcher or put openjml on PATH" \
       "(releases: https://github.com/OpenJML/OpenJML/releases)" >&2
  exit 2
fi
# The kernel's JML is written in the subset both tools read: KeY-only clauses sit in /*+KeY@ ... */ comments,
# which OpenJML ignores, and their OpenJML counterparts in /*-KeY@ ... */ comments, which KeY ignores.
# Known gap: the rank contracts use \num_of, which OpenJML's ESC reports as not yet supported.
mapfile -t files < <(find lbgame-kernel/src/main/java -name '*.java' | sort)
exec "$bin" --esc --progress "$@" "${files[@]}"
