package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The grid checks of C1 and C3 (pairs without a closed form: power laws with different floors, a power law against
 * an exponential) against 100-digit values: a reported failure is confirmed by the reference at its witness, and a
 * pass's stated slack covers every decrease of {@code D} the reference finds between the grid levels.
 */
class GridHypothesisAgreementTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  private static final BigDecimal SLACK_TOLERANCE = new BigDecimal("1e-30");

  /** {@code f(x)} by the defining formula in 100 digits. */
  private static BigDecimal score(ScoreCurve c, double x) {
    BigDecimal bx = new BigDecimal(x);
    if (c instanceof PowerLawCurve) {
      PowerLawCurve p = (PowerLawCurve) c;
      BigDecimal z = new BigDecimal(p.a()).add(new BigDecimal(p.b())
          .multiply(BigDecimalMath.log(new BigDecimal(p.offset()).add(bx), HypothesisReference.MC)));
      BigDecimal sig = BigDecimal.ONE.divide(BigDecimal.ONE.add(BigDecimalMath.exp(z.negate(), HypothesisReference.MC)),
          HypothesisReference.MC);
      return new BigDecimal(p.floor()).add(new BigDecimal(p.ceiling()).subtract(new BigDecimal(p.floor())).multiply(sig));
    }
    ExponentialSaturationCurve e = (ExponentialSaturationCurve) c;
    BigDecimal decay = BigDecimalMath.exp(new BigDecimal(e.rate()).multiply(bx).negate(), HypothesisReference.MC);
    return new BigDecimal(e.ceiling()).subtract(new BigDecimal(e.ceiling()).subtract(new BigDecimal(e.floor()))
        .multiply(decay));
  }

  private static ScoreCurve curve(Random r, double floor, double ceiling) {
    return r.nextBoolean()
        ? PowerLawCurve.of(-2 + 4 * r.nextDouble(), 0.3 + 1.2 * r.nextDouble(), floor, ceiling, 0.5 + 2 * r.nextDouble())
        : ExponentialSaturationCurve.of(floor, ceiling, 0.05 + 2 * r.nextDouble());
  }

  @Test
  void gridFailuresAreConfirmedAndPassesBoundTheDecreaseAtHundredDigits() {
    Random r = new Random(41);
    int failures = 0;
    int passes = 0;
    for (int t = 0; t < (THOROUGH ? 8 : 4); t++) {
      double lp = -0.5 * r.nextInt(2);
      ScoreCurve p = curve(r, lp, 1);
      ScoreCurve q = curve(r, lp - 0.5 * r.nextInt(2), 1);
      if (t % 2 == 0) {
        // a lower ceiling, floor and rate for the weaker exponential: D' = 1/(k_q (U_q - s)) - 1/(k_p (U_p - s)) > 0
        double k = 0.05 + 2 * r.nextDouble();
        p = ExponentialSaturationCurve.of(lp, 1, k);
        q = ExponentialSaturationCurve.of(lp - 0.25 * r.nextInt(3), 0.75, k * (0.5 + 0.5 * r.nextDouble()));
      }
      if (p instanceof PowerLawCurve && q instanceof PowerLawCurve && ((PowerLawCurve) p).sameScale((PowerLawCurve) q)
          || CurveChecks.commonExponential(p, q)) {
        continue;
      }
      String what = "game " + t + ": " + p + " over " + q;
      HypothesisCheck c1 = CurveChecks.c1(p, q, 0, 1);
      if (c1.failed()) {
        failures++;
        double x = c1.witness();
        assertTrue(score(q, x).compareTo(score(p, x)) >= 0, "C1 failure not confirmed at 100 digits: " + c1 + ", " + what);
      }
      assertTrue(!c1.undecided(), what + ": " + c1);

      HypothesisCheck c3 = C3Checks.c3(p, q, 0, 1);
      if (c3.method() != CheckMethod.GRID) {
        // one floor and ceiling: the analytic check, held to the reference in HypothesisAgreementTest
        continue;
      }
      double[] s = C3Checks.levels(p, q);
      BigDecimal max = null;
      BigDecimal largestDrop = BigDecimal.ZERO;
      boolean confirmed = false;
      for (int j = 0; j < s.length; j++) {
        double level = s[j];
        if (c3.passed() && j % 8 != 0 && j != s.length - 1) {
          // a pass bounds the drop between any two levels: every eighth level keeps the test quick
          continue;
        }
        BigDecimal d = HypothesisReference.effortGap(p, q, level);
        if (max != null) {
          largestDrop = largestDrop.max(max.subtract(d));
          if (c3.failed() && level == c3.witness() && d.compareTo(max) < 0) {
            confirmed = true;
          }
        }
        max = max == null ? d : max.max(d);
        if (c3.failed() && level >= c3.witness()) {
          break;
        }
      }
      if (c3.failed()) {
        failures++;
        assertTrue(confirmed, "C3 failure not confirmed at 100 digits: " + c3 + ", " + what);
      } else {
        passes++;
        assertTrue(c3.passed(), what + ": " + c3);
        BigDecimal slack = new BigDecimal(c3.bound().upper());
        assertTrue(largestDrop.compareTo(slack.add(SLACK_TOLERANCE)) <= 0,
            "C3 grid pass states slack " + slack + " but D drops by " + largestDrop + " at 100 digits: " + what);
      }
    }
    assertTrue(failures > 0 && passes > 0, "failures " + failures + ", passes " + passes);
  }

  /**
   * An exponential (gap {@code e^{-x}}) over a power law with a lower floor (gap about {@code 5 x^{-1.5}}): both scores
   * round to 1.0 far out on the grid, but the exponential stays strictly above; C1 must not fail there.
   */
  @Test
  void scoresThatRoundToOneDoubleAreNotAFailure() {
    ScoreCurve p = ExponentialSaturationCurve.of(0, 1, 1);
    ScoreCurve q = PowerLawCurve.of(-1, 1.5, -1, 1, 1);
    assertTrue(p.value(1e12) == q.value(1e12), "the doubles tie");
    // log gaps at 100 digits: log(U - f_q) = log 2 - log(1 + e^{-1} (1 + x)^{1.5}) against log(U - f_p) = -x
    BigDecimal x = new BigDecimal(1e12);
    BigDecimal logGapQ = BigDecimalMath.log(new BigDecimal(2), HypothesisReference.MC).subtract(BigDecimalMath.log(
        BigDecimal.ONE.add(BigDecimalMath.exp(new BigDecimal(-1), HypothesisReference.MC).multiply(BigDecimalMath.pow(
            BigDecimal.ONE.add(x), new BigDecimal("1.5"), HypothesisReference.MC))), HypothesisReference.MC));
    assertTrue(logGapQ.compareTo(x.negate()) > 0, "the exponential is above at 100 digits");
    HypothesisCheck c1 = CurveChecks.c1(p, q, 0, 1);
    assertTrue(c1.passed(), c1.toString());
  }
}
