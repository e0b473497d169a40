package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.PairThreshold;
import org.lbgame.designer.TauStarCertificate;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;

/**
 * {@link PairCheck#sign}, the threshold certificate's fast path (double enclosures kept whenever they decide the
 * sign, however wide), against an independent 100-digit evaluation of the margin ({@link HundredDigits}, through
 * the gaps to the ceiling, not the library's logits): on random power-law games, at random levels and at levels
 * within 1e-15 to 1e-9 of each pair's {@code tau*_k} (margins near 0), a status it proves is the 100-digit sign,
 * and it agrees with {@link PairCheck#of} wherever that decides; a planted exact tie comes out "undecided within
 * precision", never "fails"; and the certificate of a game above {@code TauStarCertificate.SOLVER_LIMIT}
 * models (where the fast path is used) brackets {@code tau*} correctly at 100 digits.
 */
class SignFastPathTest {
  /** A game of power laws with ceiling 1: per model {a, b, floor, x0}, rewards, linear cost kappa. */
  private static final class Spec {
    double[][] p;
    double[] r;
    double kappa;

    Game game() {
      StringBuilder s = new StringBuilder("{\"schema\": \"lbgame/1\", \"name\": \"random\", \"models\": [");
      for (int i = 0; i < p.length; i++) {
        s.append(i == 0 ? "" : ",").append("{\"name\": \"m").append(i).append("\", \"capability\": ").append(p.length - i)
            .append(", \"score\": {\"family\": \"power-law\", \"a\": ").append(p[i][0]).append(", \"b\": ").append(p[i][1])
            .append(", \"floor\": ").append(p[i][2]).append(", \"ceiling\": 1, \"offset\": ").append(p[i][3]).append("}}");
      }
      s.append("], \"cost\": {\"family\": \"linear\", \"kappa\": ").append(kappa)
          .append("}, \"rewards\": {\"scheme\": \"explicit\", \"values\": [");
      for (int i = 0; i < r.length; i++) {
        s.append(i == 0 ? "" : ", ").append(r[i]);
      }
      return GameJson.parse(s.append("]}}").toString());
    }

    /** Pair k's margin {@code kappa Delta_k(tau) - (r_{k-1} - r_k)} at 100 digits. */
    BigDecimal margin(int k, double tau) {
      BigDecimal t = HundredDigits.bd(tau);
      double[] j = p[k - 1];
      double[] i = p[k];
      BigDecimal g = HundredDigits.powerGap(j[0], j[1], j[2], 1, j[3], t);
      BigDecimal delta = HundredDigits.powerReach(i[0], i[1], i[2], 1, i[3], g).subtract(t).max(BigDecimal.ZERO);
      return HundredDigits.bd(kappa).multiply(delta, HundredDigits.MC)
          .subtract(HundredDigits.bd(r[k - 1]).subtract(HundredDigits.bd(r[k])));
    }
  }

  /**
   * n models: the benchmark's shape (intercepts falling by 0.5 to 1, slopes shrinking by 1e-7 per model, gap 0.01,
   * cost 1e-6) on a common scale, or with per-model floors and offsets (the gaps' path, not the common logit).
   */
  private static Spec random(SplittableRandom rng, int n, boolean common) {
    Spec s = new Spec();
    s.p = new double[n][];
    double a = rng.nextDouble(-5, 5);
    double slope = 0.7;
    for (int i = 0; i < n; i++) {
      // the weaker models learn slower (C3), so that every pair has a finite tau*_k
      slope *= rng.nextDouble(0.95, 0.999);
      double b = common ? 0.5 * Math.pow(1 - 1e-7, i) : slope;
      double floor = common ? 0.5 : rng.nextDouble(0.3, 0.6);
      double x0 = common ? 1 : rng.nextDouble(0.5, 2);
      s.p[i] = new double[] {a, b, floor, x0};
      a -= rng.nextDouble(0.5, 1.0);
    }
    s.kappa = common ? 1e-6 : Math.pow(10, rng.nextDouble(-4, 0));
    s.r = new double[n];
    for (int i = 0; i < n; i++) {
      s.r[i] = 0.01 * (n - 1 - i);
    }
    return s;
  }

  /** The fast path at {@code tau} for every pair against 100 digits; returns how many it decided in doubles. */
  private static int agree(Spec s, Game g, double tau, String where) {
    int decided = 0;
    for (int k = 1; k < s.p.length; k++) {
      PairCheck fast = PairCheck.sign(g, tau, k);
      PairCheck tight = PairCheck.of(g, tau, k);
      int exact = s.margin(k, tau).signum();
      String at = where + ", pair " + k + " at tau " + tau + ": 100-digit sign " + exact + ", fast "
          + fast.status() + " [" + fast.marginBound().lower() + ", " + fast.marginBound().upper() + "]";
      if (fast.status() == Status.HOLDS) {
        assertTrue(exact >= 0, at);
      } else if (fast.status() == Status.FAILS) {
        assertTrue(exact < 0, at);
      }
      if (tight.status() == Status.HOLDS || tight.status() == Status.FAILS) {
        assertTrue(fast.status() == tight.status() || fast.status() == Status.UNDECIDED, at + ", tight " + tight.status());
      }
      // the fast path decides at least what the tight path decides (it falls back to the same high precision)
      assertTrue(fast.status() != Status.UNDECIDED || tight.status() == Status.UNDECIDED, at);
      decided += fast.marginBound().arithmetic().contains("digit") ? 0 : 1;
    }
    return decided;
  }

