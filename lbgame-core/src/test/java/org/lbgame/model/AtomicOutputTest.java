package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {
  @TempDir
  Path dir;

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Every path below {@code root} with its content (folders as "/"). */
  private static Map<String, String> tree(Path root) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path p : (Iterable<Path>) s::iterator) {
        m.put(root.relativize(p).toString(), Files.isDirectory(p) ? "/" : Files.readString(p));
      }
    }
    return m;
  }

  @Test
  void aNewFolderAppearsWholeOnCommitAndNotAtAllWithout() throws IOException {
    Path out = dir.resolve("new");
    try (AtomicOutput o = AtomicOutput.folder(out, "--out")) {
      o.write("a.txt", b("a")).write("sub/b.txt", b("b"));
      assertFalse(Files.exists(out), "nothing in place before the commit");
      o.commit();
    }
    assertEquals(Map.of("", "/", "a.txt", "a", "sub", "/", "sub/b.txt", "b"), tree(out));
    assertEquals(1, tree(dir).keySet().stream().filter(k -> !k.isEmpty() && !k.contains("/")).count(),
        "no staging folder left: " + tree(dir));
    Path other = dir.resolve("other");
    try (AtomicOutput o = AtomicOutput.folder(other, "--out")) {
      o.write("a.txt", b("a"));
    }
    assertFalse(Files.exists(other));
    assertEquals(1, tree(dir).keySet().stream().filter(k -> !k.isEmpty() && !k.contains("/")).count());
  }

  @Test
  void aFailureDuringTheMovesUndoesEveryMove() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("x.txt"), "old x");
    Files.writeString(out.resolve("keep.txt"), "keep");
    Map<String, String> before = tree(out);
    AtomicOutput o = AtomicOutput.folder(out, "--out");
    o.write("x.txt", b("new x")).write("new/y.txt", b("y"));
    // staged but never written: its move fails after x.txt and new/y.txt were moved into place
    o.stage("z.txt");
    InvalidGameException e = assertThrows(InvalidGameException.class, o::commit);
    assertEquals("--out", e.field());
    assertEquals(before, tree(out), "the folder as it was: old x back, no new file, no staging folder");
  }

  @Test
  void aCommitIntoAnExistingFolderReplacesOnlyItsOwnFiles() throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("x.txt"), "old x");
    Files.writeString(out.resolve("keep.txt"), "keep");
    try (AtomicOutput o = AtomicOutput.folder(out, "--out")) {
      o.write("x.txt", b("new x")).commit();
    }
    assertEquals(Map.of("", "/", "x.txt", "new x", "keep.txt", "keep"), tree(out));
  }

  @Test
  void unusableTargetsAreInvalidInputOnTheOption() throws IOException {
    Path file = Files.writeString(dir.resolve("f"), "f");
    assertTrue(assertThrows(InvalidGameException.class, () -> AtomicOutput.folder(file, "--out")).rule()
        .contains("not an existing file"));
    assertTrue(assertThrows(InvalidGameException.class, () -> AtomicOutput.folder(dir.resolve("a/b"), "--out"))
        .rule().contains("existing folder"));
    assertTrue(assertThrows(InvalidGameException.class, () -> AtomicOutput.file(dir, "--out")).rule()
        .contains("not an existing folder"));
    Files.createDirectories(dir.resolve("out/x.txt"));
    Map<String, String> before = tree(dir);
    try (AtomicOutput o = AtomicOutput.folder(dir.resolve("out"), "--out")) {
      o.write("a.txt", b("a")).write("x.txt", b("x"));
      assertEquals("--out", assertThrows(InvalidGameException.class, o::commit).field());
    }
    assertEquals(before, tree(dir));
  }

  @Test
  void aSingleFileIsReplacedInOneStep() throws IOException {
    Path f = Files.writeString(dir.resolve("g.nfg"), "old");
    try (AtomicOutput o = AtomicOutput.file(f, "--out")) {
      o.write("g.nfg", b("new")).commit();
    }
    assertEquals(Map.of("", "/", "g.nfg", "new"), tree(dir));
  }
}
