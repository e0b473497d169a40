package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCost;
import org.lbgame.model.TieRule;
import org.lbgame.model.ValidationReport;

/**
 * The latent walk against the per-model sort of {@link Deviations#of} (every row equal, field by field),
 * and the pruned scan against the full one: every skipped row is one the full computation says does not
 * pay, and the summary's verdict, certificate and counts are the full solver's. Random games of both
 * latent families, every cost family, both tie rules, ties in the latents, per-model cost scales.
 */
class JumpScanTest {
  private static final int GAMES = 400;

  @Test
  void walkGivesTheRowsOfTheSortedThresholdsExactly() {
    SplittableRandom rng = new SplittableRandom(7);
    for (int t = 0; t < GAMES; t++) {
      Game g = randomGame(rng);
      double tau = tau(rng);
      double[] effort = rng.nextInt(3) == 0 ? new double[g.size()] : randomProfile(rng, g.size());
      double tol = Solver.tolerance(g);
      JumpScan scan = JumpScan.of(g, tau, effort, tol, false, Hypotheses.check(g));
      assertNotNull(scan);
      for (int i = 0; i < g.size(); i++) {
        List<Deviation> expected = Deviations.of(g, tau, effort, i, tol);
        List<Deviation> got = new ArrayList<>();
        scan.scan(i, true, true, (d, hi) -> got.add(d));
        assertEquals(expected.size(), got.size(), () -> "rows of model " + g);
        for (int m = 0; m < got.size(); m++) {
          assertSame(expected.get(m), got.get(m), "game " + t + " model " + i + " row " + m);
        }
      }
    }
  }

  @Test
  void prunedRowsNeverPayAndTheSummaryIsTheFullVerdict() {
    SplittableRandom rng = new SplittableRandom(11);
    int pruned = 0;
    int verdicts = 0;
    for (int t = 0; t < GAMES; t++) {
      Game g = randomGame(rng);
      double tau = tau(rng);
      ValidationReport report = Hypotheses.check(g);
      double tol = Solver.tolerance(g);
      double[] effort = rng.nextInt(3) == 0 ? new double[g.size()] : randomProfile(rng, g.size());
      JumpScan scan = JumpScan.of(g, tau, effort, tol, true, report);
      boolean fullPne = true;
      for (int i = 0; i < g.size(); i++) {
        List<Deviation> all = Deviations.of(g, tau, effort, i, tol);
        List<Deviation> kept = new ArrayList<>();
        scan.scan(i, false, false, (d, hi) -> kept.add(d));
        for (int m = 0; m < all.size(); m++) {
          Deviation d = all.get(m);
          fullPne &= d.status().safe();
          if (m < kept.size()) {
            assertEquals(d.margin(), kept.get(m).margin(), 0, "examined rows are the full rows");
            assertEquals(d.status(), kept.get(m).status());
          } else {
            pruned++;
            assertTrue(d.status().safe(), () -> "a skipped row pays: game " + g.rewards() + " " + g.cost());
          }
        }
      }
      assertEquals(fullPne, Deviations.isPne(g, tau, effort, tol));
      Solution full = Solver.solve(g, tau, report);
      SolutionSummary sum = Solver.summarize(g, tau, report, 5);
      assertEquals(full.verdict(), sum.verdict(), "game " + t);
      assertEquals(full.findings(), sum.findings());
      assertEquals(full.jumps().size(), sum.jumps());
      assertEquals(full.adjacentConditionHolds(), sum.adjacentConditionHolds());
      assertEquals(full.everyJumpConditionHolds(), sum.everyJumpConditionHolds());
      assertEquals(full.jumps().stream().filter(d -> !d.status().safe()).count(), sum.violatingCount());
      if (full.deviation() != null) {
        assertSame(full.deviation(), sum.deviation(), "certificate of game " + t);
      }
      assertEquals(java.util.Arrays.toString(full.otherEquilibrium()), java.util.Arrays.toString(sum.otherEquilibrium()));
      assertEquals(java.util.Arrays.toString(full.ranking()), java.util.Arrays.toString(sum.ranking()));
      if (full.certificateChecked() != null && full.deviation() == null) {
        assertEquals(full.certificateChecked(), sum.certificateChecked(), "independent checkers of game " + t);
      }
      verdicts++;
    }
    assertTrue(pruned > 1000, "the bound must skip rows on these games: " + pruned);
    assertEquals(GAMES, verdicts);
  }

