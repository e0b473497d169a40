package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.Status;

/**
 * The certificate's margins on a columnar game ({@link PowerLawMargins}) against an independent 110-digit
 * evaluation of {@code lambda_k c(Delta_k(tau)) - (r_{k-1} - r_k)} written here from SPEC section 4 (the latent
 * {@code a + b log(x0 + x)}, its inverse, {@code c(e) = kappa e^p}): on random games, at random levels and within
 * 1e-13 to 1e-9 of every pair's {@code tau*_k}, the enclosure contains the 110-digit margin and a sign it proves
 * is that margin's sign; it agrees with {@link PairCheck#sign} wherever both decide; a planted exact tie is left
 * open; and the whole threshold of a columnar game above the solver limit (Newton's {@code tau*_k} on the columns,
 * the certificate on these margins) is the threshold of the same game made of model objects.
 */
class PowerLawMarginsTest {
  private static final MathContext MC = new MathContext(110);

  private static BigDecimal bd(double v) {
    return new BigDecimal(v);
  }

  /** Pair {@code k}'s margin at {@code tau}, 110 digits. */
  static BigDecimal margin(Game g, double tau, int k) {
    PowerLawCurve j = (PowerLawCurve) g.curve(k - 1);
    PowerLawCurve i = (PowerLawCurve) g.curve(k);
    BigDecimal t = bd(tau);
    BigDecimal z = bd(j.a()).add(bd(j.b()).multiply(BigDecimalMath.log(bd(j.offset()).add(t), MC), MC), MC);
    BigDecimal x = BigDecimalMath.exp(z.subtract(bd(i.a())).divide(bd(i.b()), MC), MC).subtract(bd(i.offset()));
    BigDecimal delta = x.subtract(t).max(BigDecimal.ZERO);
    CostFunction c = g.cost();
    BigDecimal cost;
    if (c instanceof LinearCost) {
      cost = bd(((LinearCost) c).kappa()).multiply(delta, MC);
    } else {
      double p = ((PowerCost) c).exponent();
      BigDecimal pow = delta.signum() == 0 ? BigDecimal.ZERO : BigDecimalMath.pow(delta, bd(p), MC);
      cost = bd(((PowerCost) c).kappa()).multiply(pow, MC);
    }
    return bd(g.costScale(k)).multiply(cost, MC).subtract(bd(g.rewards().get(k - 1)).subtract(bd(g.rewards().get(k))));
  }

  /** The same game read back through the columnar reader. */
  static Game columnar(Game g) {
    Game c = GameJson.parse(GameJson.write(g));
    assertNotNull(c.powerLawColumns(), "the columnar reader takes a game of power laws on one scale");
    return c;
  }

  /** A random game of {@link PowerLawThresholdsTest#game}'s kinds, sometimes with cost scales. */
  private static Game game(SplittableRandom rng) {
    Game g = PowerLawThresholdsTest.game(rng);
    if (rng.nextInt(3) == 0) {
      double[] s = new double[g.size()];
      for (int i = 0; i < s.length; i++) {
        s[i] = Math.pow(10, rng.nextDouble(-1, 1));
      }
      g = g.withCostScale(s);
    }
    return g;
  }

  @Test
  void enclosuresContainTheHundredDigitMarginAtRandomLevelsAndNearEveryRoot() {
    SplittableRandom rng = new SplittableRandom(31);
    int decided = 0;
    int nearRoot = 0;
    int open = 0;
    double[] e = new double[2];
    for (int t = 0; t < 80; t++) {
      Game g = columnar(game(rng));
      PowerLawMargins m = PowerLawMargins.of(g);
      ThresholdResult r = ContinuousThreshold.of(g, false);
      List<Double> levels = new ArrayList<>(List.of(0.0, Math.pow(10, rng.nextDouble(-3, 6))));
      for (PairThreshold p : r.pairs()) {
        if (p.tauStar() > 0 && Double.isFinite(p.tauStar())) {
          for (double rel : new double[] {-1e-9, -1e-13, 0, 1e-13, 1e-9}) {
            levels.add(p.tauStar() * (1 + rel));
          }
        }
      }
      for (double tau : levels) {
        for (int k = 1; k < g.size(); k++) {
          int s = m.margin(tau, k, e);
          BigDecimal exact = margin(g, tau, k);
          String at = "game " + t + ", pair " + k + " at " + tau + ": 110 digits " + exact.round(new MathContext(6))
              + ", enclosure [" + e[0] + ", " + e[1] + "] " + s;
          if (s == PowerLawMargins.OPEN) {
            open++;
            continue;
          }
          assertTrue((e[0] == Double.NEGATIVE_INFINITY || bd(e[0]).compareTo(exact) <= 0)
              && (e[1] == Double.POSITIVE_INFINITY || exact.compareTo(bd(e[1])) <= 0), at);
          assertEquals(s == PowerLawMargins.HOLDS ? 1 : -1, exact.signum() >= 0 ? 1 : -1, at);
          Status sign = PairCheck.sign(g, tau, k).status();
          if (sign == Status.HOLDS || sign == Status.FAILS) {
            assertEquals(s == PowerLawMargins.HOLDS ? Status.HOLDS : Status.FAILS, sign, at);
          }
          decided++;
          nearRoot += tau == 0 ? 0 : 1;
        }
      }
    }
    // not vacuous: most margins are decided here, near the roots too; the open ones go to PairCheck
    assertTrue(decided > 20 * open && nearRoot > 1500, decided + " decided (" + nearRoot + " probes), " + open + " open");
  }

