package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;

/**
 * Property: on random power-law games sharing one ceiling (per-model floors, intercepts, slopes and offsets,
 * so no common latent) at TbT levels up to 1e15, the solver's answer and an independent 100-digit evaluation
 * never differ unless the solver said "undecided": every jump's status, every Delta's enclosure and the verdict.
 */
class HundredDigitAgreementTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  static final int GAMES = THOROUGH ? 120 : 40;

  @Test
  void theDoubleAnswerAndTheHundredDigitAnswerNeverDifferUnlessUndecided() {
    SplittableRandom rng = new SplittableRandom(20261202);
    int checkedJumps = 0;
    int highPrecision = 0;
    int undecided = 0;
    for (int t = 0; t < GAMES; t++) {
      int n = 2 + rng.nextInt(3);
      double[][] p = new double[n][];
      List<Model> ms = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // a, b, floor, offset; a mix of near-identical neighbours (hard) and generic ones
        double a = rng.nextDouble(-2, 2);
        double b = rng.nextInt(3) == 0 ? 1 : rng.nextDouble(0.3, 1.5);
        double floor = rng.nextDouble(-1, 0.5);
        double x0 = rng.nextInt(2) == 0 ? 1 : rng.nextDouble(0.5, 2);
        if (i > 0 && rng.nextInt(3) == 0) {
          // the family: equal slopes, the floor lower and the intercept raised by nearly log of the span ratio
          double[] q = p[i - 1];
          b = q[1];
          floor = q[2] - rng.nextDouble(0.1, 1);
          a = q[0] + Math.log((1 - floor) / (1 - q[2])) + rng.nextDouble(-1e-12, 1e-12);
          x0 = q[3];
        }
        p[i] = new double[] {a, b, floor, x0};
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, floor, 1, x0)));
      }
      double kappa = Math.pow(10, rng.nextDouble(-4, 1));
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = rng.nextBoolean() ? (i == 0 ? 1 : 0) : n - 1 - i;
      }
      Arrays.sort(r);
      reverse(r);
      double tau = rng.nextInt(5) == 0 ? 0 : Math.pow(10, rng.nextDouble(0, 15));
      BigDecimal bt = HundredDigits.bd(tau);
      BigDecimal[] gap = new BigDecimal[n];
      for (int i = 0; i < n; i++) {
        gap[i] = HundredDigits.powerGap(p[i][0], p[i][1], p[i][2], 1, p[i][3], bt);
      }
      if (rng.nextInt(3) == 0 && r[0] > r[1] && gap[0].compareTo(gap[1]) < 0) {
        // a knife-edge: the cost of model 1's overtake equals the gap up to the rounding of kappa (margin ~ 1e-16)
        BigDecimal d = HundredDigits.powerReach(p[1][0], p[1][1], p[1][2], 1, p[1][3], gap[0]).subtract(bt);
        if (d.signum() > 0) {
          kappa = (r[0] - r[1]) / d.doubleValue();
        }
      }
      Game g = Game.of(ms, LinearCost.of(kappa), Rewards.explicit(r));
      Solution s = Solver.solve(g, tau);
      boolean anyPays = false;
      for (int i = 0; i < n; i++) {
        // models above i at all-zero (ties cannot occur generically: a smaller gap is a higher score)
        List<BigDecimal> th = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          if (j != i && gap[j].compareTo(gap[i]) < 0) {
            BigDecimal x = HundredDigits.powerReach(p[i][0], p[i][1], p[i][2], 1, p[i][3], gap[j]);
            th.add(x.subtract(bt).max(BigDecimal.ZERO));
          }
        }
        th.sort(null);
        int k = th.size();
        for (int m = 1; m <= k; m++) {
          BigDecimal t100 = th.get(m - 1);
          BigDecimal margin = HundredDigits.bd(kappa).multiply(t100, HundredDigits.MC)
              .subtract(HundredDigits.bd(r[k - m] - r[k]));
          Deviation d = find(s, i, k - m);
          String where = "game " + t + " tau " + tau + " model " + i + " to rank " + (k - m) + ": " + d.status()
              + " margin " + d.marginBound() + " vs 100-digit " + margin.round(new java.math.MathContext(20));
          checkedJumps++;
          highPrecision += d.marginBound().highPrecision() ? 1 : 0;
          if (d.status() == Status.UNDECIDED) {
            undecided++;
            continue;
          }
          assertEquals(margin.signum() < 0 ? Status.FAILS : Status.HOLDS, d.status(), where);
          anyPays |= margin.signum() < 0;
          assertTrue(contains(d.effortBound(), t100), "Delta enclosure " + d.effortBound() + " misses " + t100 + "; "
              + where);
          assertTrue(contains(d.marginBound(), margin), "margin enclosure misses the 100-digit margin; " + where);
        }
      }
      if (s.verdict() != Verdict.UNDECIDED) {
        boolean says = s.verdict() == Verdict.NO_PNE || s.verdict() == Verdict.ALL_ZERO_NOT_PNE;
        assertEquals(anyPays, says, "verdict " + s.verdict() + " in game " + t + " at tau " + tau);
      }
    }
    assertTrue(checkedJumps * 3 > GAMES * 5, "jumps checked: " + checkedJumps + " in " + GAMES + " games");
    assertTrue(highPrecision > 0, "some margins needed high precision (else the property is too easy)");
    assertTrue(undecided * 20 < checkedJumps, "undecided " + undecided + " of " + checkedJumps);
  }

  private static boolean contains(Bounded b, BigDecimal v) {
    return new BigDecimal(b.lower()).compareTo(v) <= 0 && v.compareTo(new BigDecimal(b.upper())) <= 0;
  }

  private static Deviation find(Solution s, int model, int toRank) {
    for (Deviation d : s.jumps()) {
      if (d.model() == model && d.toRank() == toRank) {
        return d;
      }
    }
    throw new AssertionError("no jump of model " + model + " to rank " + toRank);
  }

  private static void reverse(double[] r) {
    for (int i = 0, j = r.length - 1; i < j; i++, j--) {
      double x = r[i];
      r[i] = r[j];
      r[j] = x;
    }
  }
}
