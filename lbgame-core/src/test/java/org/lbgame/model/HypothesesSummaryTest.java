package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The compact report with its curves checked on two threads: the full report's checks that do not pass, in the
 * full report's order, and its counts (tallied here from the full report's checks).
 */
class HypothesesSummaryTest {
  @Test
  void twoThreadsGiveTheFullReportCounted() {
    SplittableRandom rng = new SplittableRandom(47);
    int failing = 0;
    for (int t = 0; t < 200; t++) {
      int n = 2 + rng.nextInt(30);
      List<Model> ms = new ArrayList<>();
      double a = rng.nextDouble(-1, 3);
      double b = rng.nextDouble(0.2, 1.5);
      for (int i = 0; i < n; i++) {
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, 0, 1)));
        a -= rng.nextInt(6) == 0 ? rng.nextDouble(-0.5, 0.1) : rng.nextDouble(0.01, 2);
        // a weaker model learning faster now and then: C1 and C3 fail there; b > 1 with a low start: C2 fails
        b = rng.nextInt(6) == 0 ? rng.nextDouble(0.2, 3) : b * rng.nextDouble(0.9, 1.0);
      }
      Game g = Game.of(ms, LinearCost.of(1), Rewards.linear(n));
      ValidationReport full = Hypotheses.check(g);
      ValidationReport two = Hypotheses.summary(g, 2);
      List<String> expected = new ArrayList<>();
      full.checks().stream().filter(c -> !c.passed()).forEach(c -> expected.add(c.toString()));
      List<String> kept = new ArrayList<>();
      two.checks().forEach(c -> kept.add(c.toString()));
      assertEquals(expected, kept, "game " + t);
      for (Hypothesis h : Hypothesis.values()) {
        assertEquals(full.checks().stream().filter(c -> c.hypothesis() == h && c.passed()).count(), two.passedCount(h));
        assertEquals(full.checks().stream().filter(c -> c.hypothesis() == h && !c.passed()).count(),
            two.notPassedCount(h));
        assertEquals(full.onlyOnGrid(h), two.onlyOnGrid(h));
      }
      assertEquals(full.failed(), two.failed());
      failing += expected.isEmpty() ? 0 : 1;
    }
    assertTrue(failing > 50, "games with failing checks: " + failing);
  }
}
