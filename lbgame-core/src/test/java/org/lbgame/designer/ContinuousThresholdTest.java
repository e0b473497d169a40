package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/** The continuous tau* against independent computations: SPEC's formula by plain bisection, hand-solved quadratics. */
class ContinuousThresholdTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");

  /** Plain bisection on SPEC's formula (1 + D0)(1 + tau)^(1/gamma) - (1 + tau) = d, written from the SPEC only. */
  static double specRoot(double aS, double bS, double aW, double bW, double d) {
    double gamma = bW / bS;
    double d0 = Math.exp((aS - aW) / bW) - 1;
    java.util.function.DoubleUnaryOperator delta = t -> (1 + d0) * Math.pow(1 + t, 1 / gamma) - (1 + t);
    if (delta.applyAsDouble(0) >= d) {
      return 0;
    }
    double lo = 0;
    double hi = 1;
    while (delta.applyAsDouble(hi) < d) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 3000 && hi - lo > 1e-15 * hi; i++) {
      double mid = 0.5 * (lo + hi);
      if (delta.applyAsDouble(mid) >= d) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  static Game powerLawGame(double[] a, double[] b, CostFunction cost, Rewards r) {
    List<Model> ms = new ArrayList<>();
    for (int i = 0; i < a.length; i++) {
      ms.add(Model.of("m" + i, a.length - i, PowerLawCurve.of(a[i], b[i], 0.25, 1.0, 1)));
    }
    return Game.of(ms, cost, r);
  }

  @Test
  void powerLawMatchesSpecClosedFormTo1e9Relative() {
    SplittableRandom rng = new SplittableRandom(20261128);
    int compared = 0;
    for (int trial = 0; trial < 300; trial++) {
      int n = 2 + rng.nextInt(5);
      double[] a = new double[n];
      double[] b = new double[n];
      a[0] = rng.nextDouble(-2, 3);
      b[0] = rng.nextDouble(0.3, 1.5);
      for (int i = 1; i < n; i++) {
        a[i] = a[i - 1] - rng.nextDouble(0.05, 2);
        b[i] = b[i - 1] * rng.nextDouble(0.55, 1.0);
      }
      double[] rew = new double[n];
      rew[0] = 1;
      for (int i = 1; i < n; i++) {
        rew[i] = rew[i - 1] * rng.nextDouble(0.2, 1.0);
      }
      boolean power = rng.nextBoolean();
      double kappa = Math.pow(10, rng.nextDouble(-6, -1));
      CostFunction c = power ? PowerCost.of(kappa, 2) : LinearCost.of(kappa);
      Game g = powerLawGame(a, b, c, Rewards.explicit(rew));
      ThresholdResult r = ContinuousThreshold.of(g);
      double max = 0;
      for (int k = 1; k < n; k++) {
        double gap = rew[k - 1] - rew[k];
        double d = power ? Math.sqrt(gap / kappa) : gap / kappa;
        double ref = specRoot(a[k - 1], b[k - 1], a[k], b[k], d);
        PairThreshold p = r.pair(k);
        assertTrue(p.status().finite(), "trial " + trial + " pair " + k + ": " + p.reason());
        assertEquals(ref, p.tauStar(), 1e-9 * Math.max(ref, 1e-300), "trial " + trial + " pair " + k);
        max = Math.max(max, ref);
        compared++;
      }
      assertEquals(max, r.tauStar(), 1e-9 * max, "tau* = max_k tau*_k");
      if (max > 0) {
        assertEquals(max, r.pair(r.hardestPair()).tauStar(), 1e-9 * max);
        assertTrue(r.certificate().accepted(), "trial " + trial + ": " + r.certificate().note());
      }
    }
    assertTrue(compared > 500);
  }

  @Test
  void handSolvedQuadraticAndProp56() {
    // gamma = 1/2, E = e^2: Delta(tau) = e^2 (1+tau)^2 - (1+tau); with c = 0.01 e and gap 1, e^2 u^2 - u - 100 = 0
    Game g = powerLawGame(new double[] {1, 0}, new double[] {1, 0.5}, LinearCost.of(0.01), Rewards.winnerTakeAll(2));
    double e2 = Math.exp(2);
    double u = (1 + Math.sqrt(1 + 400 * e2)) / (2 * e2);
    ThresholdResult r = ContinuousThreshold.of(g);
    assertEquals(u - 1, r.tauStar(), 1e-12 * u);
    Prop56 p = r.pair(1).prop56();
    assertEquals(0.5, p.gamma(), 0);
    assertEquals(e2 - 1, p.delta0(), 1e-12);
    assertEquals(100, p.rewardGapEffort(), 1e-12);
    assertEquals(100 / (e2 - 1), p.rho(), 1e-10);
    assertEquals(Math.sqrt(100 / (e2 - 1)), p.ruleOfThumb(), 1e-10);
    assertEquals(u - 1, p.exact(), 1e-10);
    assertEquals(0.01, r.kappa().kappa(), 0);
  }

  @Test
  void equalLearningRatesHaveTheLinearClosedForm() {
    // gamma = 1: Delta = (E - 1)(1 + tau), root (d / (E - 1)) - 1
    Game g = powerLawGame(new double[] {1, 0}, new double[] {0.5, 0.5}, LinearCost.of(0.001), Rewards.winnerTakeAll(2));
    double e = Math.exp(2);
    assertEquals(1000 / (e - 1) - 1, ContinuousThreshold.of(g).tauStar(), 1e-9);
  }

  @Test
  void exponentialSaturationPairsAgainstTheirOwnInverse() {
    // generic path (no closed form in the designer): Delta from f = U - (U - L) e^{-r x} computed here by hand
    SplittableRandom rng = new SplittableRandom(7);
    for (int trial = 0; trial < (THOROUGH ? 100 : 30); trial++) {
      int n = 2 + rng.nextInt(3);
      double[] lo = new double[n];
      double[] up = new double[n];
      double[] rate = new double[n];
      up[0] = rng.nextDouble(0.8, 1);
      lo[0] = up[0] - rng.nextDouble(0.1, 0.4);
      rate[0] = rng.nextDouble(0.01, 0.3);
      List<Model> ms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        if (i > 0) {
          up[i] = up[i - 1] - rng.nextDouble(0.001, 0.05);
          lo[i] = up[i] - (up[i - 1] - lo[i - 1]) - rng.nextDouble(0, 0.05);
          rate[i] = rate[i - 1] * rng.nextDouble(0.7, 1);
        }
        ms.add(Model.of("m" + i, n - i, ExponentialSaturationCurve.of(lo[i], up[i], rate[i])));
      }
      double kappa = Math.pow(10, rng.nextDouble(-3, 0));
      Game g = Game.of(ms, LinearCost.of(kappa), Rewards.reciprocal(n));
      ThresholdResult r = ContinuousThreshold.of(g);
      for (int k = 1; k < n; k++) {
        int kk = k;
        double d = (1.0 / k - 1.0 / (k + 1)) / kappa;
        java.util.function.DoublePredicate holds = t -> {
          double s = up[kk - 1] - (up[kk - 1] - lo[kk - 1]) * Math.exp(-rate[kk - 1] * t);
          if (s >= up[kk]) {
            return true;
          }
          double x = -Math.log((up[kk] - s) / (up[kk] - lo[kk])) / rate[kk];
          return Math.max(0, x - t) >= d;
        };
        double ref;
        if (holds.test(0)) {
          ref = 0;
        } else {
          double a = 0;
          double b = 1;
          while (!holds.test(b)) {
            a = b;
            b *= 2;
          }
          for (int i = 0; i < 3000 && b - a > 1e-15 * b; i++) {
            double m = 0.5 * (a + b);
            if (holds.test(m)) {
              b = m;
            } else {
              a = m;
            }
          }
          ref = b;
        }
        PairThreshold p = r.pair(k);
        assertTrue(p.status().finite(), p.reason());
        assertEquals(ref, p.tauStar(), 1e-9 * Math.max(1, ref), "trial " + trial + " pair " + k + " " + p.method());
        assertTrue(p.prop56() == null);
      }
    }
  }

  @Test
  void generalOffsetUsesTheSameClosedFormInLatentUnits() {
    List<Model> ms = new ArrayList<>();
    ms.add(Model.of("s", 2, PowerLawCurve.of(0.5, 0.8, 0, 1, 3)));
    ms.add(Model.of("w", 1, PowerLawCurve.of(-0.5, 0.6, 0, 1, 3)));
    Game g = Game.of(ms, LinearCost.of(0.01), Rewards.winnerTakeAll(2));
    double t = ContinuousThreshold.of(g).tauStar();
    // at tau*, the weaker model needs exactly 100 extra steps to reach the stronger one's logit
    double z = 0.5 + 0.8 * Math.log(3 + t);
    double x = Math.exp((z + 0.5) / 0.6) - 3;
    assertEquals(100, x - t, 1e-7);
  }

  @Test
  void largeGamesAreLinearAndCertificateIsOptional() {
    int n = 20_000;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = 2 - i * 1e-3;
      b[i] = 0.9 * Math.pow(0.99999, i);
    }
    Game g = powerLawGame(a, b, LinearCost.of(1e-3), Rewards.linear(n));
    ThresholdResult r = ContinuousThreshold.of(g, false);
    assertTrue(r.finite());
    assertEquals(n - 1, r.pairs().size());
    assertFalse(r.certificate() != null);
  }

  @Test
  void gridIsIncreasingAndEndsAtTop() {
    double[] g = ContinuousThreshold.grid(1000);
    assertEquals(0, g[0]);
    assertEquals(1000, g[g.length - 1]);
    for (int i = 1; i < g.length; i++) {
      assertTrue(g[i] >= g[i - 1]);
    }
  }
}
