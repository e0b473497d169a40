package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/**
 * The Newton path of the power-law thresholds against the per-pair Brent path it stands in for, on random
 * games of every kind of pair (learning faster or slower, ahead or behind at zero, zero gaps, costs that
 * never cover the gap): the same status for every pair, the same {@code tau*_k} to the root finders'
 * accuracy, and the same overall {@code tau*}, status and hardest pair.
 */
class PowerLawThresholdsTest {
  @Test
  void newtonPathGivesThePerPairAnswers() {
    SplittableRandom rng = new SplittableRandom(17);
    int newton = 0;
    for (int t = 0; t < 1500; t++) {
      Game g = game(rng);
      List<PairThreshold> slow = ContinuousThreshold.perPair(g);
      ThresholdResult fast = ContinuousThreshold.of(g, false);
      assertTrue(fast.pairs() instanceof PowerLawThresholds);
      for (int at = 0; at < slow.size(); at++) {
        PairThreshold a = slow.get(at);
        PairThreshold b = fast.pairs().get(at);
        String what = "game " + t + " pair " + (at + 1) + " " + g.model(at) + " / " + g.model(at + 1).curve();
        assertEquals(a.status(), b.status(), what);
        close(a.tauStar(), b.tauStar(), what);
        assertEquals(a.holdsUntil(), b.holdsUntil(), 0, what);
        assertEquals(a.gap(), b.gap(), 0, what);
        assertEquals(a.requiredEffort(), b.requiredEffort(), 0, what);
        assertEquals(a.monotone(), b.monotone(), what);
        assertEquals(a.reason(), b.reason(), what);
        newton += b.method().equals(PowerLawThresholds.METHOD) ? 1 : 0;
      }
      ThresholdResult ref = ThresholdResult.combine(g, slow, CostLowerBound.of(g.cost()));
      assertEquals(ref.status(), fast.status(), "game " + t);
      close(ref.tauStar(), fast.tauStar(), "game " + t);
      if (ref.finite() && ref.pairs().size() > 1) {
        double second = 0;
        for (PairThreshold p : slow) {
          if (p.pair() != ref.hardestPair()) {
            second = Math.max(second, p.tauStar());
          }
        }
        if (second < ref.tauStar() * (1 - 1e-9)) {
          assertEquals(ref.hardestPair(), fast.hardestPair(), "game " + t);
        }
      }
      // the reason quotes the interval's ends, which agree to the root finders' accuracy only
      assertEquals(ref.reason().replaceAll("[0-9.eE-]+", "#"), fast.reason().replaceAll("[0-9.eE-]+", "#"),
          "game " + t);
    }
    assertTrue(newton > 3000, "most pairs take the Newton path: " + newton);
  }

  /** Equal up to the root finders' accuracy (both NaN counts as equal). */
  static void close(double a, double b, String what) {
    if (Double.isNaN(a) || Double.isNaN(b) || Double.isInfinite(a)) {
      assertEquals(a, b, 0, what);
    } else {
      assertEquals(a, b, 1e-9 * Math.max(1, Math.abs(a)), what);
    }
  }

  static Game game(SplittableRandom rng) {
    int n = 2 + rng.nextInt(12);
    double offset = rng.nextInt(3) == 0 ? 2.5 : 1;
    List<Model> ms = new ArrayList<>();
    double a = rng.nextDouble(-2, 4);
    double b = rng.nextDouble(0.1, 1.2);
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, 0.25, 1, offset)));
      int kind = rng.nextInt(10);
      a -= kind == 0 ? -rng.nextDouble(0, 0.5) : rng.nextDouble(0, 3);
      b *= kind == 1 ? rng.nextDouble(1.0, 1.5) : kind == 2 ? 1 - 1e-7 : rng.nextDouble(0.5, 1.0);
    }
    double[] r = new double[n];
    double v = 1;
    for (int i = 0; i < n; i++) {
      r[i] = v;
      v -= rng.nextInt(4) == 0 ? 0 : Math.pow(10, rng.nextDouble(-4, 0));
    }
    CostFunction c = rng.nextInt(3) == 0 ? PowerCost.of(Math.pow(10, rng.nextDouble(-8, 0)), rng.nextDouble(1, 2.5))
        : LinearCost.of(rng.nextInt(20) == 0 ? 0 : Math.pow(10, rng.nextDouble(-8, 0)));
    return Game.of(ms, c, Rewards.explicit(r));
  }
}