  @Test
  void provedSignsAreTheHundredDigitSignsAtRandomLevelsAndNearEveryRoot() {
    SplittableRandom rng = new SplittableRandom(2222);
    int decidedInDoubles = 0;
    int nearRoot = 0;
    for (int t = 0; t < 8; t++) {
      Spec s = random(rng, 5, t % 2 == 0);
      Game g = s.game();
      String where = "game " + t;
      for (int q = 0; q < 3; q++) {
        decidedInDoubles += agree(s, g, q == 0 ? 0 : Math.pow(10, rng.nextDouble(-2, 6)), where);
      }
      ThresholdResult r = ContinuousThreshold.of(g, false);
      for (PairThreshold p : r.pairs()) {
        double root = p.tauStar();
        if (!(root > 0) || Double.isInfinite(root)) {
          continue;
        }
        for (double rel : new double[] {-1e-9, -1e-13, -1e-15, 0, 1e-15, 1e-13, 1e-9}) {
          agree(s, g, root * (1 + rel), where + " near tau*_" + p.pair());
          nearRoot++;
        }
      }
    }
    // not a vacuous comparison: most pairs are decided in doubles, and roots were probed
    assertTrue(decidedInDoubles > 50 && nearRoot > 100, decidedInDoubles + " decided in doubles, " + nearRoot + " probes");
  }

  @Test
  void plantedExactTieIsUndecidedNeverFails() {
    // model 1 (b = 1) overtaking model 0 (b = 2), both a = 0, x0 = 1: Delta(tau) = (1 + tau)^2 - 1 - tau = tau^2 + tau,
    // so with kappa = 0.5 and a reward gap of 1 the margin 0.5 Delta - 1 is exactly 0 at tau = 1 (and tau*_1 = 1)
    Spec s = new Spec();
    s.p = new double[][] {{0, 2, 0, 1}, {0, 1, 0, 1}};
    s.r = new double[] {1, 0};
    s.kappa = 0.5;
    Game g = s.game();
    // the reference itself only bounds it: within 1e-90 of 0 at 110 digits
    assertTrue(s.margin(1, 1).abs().compareTo(new BigDecimal("1e-90")) < 0, s.margin(1, 1).toString());
    PairCheck tie = PairCheck.sign(g, 1, 1);
    assertEquals(Status.UNDECIDED, tie.status(), "exact tie: [" + tie.marginBound().lower() + ", "
        + tie.marginBound().upper() + "]");
    assertEquals("undecided within precision", tie.status().label());
    assertTrue(tie.marginBound().arithmetic().contains("digit"), "fell back to high precision: " + tie.marginBound().arithmetic());
    // a hair away it is decided, with the right sign
    assertEquals(Status.HOLDS, PairCheck.sign(g, 1 + 1e-12, 1).status());
    assertEquals(Status.FAILS, PairCheck.sign(g, 1 - 1e-12, 1).status());
    ThresholdResult r = ContinuousThreshold.of(g);
    assertEquals(1, r.tauStar(), 1e-12);
    assertNotEquals(Status.FAILS, PairCheck.sign(g, r.certificate().tauAbove(), 1).status());
  }

  @Test
  void certificateAboveTheSolverLimitBracketsTauStarAtHundredDigits() {
    SplittableRandom rng = new SplittableRandom(777);
    for (int t = 0; t < 2; t++) {
      Spec s = random(rng, TauStarCertificate.SOLVER_LIMIT + 60, true);
      if (t == 1) {
        // the planted exact root of plantedExactTieIsUndecidedNeverFails as the first pair, the others easier
        s.p[0] = new double[] {0, 2, 0, 1};
        s.p[1] = new double[] {0, 1, 0, 1};
        s.kappa = 0.5;
        for (int i = 2; i < s.p.length; i++) {
          s.p[i] = new double[] {-2 - 0.5 * i, 1, 0, 1};
        }
        s.r[0] = s.r[1] + 1;
      }
      Game g = s.game();
      ThresholdResult r = ContinuousThreshold.of(g);
      TauStarCertificate c = r.certificate();
      assertTrue(r.finite() && c.accepted(), "game " + t + ": " + c.note());
      for (int k = 1; k < s.p.length; k++) {
        assertTrue(s.margin(k, c.tauAbove()).signum() >= 0, "game " + t + ", pair " + k + " fails above tau*");
      }
      assertTrue(s.margin(c.belowPair(), c.tauBelow()).signum() < 0, "game " + t + ": below pair holds below tau*");
      if (t == 1) {
        assertEquals(1, c.belowPair());
        assertEquals(1, r.tauStar(), 1e-12);
      }
    }
  }
}