  @Test
  void plantedExactTieIsLeftOpen() {
    // model 1 (b = 1) overtaking model 0 (b = 2), both a = 0, x0 = 1: Delta(tau) = (1 + tau)^2 - 1 - tau = tau^2 + tau,
    // so with kappa = 0.5 and a reward gap of 1 the margin 0.5 Delta - 1 is exactly 0 at tau = 1
    List<Model> ms = List.of(Model.of("s", 2, PowerLawCurve.of(0, 2, 0, 1)), Model.of("w", 1, PowerLawCurve.of(0, 1, 0, 1)));
    Game g = columnar(Game.of(ms, LinearCost.of(0.5), Rewards.explicit(1, 0)));
    // the reference itself only bounds it: within 1e-90 of 0 at 110 digits
    assertTrue(margin(g, 1, 1).abs().compareTo(new BigDecimal("1e-90")) < 0, margin(g, 1, 1).toString());
    PowerLawMargins m = PowerLawMargins.of(g);
    double[] e = new double[2];
    assertEquals(PowerLawMargins.OPEN, m.margin(1, 1, e));
    assertTrue(e[0] < 0 && e[1] > 0, e[0] + ", " + e[1]);
    assertEquals(PowerLawMargins.HOLDS, m.margin(1 + 1e-12, 1, e));
    assertEquals(PowerLawMargins.FAILS, m.margin(1 - 1e-12, 1, e));
  }

  @Test
  void thresholdOfAColumnarGameIsTheThresholdOfItsModels() {
    SplittableRandom rng = new SplittableRandom(32);
    int accepted = 0;
    for (int t = 0; t < 6; t++) {
      int n = TauStarCertificate.SOLVER_LIMIT + 1 + rng.nextInt(100);
      List<Model> ms = new ArrayList<>();
      double a = rng.nextDouble(-2, 4);
      double b = 0.5;
      for (int i = 0; i < n; i++) {
        ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, b, 0.5, 1, t % 3 == 0 ? 2.5 : 1)));
        a -= rng.nextDouble(0.5, 1.0);
        b *= t % 4 == 1 ? rng.nextDouble(0.9, 1.0) : 1 - 1e-7;
      }
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        r[i] = 0.01 * (n - 1 - i);
      }
      CostFunction c = t % 2 == 0 ? LinearCost.of(1e-6) : PowerCost.of(1e-6, 1.5);
      if (t == 5) {
        // the planted exact root as the first pair (margin exactly 0 at tau* = 1), the others easier
        ms.set(0, Model.of("m0", n, PowerLawCurve.of(0, 2, 0.5, 1, 1)));
        ms.set(1, Model.of("m1", n - 1, PowerLawCurve.of(0, 1, 0.5, 1, 1)));
        for (int i = 2; i < n; i++) {
          ms.set(i, Model.of("m" + i, n - i, PowerLawCurve.of(-2 - 0.5 * i, 1, 0.5, 1, 1)));
        }
        c = LinearCost.of(0.5);
        r[0] = r[1] + 1;
      }
      Game objects = Game.of(ms, c, Rewards.explicit(r));
      Game cols = columnar(objects);
      ThresholdResult x = ContinuousThreshold.of(objects);
      ThresholdResult y = ContinuousThreshold.of(cols);
      String what = "game " + t + " (" + n + " models)";
      assertEquals(x.status(), y.status(), what);
      assertEquals(x.tauStar(), y.tauStar(), 0, what);
      assertEquals(x.hardestPair(), y.hardestPair(), what);
      for (int at = 0; at < n - 1; at++) {
        assertEquals(x.pairs().get(at).tauStar(), y.pairs().get(at).tauStar(), 0, what + " pair " + (at + 1));
      }
      TauStarCertificate cx = x.certificate();
      TauStarCertificate cy = y.certificate();
      assertEquals(cx.accepted(), cy.accepted(), what);
      assertEquals(cx.note(), cy.note(), what);
      assertEquals(cx.tauAbove(), cy.tauAbove(), 0, what);
      assertEquals(cx.tauBelow(), cy.tauBelow(), 0, what);
      assertEquals(cx.belowPair(), cy.belowPair(), what);
      if (cy.accepted()) {
        accepted++;
        // and the bracket is right at 110 digits
        for (int k = 1; k < n; k++) {
          assertTrue(margin(cols, cy.tauAbove(), k).signum() >= 0, what + ", pair " + k + " fails above tau*");
        }
        assertTrue(margin(cols, cy.tauBelow(), cy.belowPair()).signum() < 0, what + ": holds below tau*");
      }
      if (t == 5) {
        assertEquals(1, y.tauStar(), 1e-12);
        assertEquals(1, cy.belowPair());
      }
    }
    assertTrue(accepted >= 5, accepted + " certificates accepted");
  }
}