  /** Field-by-field equality, NaN equal to NaN. */
  static void assertSame(Deviation a, Deviation b, String what) {
    assertEquals(a.model(), b.model(), what);
    assertEquals(a.fromRank(), b.fromRank(), what);
    assertEquals(a.toRank(), b.toRank(), what);
    assertEquals(a.passes(), b.passes(), what);
    assertEquals(a.effort(), b.effort(), 0, what);
    assertEquals(a.costEffort(), b.costEffort(), 0, what);
    assertEquals(a.cost(), b.cost(), 0, what);
    assertEquals(a.currentCost(), b.currentCost(), 0, what);
    assertEquals(a.gain(), b.gain(), 0, what);
    assertEquals(a.status(), b.status(), what);
    assertEquals(a.witness(), b.witness(), 0, what);
  }

  static double tau(SplittableRandom rng) {
    switch (rng.nextInt(4)) {
      case 0:
        return 0;
      case 1:
        return rng.nextInt(5);
      default:
        return Math.pow(10, rng.nextDouble(-2, 4));
    }
  }

  static double[] randomProfile(SplittableRandom rng, int n) {
    double[] e = new double[n];
    for (int i = 0; i < n; i++) {
      e[i] = rng.nextInt(3) == 0 ? Math.pow(10, rng.nextDouble(-2, 3)) : 0;
    }
    return e;
  }

  /** A random game whose pairs share one latent: power laws on a common scale or exponentials with one ceiling. */
  static Game randomGame(SplittableRandom rng) {
    int n = 2 + rng.nextInt(rng.nextInt(4) == 0 ? 40 : 8);
    boolean power = rng.nextInt(4) != 0;
    double floor = rng.nextInt(2) == 0 ? 0 : 0.25;
    double ceiling = 1;
    double offset = rng.nextInt(3) == 0 ? 2 : 1;
    List<Model> ms = new ArrayList<>();
    double a = rng.nextDouble(-1, 3);
    double b = rng.nextDouble(0.2, 1.5);
    double lo = floor;
    double rate = rng.nextDouble(0.001, 1);
    for (int i = 0; i < n; i++) {
      ScoreCurve c;
      if (power) {
        c = PowerLawCurve.of(a, b, floor, ceiling, offset);
        // equal intercepts now and then: ties in the latent at zero effort
        a -= rng.nextInt(5) == 0 ? 0 : rng.nextDouble(0.001, 2);
        b *= rng.nextInt(4) == 0 ? rng.nextDouble(0.8, 1.3) : rng.nextDouble(0.9, 1.0);
      } else {
        c = ExponentialSaturationCurve.of(lo, ceiling, rate);
        lo -= rng.nextInt(5) == 0 ? 0 : rng.nextDouble(0.001, 0.1);
        rate *= rng.nextDouble(0.7, 1.2);
      }
      ms.add(Model.of("m" + i, n - i, c));
    }
    Game g = Game.of(ms, cost(rng), rewards(rng, n));
    if (rng.nextInt(4) == 0) {
      double[] lambda = new double[n];
      for (int i = 0; i < n; i++) {
        lambda[i] = rng.nextDouble(0.5, 2);
      }
      g = g.withCostScale(lambda);
    }
    if (rng.nextInt(5) == 0) {
      g = g.withTieRule(TieRule.LOWER_CAPABILITY);
    }
    return g;
  }

  static CostFunction cost(SplittableRandom rng) {
    double k = Math.pow(10, rng.nextDouble(-4, 1));
    switch (rng.nextInt(6)) {
      case 0:
        return LinearCost.of(k);
      case 1:
        return PowerCost.of(k, rng.nextDouble(1, 3));
      case 2:
        // flat at zero: costless effort
        return PiecewiseLinearCost.of(new double[] {0, rng.nextDouble(0.01, 2)}, new double[] {0, k});
      case 3:
        return PiecewiseLinearCost.of(new double[] {0, 1, 5}, new double[] {k, 2 * k, 3 * k});
      case 4:
        // not convex, and decreasing somewhere: no pruning, every row computed
        return TabulatedCost.of(new double[] {0, 1, 2, 50}, new double[] {0, 3 * k, k, 100 * k});
      default:
        return LinearCost.of(rng.nextInt(5) == 0 ? 0 : k);
    }
  }

  static Rewards rewards(SplittableRandom rng, int n) {
    switch (rng.nextInt(5)) {
      case 0:
        return Rewards.winnerTakeAll(n);
      case 1:
        return Rewards.topK(n, 1 + rng.nextInt(n));
      case 2:
        return Rewards.reciprocal(n);
      case 3:
        return Rewards.linear(n);
      default:
        double[] r = new double[n];
        double v = 1;
        for (int i = 0; i < n; i++) {
          r[i] = v;
          v -= rng.nextInt(3) == 0 ? 0 : rng.nextDouble(0, 0.3);
        }
        return Rewards.explicit(r);
    }
  }
}
