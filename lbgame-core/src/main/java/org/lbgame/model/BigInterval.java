package org.lbgame.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval of decimals with a given number of significant digits and outward rounding: the
 * high-precision {@link Real}, used where doubles leave a decision open. Sums, products and quotients
 * are rounded with {@link RoundingMode#FLOOR} and {@link RoundingMode#CEILING}; {@code exp} and
 * {@code log} come from big-math's {@code BigDecimalMath} at {@link #GUARD} more digits and are
 * widened by {@code 10^-(digits + 2)} relative, far beyond that library's stated accuracy. An end
 * may be infinite (null), e.g. {@code log} of an interval reaching 0.
 */
public final class BigInterval implements Real<BigInterval> {
  /** Default number of significant digits for re-evaluation. */
  public static final int DIGITS = 60;
  /** Beyond this magnitude of its argument {@code exp} is bounded by {@code exp(+-EXP_LIMIT)} (decimal exponents stay in range). */
  static final BigDecimal EXP_LIMIT = BigDecimal.valueOf(100_000);
  /** Extra digits carried inside the transcendental functions. */
  static final int GUARD = 12;

  private final BigDecimal lo;
  private final BigDecimal hi;
  private final int digits;

  private BigInterval(BigDecimal lo, BigDecimal hi, int digits) {
    this.lo = lo;
    this.hi = hi;
    this.digits = digits;
  }

  /** The exact point {@code v} with {@code digits} significant digits for later operations. */
  public static BigInterval of(double v, int digits) {
    if (Double.isNaN(v)) {
      return new BigInterval(null, null, digits);
    }
    if (Double.isInfinite(v)) {
      BigDecimal max = new BigDecimal(Double.MAX_VALUE);
      return v > 0 ? new BigInterval(max, null, digits) : new BigInterval(null, max.negate(), digits);
    }
    BigDecimal b = new BigDecimal(v);
    return new BigInterval(b, b, digits);
  }

  /** The exact point {@code v}. */
  public static BigInterval of(BigDecimal v, int digits) {
    return new BigInterval(v, v, digits);
  }

  /** The number of significant digits of this arithmetic. */
  public int digits() {
    return digits;
  }

  /** The lower end (null for minus infinity). */
  public BigDecimal lowerDecimal() {
    return lo;
  }

  /** The upper end (null for plus infinity). */
  public BigDecimal upperDecimal() {
    return hi;
  }

  private MathContext down() {
    return new MathContext(digits, RoundingMode.FLOOR);
  }

  private MathContext up() {
    return new MathContext(digits, RoundingMode.CEILING);
  }

  private BigInterval make(BigDecimal a, BigDecimal b) {
    return new BigInterval(a, b, digits);
  }

  @Override
  public BigInterval constant(double v) {
    return of(v, digits);
  }

  @Override
  public BigInterval plus(BigInterval o) {
    BigDecimal a = lo == null || o.lo == null ? null : lo.add(o.lo, down());
    BigDecimal b = hi == null || o.hi == null ? null : hi.add(o.hi, up());
    return make(a, b);
  }

  @Override
  public BigInterval minus(BigInterval o) {
    return plus(o.negate());
  }

  @Override
  public BigInterval negate() {
    return make(hi == null ? null : hi.negate(), lo == null ? null : lo.negate());
  }

  @Override
  public BigInterval times(BigInterval o) {
    if (lo == null || hi == null || o.lo == null || o.hi == null) {
      if (isZero() || o.isZero()) {
        return make(BigDecimal.ZERO, BigDecimal.ZERO);
      }
      if (signum() >= 0 && o.signum() > 0 && lo != null && o.lo != null && lo.signum() >= 0) {
        return make(lo.multiply(o.lo, down()), null);
      }
      return make(null, null);
    }
    BigDecimal[] ends = {lo, hi};
    BigDecimal[] others = {o.lo, o.hi};
    BigDecimal a = null;
    BigDecimal b = null;
    for (BigDecimal x : ends) {
      for (BigDecimal y : others) {
        BigDecimal d = x.multiply(y, down());
        BigDecimal u = x.multiply(y, up());
        a = a == null || d.compareTo(a) < 0 ? d : a;
        b = b == null || u.compareTo(b) > 0 ? u : b;
      }
    }
    return make(a, b);
  }

  @Override
  public BigInterval over(BigInterval o) {
    if (o.signum() == 0 || o.lo == null || o.hi == null || lo == null || hi == null) {
      return make(null, null);
    }
    BigDecimal[] ends = {lo, hi};
    BigDecimal[] others = {o.lo, o.hi};
    BigDecimal a = null;
    BigDecimal b = null;
    for (BigDecimal x : ends) {
      for (BigDecimal y : others) {
        BigDecimal d = x.divide(y, down());
        BigDecimal u = x.divide(y, up());
        a = a == null || d.compareTo(a) < 0 ? d : a;
        b = b == null || u.compareTo(b) > 0 ? u : b;
      }
    }
    return make(a, b);
  }

  /** {@code v} moved down by {@code |v| 10^-(digits+2)} (plus a tiny absolute slack): room for the library's error. */
  private BigDecimal widenDown(BigDecimal v) {
    return v.subtract(slack(v), down());
  }

  /** {@code v} moved up by the same slack as {@link #widenDown(BigDecimal)}. */
  private BigDecimal widenUp(BigDecimal v) {
    return v.add(slack(v), up());
  }

  /**
   * {@code |v| 10^-(digits+2) + 10^-(4 digits)}, rounded up. Rounded, not exact: for {@code v} near
   * {@code exp(+-EXP_LIMIT)} the exact sum has tens of thousands of digits.
   */
  private BigDecimal slack(BigDecimal v) {
    return v.abs().movePointLeft(digits + 2).add(BigDecimal.ONE.movePointLeft(digits * 4), up());
  }

  private MathContext work() {
    return new MathContext(digits + GUARD, RoundingMode.HALF_EVEN);
  }

  @Override
  public BigInterval exp() {
    BigDecimal a = lo == null || lo.compareTo(EXP_LIMIT.negate()) < 0 ? BigDecimal.ZERO
        : lo.signum() == 0 ? BigDecimal.ONE
        : lo.compareTo(EXP_LIMIT) > 0 ? widenDown(BigMathMemo.exp(EXP_LIMIT, work()))
        : widenDown(BigMathMemo.exp(lo, work())).max(BigDecimal.ZERO);
    BigDecimal b = hi == null || hi.compareTo(EXP_LIMIT) > 0 ? null : hi.signum() == 0 ? BigDecimal.ONE
        : hi.compareTo(EXP_LIMIT.negate()) < 0 ? widenUp(BigMathMemo.exp(EXP_LIMIT.negate(), work()))
        : widenUp(BigMathMemo.exp(hi, work()));
    return make(a, b);
  }

  @Override
  public BigInterval log() {
    if (hi != null && hi.signum() <= 0) {
      return make(null, null);
    }
    BigDecimal a = lo == null || lo.signum() <= 0 ? null : lo.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ZERO
        : widenDown(BigMathMemo.log(lo, work()));
    BigDecimal b = hi == null ? null : hi.compareTo(BigDecimal.ONE) == 0 ? BigDecimal.ZERO
        : widenUp(BigMathMemo.log(hi, work()));
    return make(a, b);
  }

  @Override
  public BigInterval log1p() {
    return plus(constant(1)).log();
  }

  @Override
  public BigInterval expm1() {
    // exp(x) - 1 cancels for tiny x: still an enclosure, with absolute width about 10^-(digits+2)
    return exp().minus(constant(1));
  }

  @Override
  public BigInterval pow(double p) {
    if (!(p > 0) || (hi != null && hi.signum() < 0)) {
      return make(null, null);
    }
    if (p == 1) {
      return make(lo == null ? BigDecimal.ZERO : lo.max(BigDecimal.ZERO), hi);
    }
    BigDecimal a = lo == null || lo.signum() <= 0 ? BigDecimal.ZERO : endPow(lo, p, false);
    BigDecimal b = hi == null ? null : hi.signum() == 0 ? BigDecimal.ZERO : endPow(hi, p, true);
    return make(a, b);
  }

  private BigDecimal endPow(BigDecimal x, double p, boolean upward) {
    if (x.compareTo(BigDecimal.ONE) == 0) {
      return BigDecimal.ONE;
    }
    if (p == Math.rint(p) && p <= 64) {
      BigDecimal r = x.pow((int) p, upward ? up() : down());
      return r;
    }
    BigDecimal v = BigMathMemo.exp(BigMathMemo.log(x, work()).multiply(new BigDecimal(p), work()), work());
    return upward ? widenUp(v) : widenDown(v).max(BigDecimal.ZERO);
  }

  @Override
  public BigInterval max(BigInterval o) {
    BigDecimal a = lo == null ? o.lo : o.lo == null ? lo : lo.max(o.lo);
    BigDecimal b = hi == null || o.hi == null ? null : hi.max(o.hi);
    return make(a, b);
  }

  @Override
  public BigInterval min(BigInterval o) {
    BigDecimal a = lo == null || o.lo == null ? null : lo.min(o.lo);
    BigDecimal b = hi == null ? o.hi : o.hi == null ? hi : hi.min(o.hi);
    return make(a, b);
  }

  @Override
  public BigInterval hull(BigInterval o) {
    BigDecimal a = lo == null || o.lo == null ? null : lo.min(o.lo);
    BigDecimal b = hi == null || o.hi == null ? null : hi.max(o.hi);
    return make(a, b);
  }

  @Override
  public BigInterval lowerEnd() {
    return make(lo, lo);
  }

  @Override
  public BigInterval upperEnd() {
    return make(hi, hi);
  }

  @Override
  public int signum() {
    if (lo != null && lo.signum() > 0) {
      return 1;
    }
    return hi != null && hi.signum() < 0 ? -1 : 0;
  }

  @Override
  public boolean isZero() {
    return lo != null && hi != null && lo.signum() == 0 && hi.signum() == 0;
  }

  @Override
  public int compareTo(double d) {
    BigDecimal x = new BigDecimal(d);
    if (lo != null && lo.compareTo(x) > 0) {
      return 1;
    }
    return hi != null && hi.compareTo(x) < 0 ? -1 : 0;
  }

  @Override
  public double lower() {
    if (lo == null) {
      return Double.NEGATIVE_INFINITY;
    }
    double d = lo.doubleValue();
    return Double.isFinite(d) && new BigDecimal(d).compareTo(lo) > 0 ? Math.nextDown(d) : d;
  }

  @Override
  public double upper() {
    if (hi == null) {
      return Double.POSITIVE_INFINITY;
    }
    double d = hi.doubleValue();
    return Double.isFinite(d) && new BigDecimal(d).compareTo(hi) < 0 ? Math.nextUp(d) : d;
  }

  @Override
  public double mid() {
    if (lo == null || hi == null) {
      return lo == null && hi == null ? 0 : lo == null ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return lo.add(hi).divide(BigDecimal.valueOf(2), work()).doubleValue();
  }

  /** The half-width of the enclosure as a double rounded up (infinite when an end is). */
  public double radius() {
    if (lo == null || hi == null) {
      return Double.POSITIVE_INFINITY;
    }
    BigDecimal r = hi.subtract(lo).divide(BigDecimal.valueOf(2), up());
    double d = r.doubleValue();
    return new BigDecimal(d).compareTo(r) < 0 ? Math.nextUp(d) : d;
  }

  @Override
  public String arithmetic() {
    return digits + "-digit intervals";
  }

  @Override
  public String toString() {
    return "[" + (lo == null ? "-inf" : lo.toString()) + ", " + (hi == null ? "inf" : hi.toString()) + "]";
  }
}
