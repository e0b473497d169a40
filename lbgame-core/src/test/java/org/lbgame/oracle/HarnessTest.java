package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.model.GameJson;

/** The harness catches the shipped buggy implementation ('>=' for '>') and shrinks it; no false alarms. */
class HarnessTest {
  private static final String BUGGY = "python3 " + Path.of("lbgame-core/src/test/resources/buggy-impl/buggy.py").toAbsolutePath();

  @BeforeAll
  static void python() throws Exception {
    Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
    assumeTrue(p.waitFor() == 0, "python3 is needed to run the buggy implementation");
  }

  @Test
  void catchesTheBugAndShrinksToAFewModels(@TempDir Path out) throws Exception {
    StringWriter log = new StringWriter();
    Harness.Report r = Harness.run(BUGGY, 25, 1, 20_000, out, new PrintWriter(log));
    assertFalse(r.clean(), log.toString());
    assertTrue(r.counts.get("DISAGREE") > 0, log.toString());
    assertTrue(r.shrunk.size() <= 3, "shrunk to " + r.shrunk + "\n" + log);
    // the minimal game fails again on its own, and lbgame's answer for it is accepted
    Query q = Query.fromTree(JsonFiles.read(out.resolve("shrunk-query.json"), "q"));
    assertEquals(ExternalRun.Outcome.DISAGREE, ExternalRun.of(BUGGY, q, 20_000).outcome);
    assertTrue(Checker.check(GameJson.fromTree(q.gameTree()), JsonFiles.read(out.resolve("our-answer.json"), "a"), q)
        .accepted());
    assertTrue(Files.readString(out.resolve("reason.txt")).startsWith("DISAGREE"));
    assertTrue(log.toString().contains("shrunk in"), log.toString());
  }

  @Test
  void theFixedImplementationAgreesEverywhere(@TempDir Path out) {
    StringWriter log = new StringWriter();
    Harness.Report r = Harness.run("BUGGY_IMPL_CORRECT=1 " + BUGGY, 25, 1, 20_000, out, new PrintWriter(log));
    assertTrue(r.clean(), log.toString());
    assertEquals(25, r.counts.get("AGREE"));
  }

  @Test
  void theVectorsSeparateTheBuggyFromTheFixedImplementation() {
    int fixedFails = 0;
    java.util.Set<String> buggyFails = new java.util.TreeSet<>();
    for (Vector v : Vectors.suite()) {
      if (v.invalid() || !v.query().discrete()) {
        continue;
      }
      if (ExternalRun.of("BUGGY_IMPL_CORRECT=1 " + BUGGY, v.query(), 20_000).outcome != ExternalRun.Outcome.AGREE) {
        fixedFails++;
      }
      if (ExternalRun.of(BUGGY, v.query(), 20_000).outcome == ExternalRun.Outcome.DISAGREE) {
        buggyFails.add(v.id());
      }
    }
    assertEquals(0, fixedFails, "the fixed implementation passes every discrete vector");
    assertTrue(buggyFails.containsAll(java.util.List.of("ties/tie-is-not-overtake", "ties/tie-never-passes",
        "multi-rank-jumps/two-rank-jump-pays", "threshold/tau-star-unreachable")), buggyFails.toString());
  }

  @Test
  void timeoutsMalformedRepliesAndCrashesAreReportedNotThrown(@TempDir Path out) {
    StringWriter log = new StringWriter();
    Harness.Report r = Harness.run("sleep 5", 1, 1, 200, out, new PrintWriter(log));
    assertEquals(1, r.counts.get("TIMEOUT"), log.toString());
    r = Harness.run("echo '{\"schema\": \"lbgame/1\"'", 2, 1, 5_000, out, new PrintWriter(log));
    assertEquals(2, r.counts.get("MALFORMED"), log.toString());
    r = Harness.run("echo oops >&2; exit 3", 1, 1, 5_000, out, new PrintWriter(log));
    assertEquals(1, r.counts.get("CRASH"), log.toString());
    assertTrue(log.toString().contains("exit code 3: oops"), log.toString());
  }
}
