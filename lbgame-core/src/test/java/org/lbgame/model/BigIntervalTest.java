package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * {@link BigInterval}'s {@code exp} and {@code log} enclose the true values, checked against an exponential written
 * here from its Taylor series at 200 digits (independent of big-math), over arguments from tiny to the
 * {@code EXP_LIMIT} clamp; and remembering recent arguments ({@link BigMathMemo}) changes no result.
 */
class BigIntervalTest {
  private static final MathContext REF = new MathContext(200, RoundingMode.HALF_EVEN);
  private static final int D = BigInterval.DIGITS;

  /** {@code exp(x)} to about 190 digits: halve until {@code |r| < 2^-12}, sum the series, square back. */
  static BigDecimal referenceExp(BigDecimal x) {
    int halvings = 0;
    BigDecimal r = x;
    BigDecimal small = BigDecimal.ONE.movePointLeft(4);
    while (r.abs().compareTo(small) > 0) {
      r = r.divide(BigDecimal.valueOf(2), REF);
      halvings++;
    }
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal eps = BigDecimal.ONE.movePointLeft(210);
    for (int k = 1; term.abs().compareTo(eps) > 0; k++) {
      term = term.multiply(r, REF).divide(BigDecimal.valueOf(k), REF);
      sum = sum.add(term, REF);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, REF);
    }
    return sum;
  }

  /** {@code lo <= v <= hi}, with a null end unbounded. */
  private static boolean encloses(BigInterval i, BigDecimal v) {
    return (i.lowerDecimal() == null || i.lowerDecimal().compareTo(v) <= 0)
        && (i.upperDecimal() == null || v.compareTo(i.upperDecimal()) <= 0);
  }

  /** The relative width of a bounded interval, as a double. */
  private static double relativeWidth(BigInterval i) {
    BigDecimal w = i.upperDecimal().subtract(i.lowerDecimal());
    BigDecimal m = i.upperDecimal().abs().max(i.lowerDecimal().abs());
    return m.signum() == 0 ? 0 : w.divide(m, MathContext.DECIMAL64).doubleValue();
  }

  @Test
  void expEnclosesTheSeriesValueFromTinyToTheClamp() {
    SplittableRandom rng = new SplittableRandom(7);
    double[] fixed = {0.5, -0.5, 1e-300, -1e-300, 1, 700, -745, 1e4, -1e4, 99_999.5, -99_999.5};
    for (int t = 0; t < fixed.length + 200; t++) {
      double x = t < fixed.length ? fixed[t] : rng.nextDouble(-300, 300) * Math.pow(10, rng.nextInt(-3, 3));
      BigInterval e = BigInterval.of(x, D).exp();
      BigDecimal ref = referenceExp(new BigDecimal(x));
      assertTrue(encloses(e, ref), "exp(" + x + ") = " + ref.round(MathContext.DECIMAL64) + " not in " + e);
      // below about 10^-180 the absolute slack 10^-240 (room for the library's error near 0) sets the width
      assertTrue(x < -400 || relativeWidth(e) < 1e-55, "exp(" + x + ") too wide: " + e);
    }
  }

  @Test
  void expBeyondTheClampKeepsATrueBound() {
    BigInterval above = BigInterval.of(2e5, D).exp();
    assertTrue(above.lowerDecimal().compareTo(referenceExp(BigDecimal.valueOf(100_000))) <= 0);
    assertNull(above.upperDecimal());
    BigInterval below = BigInterval.of(-2e5, D).exp();
    assertEquals(0, below.lowerDecimal().signum());
    assertTrue(below.upperDecimal().compareTo(referenceExp(BigDecimal.valueOf(-100_000))) >= 0);
  }

  @Test
  void logEnclosesTheValueWhoseExponentialIsTheArgument() {
    SplittableRandom rng = new SplittableRandom(11);
    for (int t = 0; t < 200; t++) {
      double x = rng.nextDouble(0.1, 10) * Math.pow(10, rng.nextInt(-300, 300));
      BigInterval l = BigInterval.of(x, D).log();
      // exp is increasing: log(x) lies in [lo, hi] iff exp(lo) <= x <= exp(hi)
      BigDecimal v = new BigDecimal(x);
      assertTrue(referenceExp(l.lowerDecimal()).compareTo(v) <= 0, "log(" + x + ") below " + l);
      assertTrue(referenceExp(l.upperDecimal()).compareTo(v) >= 0, "log(" + x + ") above " + l);
      assertTrue(relativeWidth(l) < 1e-55 || x == 1, "log(" + x + ") too wide: " + l);
    }
  }

  @Test
  void anIntervalArgumentEnclosesBothEnds() {
    SplittableRandom rng = new SplittableRandom(13);
    for (int t = 0; t < 50; t++) {
      double a = rng.nextDouble(0.5, 50);
      double b = a + rng.nextDouble(0, 5);
      BigInterval x = BigInterval.of(a, D).hull(BigInterval.of(b, D));
      BigInterval e = x.exp();
      assertTrue(encloses(e, referenceExp(new BigDecimal(a))) && encloses(e, referenceExp(new BigDecimal(b))), "" + e);
      BigInterval l = x.log();
      assertTrue(referenceExp(l.lowerDecimal()).compareTo(new BigDecimal(a)) <= 0, "" + l);
      assertTrue(referenceExp(l.upperDecimal()).compareTo(new BigDecimal(b)) >= 0, "" + l);
    }
  }

  @Test
  void rememberedValuesAreTheValuesComputedAfresh() throws Exception {
    SplittableRandom rng = new SplittableRandom(17);
    for (int t = 0; t < 40; t++) {
      double x = rng.nextDouble(-50, 50);
      BigInterval first = BigInterval.of(x, D).exp();
      BigInterval again = BigInterval.of(x, D).exp();
      // a thread of its own starts with an empty memo, so it computes afresh
      BigInterval fresh = CompletableFuture.supplyAsync(() -> BigInterval.of(x, D).exp()).get();
      assertEquals(first.toString(), again.toString());
      assertEquals(first.toString(), fresh.toString());
      double y = Math.abs(x) + 1e-3;
      BigInterval log = BigInterval.of(y, D).log();
      BigInterval freshLog = CompletableFuture.supplyAsync(() -> BigInterval.of(y, D).log()).get();
      assertEquals(log.toString(), freshLog.toString());
    }
  }

  @Test
  void aRememberedValueIsNeverServedAtAnotherPrecision() {
    // the same argument at 60 and then at 100 digits: a memo keyed by the argument alone would hand back the
    // 72-digit value, and the 100-digit widening (10^-102 relative) would then not enclose the true value
    for (double x : new double[] {0.7, 3.25, 41.5}) {
      BigInterval coarse = BigInterval.of(x, D).exp();
      BigInterval fine = BigInterval.of(x, 100).exp();
      assertTrue(encloses(coarse, referenceExp(new BigDecimal(x))), "" + coarse);
      assertTrue(encloses(fine, referenceExp(new BigDecimal(x))), "exp(" + x + ") at 100 digits: " + fine);
      assertTrue(relativeWidth(fine) < 1e-95, "exp(" + x + ") at 100 digits too wide: " + fine);
      BigInterval.of(x, D).log();
      BigInterval log100 = BigInterval.of(x, 100).log();
      assertTrue(referenceExp(log100.lowerDecimal()).compareTo(new BigDecimal(x)) <= 0, "" + log100);
      assertTrue(referenceExp(log100.upperDecimal()).compareTo(new BigDecimal(x)) >= 0, "" + log100);
    }
  }
}
