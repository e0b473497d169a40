package org.lbgame.solve;

import ch.obermuhlner.math.big.BigDecimalMath;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * An independent 100-digit evaluation of the continuous game for power laws and exponential saturation sharing
 * one ceiling: the gaps to the ceiling and their closed-form inverses, written here from SPEC section 4 without
 * the library's enclosures. Tests compare the solver's proved statuses and bounds with it.
 */
final class HundredDigits {
  static final MathContext MC = new MathContext(110);

  private HundredDigits() {
  }

  static BigDecimal bd(double v) {
    return new BigDecimal(v);
  }

  /** {@code U - f(x)} of a power law {@code (a, b, L, U, x0)}: {@code (U - L) / (1 + e^a (x0 + x)^b)}. */
  static BigDecimal powerGap(double a, double b, double floor, double ceiling, double x0, BigDecimal x) {
    BigDecimal z = bd(a).add(bd(b).multiply(BigDecimalMath.log(bd(x0).add(x), MC), MC), MC);
    return bd(ceiling).subtract(bd(floor)).divide(BigDecimal.ONE.add(BigDecimalMath.exp(z, MC)), MC);
  }

  /** The total effort at which that power law's gap falls to {@code g}: {@code ((U-L)/g - 1)^(1/b) e^(-a/b) - x0}, at least 0. */
  static BigDecimal powerReach(double a, double b, double floor, double ceiling, double x0, BigDecimal g) {
    BigDecimal w = bd(ceiling).subtract(bd(floor)).divide(g, MC).subtract(BigDecimal.ONE);
    if (w.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal z = BigDecimalMath.log(w, MC);
    BigDecimal x = BigDecimalMath.exp(z.subtract(bd(a)).divide(bd(b), MC), MC).subtract(bd(x0));
    return x.max(BigDecimal.ZERO);
  }

  /** {@code log(U - f(x))} of exponential saturation: {@code log(U - L) - k x}. */
  static BigDecimal expLogGap(double floor, double ceiling, double rate, BigDecimal x) {
    return BigDecimalMath.log(bd(ceiling).subtract(bd(floor)), MC).subtract(bd(rate).multiply(x, MC));
  }

  /** The total effort at which that log-gap falls to {@code lg}. */
  static BigDecimal expReach(double floor, double ceiling, double rate, BigDecimal lg) {
    BigDecimal x = BigDecimalMath.log(bd(ceiling).subtract(bd(floor)), MC).subtract(lg).divide(bd(rate), MC);
    return x.max(BigDecimal.ZERO);
  }
}
