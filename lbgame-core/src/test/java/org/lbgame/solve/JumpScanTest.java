package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * The summary against the full solver, which computes every row of {@link Deviations#of}: the same verdict,
 * findings, counts and certificate, and the listed rows field by field (bounds and witnesses included).
 * Random games of both latent families, every cost family, both tie rules, ties in the latents, per-model
 * cost scales.
 */
class JumpScanTest {
  private static final int GAMES = 300;

  @Test
  void theSummaryIsTheFullSolversAnswer() {
    SplittableRandom rng = new SplittableRandom(11);
    long pruned = 0;
    for (int t = 0; t < GAMES; t++) {
      Game g = randomGame(rng);
      double tau = tau(rng);
      ValidationReport report = Hypotheses.check(g);
      Solution full = Solver.solve(g, tau, report);
      SolutionSummary sum = Solver.summarize(g, tau, report, 5);
      assertSameAnswer(full, sum, "game " + t);
      pruned += sum.pruned();
    }
    // the bound must have skipped rows, or the comparison says nothing about it
    assertTrue(pruned > 1000, "pruned " + pruned);
  }

  /** A leaderboard of 60 models a few logits apart on a cheap cost: most far jumps are pruned. */
  @Test
  void aLargeLadderIsSolvedAsTheFullSolverSolvesIt() {
    SplittableRandom rng = new SplittableRandom(5);
    for (int t = 0; t < 3; t++) {
      int n = 60;
      List<Model> ms = new ArrayList<>();
      double a = 0;
      for (int i = 0; i < n; i++) {
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, 0.5 * Math.pow(1 - 1e-3, i), 0.5, 1, 1)));
        a -= rng.nextDouble(0.05, 1.0);
      }
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = 0.01 * (n - 1 - i);
      }
      Game g = Game.of(ms, t == 2 ? PowerCost.of(1e-3, 2) : LinearCost.of(t == 0 ? 1e-6 : 10), Rewards.explicit(r));
      ValidationReport report = Hypotheses.check(g);
      double tau = 1 + t;
      SolutionSummary sum = Solver.summarize(g, tau, report, 10);
      assertSameAnswer(Solver.solve(g, tau, report), sum, "ladder " + t);
      assertTrue(sum.pruned() > sum.examined(), "pruned " + sum.pruned() + " of " + sum.jumps());
    }
  }

  /** The summary says what the full solution says. */
  static void assertSameAnswer(Solution full, SolutionSummary sum, String what) {
    assertEquals(full.verdict(), sum.verdict(), what);
    assertEquals(full.findings(), sum.findings(), what);
    assertEquals(full.jumps().size(), sum.jumps(), what);
    assertEquals(full.adjacentConditionHolds(), sum.adjacentConditionHolds(), what);
    assertEquals(full.everyJumpConditionHolds(), sum.everyJumpConditionHolds(), what);
    assertEquals(full.jumps().stream().filter(d -> !d.status().safe()).count(), sum.violatingCount(), what);
    if (full.deviation() != null) {
      assertSame(full.deviation(), sum.deviation(), "certificate of " + what);
    } else {
      assertEquals(null, sum.deviation(), what);
    }
    assertEquals(java.util.Arrays.toString(full.otherEquilibrium()), java.util.Arrays.toString(sum.otherEquilibrium()),
        what);
    assertEquals(java.util.Arrays.toString(full.ranking()), java.util.Arrays.toString(sum.ranking()), what);
    assertEquals(full.certificateChecked(), sum.certificateChecked(), "independent checkers of " + what);
    for (Deviation d : sum.violating()) {
      Deviation f = full.jumps().stream().filter(x -> x.model() == d.model() && x.toRank() == d.toRank()).findFirst()
          .orElseThrow();
      assertSame(f, d, "listed row of " + what);
    }
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
    assertEquals(a.effortBound().lower(), b.effortBound().lower(), 0, what);
    assertEquals(a.effortBound().upper(), b.effortBound().upper(), 0, what);
    assertEquals(a.effortBound().arithmetic(), b.effortBound().arithmetic(), what);
    assertEquals(a.marginBound().lower(), b.marginBound().lower(), 0, what);
    assertEquals(a.marginBound().upper(), b.marginBound().upper(), 0, what);
    assertEquals(a.marginBound().value(), b.marginBound().value(), 0, what);
    assertEquals(a.marginBound().arithmetic(), b.marginBound().arithmetic(), what);
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
