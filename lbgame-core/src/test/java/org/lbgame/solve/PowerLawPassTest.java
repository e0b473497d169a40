package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.TieRule;
import org.lbgame.model.ValidationReport;

/**
 * The primitive pass ({@link PowerLawPass}) against the rows of the full computation ({@link Deviations#of},
 * object-based intervals, every rival): every row it gives is the full row of the same index, field by field
 * (bounds, statuses and margins bit for bit; the full rows' witnesses aside, which the scan finds later), and
 * the summary it feeds, on one thread or split over two, is the full solver's answer.
 */
class PowerLawPassTest {
  @Test
  void everyFastRowIsTheFullRow() {
    SplittableRandom rng = new SplittableRandom(23);
    int fast = 0;
    int rows = 0;
    int pairs = 0;
    for (int t = 0; t < 400; t++) {
      Game g = game(rng);
      double tau = JumpScanTest.tau(rng);
      double[] effort = t % 3 == 0 ? JumpScanTest.randomProfile(rng, g.size()) : new double[g.size()];
      JumpScan scan = JumpScan.of(g, tau, effort);
      assertNotNull(scan, "game " + t);
      PowerLawPass p = scan.newPass();
      assertNotNull(p, "game " + t);
      for (int k = 1; k < g.size(); k++) {
        // the adjacent condition at all-zero, whatever the profile: PairCheck.of's status and margin
        Status s = p.pair(k);
        if (s != null) {
          PairCheck c = PairCheck.of(g, tau, k);
          assertEquals(c.status(), s, "game " + t + " pair " + k);
          assertEquals(c.margin(), p.pairMargin(), 0, "game " + t + " pair " + k);
          pairs++;
        }
      }
      for (int i = 0; i < g.size(); i++) {
        if (!scan.fastRows(i, p)) {
          continue;
        }
        List<Deviation> full = Deviations.of(g, tau, effort, i);
        if (full.stream().anyMatch(d -> d.marginBound().highPrecision())) {
          // a margin beyond the scan's cut was open in doubles: the full pass redid every row in 60 digits
          continue;
        }
        fast++;
        JumpScan.Rows generic = scan.rows(i);
        String what = "game " + t + " model " + i;
        assertEquals(generic.size(), p.size(), what);
        assertEquals(generic.pruned(), p.pruned(), what);
        for (int m = 0; m < p.size(); m++) {
          Deviation d = p.row(m);
          assertSameRow(full.get(m), d, what + " row " + m);
          assertEquals(generic.witnessFrom(m), p.witnessFrom(m), 0, what);
          assertEquals(generic.witnessLimit(m), p.witnessLimit(m), 0, what);
          assertEquals(d.margin(), p.margin(m), 0, what);
          assertEquals(d.status(), p.status(m), what);
          rows++;
        }
      }
    }
    // the fast pass must have decided most models, or the comparison says little
    assertTrue(fast > 3000 && rows > 5000 && pairs > 3000, fast + " models, " + rows + " rows, " + pairs + " pairs");
  }

  @Test
  void theSummaryOnTwoThreadsIsTheFullSolversAnswer() {
    SplittableRandom rng = new SplittableRandom(29);
    for (int t = 0; t < 150; t++) {
      Game g = game(rng);
      double tau = JumpScanTest.tau(rng);
      ValidationReport report = Hypotheses.check(g);
      Solution full = Solver.solve(g, tau, report);
      // split from 2 models: the later half of the models on a second thread, merged
      SolutionSummary sum = Solver.summarize(g, tau, report, 3, 2);
      JumpScanTest.assertSameAnswer(full, sum, "game " + t);
      SolutionSummary one = Solver.summarize(g, tau, report, 3, Integer.MAX_VALUE);
      assertEquals(one.violating().size(), sum.violating().size(), "game " + t);
      for (int k = 0; k < one.violating().size(); k++) {
        JumpScanTest.assertSame(one.violating().get(k), sum.violating().get(k), "game " + t + " listed " + k);
      }
    }
  }

  /** All fields but the witness, which the scan leaves to be found for the rows it keeps. */
  static void assertSameRow(Deviation a, Deviation b, String what) {
    JumpScanTest.assertSame(a.withWitness(Double.NaN), b, what);
  }

  /** A random game of the usual kind: power laws on one scale, a linear or power cost. */
  static Game game(SplittableRandom rng) {
    int n = 2 + rng.nextInt(rng.nextInt(3) == 0 ? 60 : 10);
    double floor = rng.nextInt(2) == 0 ? 0 : 0.25;
    double offset = rng.nextInt(3) == 0 ? 2 : 1;
    List<Model> ms = new ArrayList<>();
    double a = rng.nextDouble(-1, 3) - (rng.nextInt(4) == 0 ? 500 : 0);
    double b = rng.nextDouble(0.2, 1.5);
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, floor, 1, offset)));
      a -= rng.nextInt(5) == 0 ? 0 : rng.nextDouble(0.001, 2);
      b *= rng.nextInt(4) == 0 ? rng.nextDouble(0.8, 1.3) : rng.nextDouble(0.9, 1.0);
    }
    double k = Math.pow(10, rng.nextDouble(-6, 1));
    Game g = Game.of(ms, rng.nextInt(3) == 0 ? PowerCost.of(k, rng.nextDouble(1, 3)) : LinearCost.of(k),
        JumpScanTest.rewards(rng, n));
    if (rng.nextInt(4) == 0) {
      double[] lambda = new double[n];
      for (int i = 0; i < n; i++) {
        lambda[i] = rng.nextDouble(0.5, 2);
      }
      g = g.withCostScale(lambda);
    }
    return rng.nextInt(5) == 0 ? g.withTieRule(TieRule.LOWER_CAPABILITY) : g;
  }

  /** Explicit linear rewards for {@code n} ranks. */
  static Rewards linear(int n) {
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      r[i] = 0.01 * (n - 1 - i);
    }
    return Rewards.explicit(r);
  }
}
