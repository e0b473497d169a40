#!/usr/bin/env bash
# Builds what the stop-gap launcher `openjml` (beside this script) needs besides the interim langtools modules that
# OpenJML's JDK build leaves behind when its `make` stops (see README.md here). Writes, under $OPENJML_STOPGAP_HOME
# (default ~/.cache/lbgame-openjml):
#   lib/jml-classes     OpenJML's JML classes (org.jmlspecs.{annotation,lang,runtime}) compiled with --release 21;
#                       patched into the running JVM's java.base (OpenJML loads the annotations by reflection).
#   lib/mods/java.base  the class library OpenJML checks against (--system none --module-path lib/mods): JDK 25's
#                       java.base, every class file set to version 65 (the interim javac reads at most 65), the
#                       declarations the JDK 21 specifications name put back in their JDK 21 form (tool/Jdk21Form.java),
#                       the JML classes added and exported.
#   root/               OPENJML_ROOT: specs -> the Specs checkout, Solvers-linux/z3-4.8.12 -> z3.
# usage: OJBUILD=DEST scripts/openjml-stopgap/make-base.sh   (DEST: the folder the OpenJML build was run in, holding
# OpenJML/ and Specs/). About a minute, no network. Needs JDK 25 (JDK25, default /usr/lib/jvm/temurin-25-jdk-amd64).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build="${OJBUILD:?set OJBUILD to the folder the OpenJML build ran in (it holds OpenJML/ and Specs/)}"
jdk="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
home="${OPENJML_STOPGAP_HOME:-$HOME/.cache/lbgame-openjml}"
src="$build/OpenJML/OpenJML21/src/java.base/share/classes"
z3="${Z3:-$(command -v z3)}"
for f in "$src/org/jmlspecs/annotation" "$build/Specs/specs/java/lang/Object.jml" "$jdk/bin/javac" "$z3"; do
  [ -e "$f" ] || { echo "make-base: missing $f" >&2; exit 2; }
done
run() { nice -n 5 "$@"; }
mkdir -p "$home" && cd "$home"
rm -rf lib tool-classes && mkdir -p lib tool-classes root/Solvers-linux
run "$jdk/bin/javac" -J-XX:ActiveProcessorCount=1 -d tool-classes "$here"/tool/*.java
find "$src/org/jmlspecs/annotation" "$src/org/jmlspecs/lang" "$src/org/jmlspecs/runtime" -name '*.java' > lib/jml.list
run "$jdk/bin/javac" -J-XX:ActiveProcessorCount=1 --release 21 -nowarn -d lib/jml-classes @lib/jml.list
rm lib/jml.list
tmp=$(mktemp -d)
run "$jdk/bin/jimage" extract --include 'regex:/java.base/.*' --dir "$tmp" "$jdk/lib/modules"
mkdir -p lib/mods
mv "$tmp/java.base" lib/mods/java.base
rmdir "$tmp"
cp -r lib/jml-classes/org lib/mods/java.base/
run "$jdk/bin/java" -cp tool-classes AddExports lib/mods/java.base/module-info.class lib/mods/java.base/module-info.class \
    org.jmlspecs.annotation org.jmlspecs.lang org.jmlspecs.runtime
run "$jdk/bin/java" -cp tool-classes SetVersion lib/mods/java.base 65
run "$jdk/bin/java" -cp tool-classes Jdk21Form lib/mods/java.base
ln -sfn "$build/Specs/specs" root/specs
ln -sfn "$z3" root/Solvers-linux/z3-4.8.12
printf '%s\n' "$build" > root/ojbuild
echo "make-base: done ($home); launcher: $here/openjml"
