package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.model.ValidationReport;

/**
 * The compact hypothesis report ({@link Hypotheses#summary}) against the full one, tallied here from its checks:
 * the same counts per hypothesis, the same checks that do not pass (same words, same order), and the same answers
 * to every question the solver asks of a report.
 */
class CompactReportTest {
  @Test
  void theCompactReportIsTheFullReportCounted() {
    SplittableRandom rng = new SplittableRandom(43);
    int failing = 0;
    for (int t = 0; t < 120; t++) {
      Game g = JumpScanTest.randomGame(rng);
      ValidationReport full = Hypotheses.check(g);
      ValidationReport compact = Hypotheses.summary(g);
      String what = "game " + t;
      assertTrue(compact.compact() && !full.compact(), what);
      List<String> notPassed = new ArrayList<>();
      for (HypothesisCheck c : full.checks()) {
        if (!c.passed()) {
          notPassed.add(c.toString());
        }
      }
      List<String> kept = new ArrayList<>();
      compact.checks().forEach(c -> kept.add(c.toString()));
      assertEquals(notPassed, kept, what);
      failing += notPassed.isEmpty() ? 0 : 1;
      for (Hypothesis h : Hypothesis.values()) {
        long passed = full.checks().stream().filter(c -> c.hypothesis() == h && c.passed()).count();
        long other = full.checks().stream().filter(c -> c.hypothesis() == h && !c.passed()).count();
        assertEquals(passed, compact.passedCount(h), what + " " + h);
        assertEquals(other, compact.notPassedCount(h), what + " " + h);
        assertEquals(passed, full.passedCount(h), what + " " + h);
        assertEquals(other, full.notPassedCount(h), what + " " + h);
        assertEquals(full.holds(h), compact.holds(h), what + " " + h);
        assertEquals(full.onlyOnGrid(h), compact.onlyOnGrid(h), what + " " + h);
      }
      assertEquals(full.failed(), compact.failed(), what);
      assertEquals(full.undecided(), compact.undecided(), what);
      assertEquals(full.failures().toString(), compact.failures().toString(), what);
      if (t % 4 != 0) {
        continue;
      }
      // the solver's answer rests on the report: the same with either
      double tau = JumpScanTest.tau(rng);
      SolutionSummary a = Solver.summarize(g, tau, full, 3);
      SolutionSummary b = Solver.summarize(g, tau, compact, 3);
      assertEquals(a.verdict(), b.verdict(), what);
      assertEquals(a.findings(), b.findings(), what);
    }
    assertTrue(failing > 20, "games with a failing check: " + failing);
  }
}
