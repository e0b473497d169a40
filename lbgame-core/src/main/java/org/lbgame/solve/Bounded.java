package org.lbgame.solve;

import java.util.Locale;
import org.lbgame.model.BigInterval;
import org.lbgame.model.Real;

/**
 * A computed number with a rigorous enclosure: the best double estimate, a lower and an upper bound
 * that the exact value is guaranteed to lie between, and the arithmetic that produced them.
 */
public final class Bounded {
  private final double value;
  private final double lower;
  private final double upper;
  private final String arithmetic;

  private Bounded(double value, double lower, double upper, String arithmetic) {
    this.value = value;
    this.lower = lower;
    this.upper = upper;
    this.arithmetic = arithmetic;
  }

  /** The enclosure {@code e} with its middle as the estimate. */
  public static <T extends Real<T>> Bounded of(T e) {
    double lo = e.lower();
    double hi = e.upper();
    double v = lo == hi ? lo : Double.isInfinite(lo) && lo > 0 ? lo : e.mid();
    return new Bounded(Math.min(hi, Math.max(lo, v)), lo, hi, e.arithmetic());
  }

  /** The same enclosure with a better estimate {@code v} (kept inside the enclosure). */
  public Bounded withValue(double v) {
    return Double.isNaN(v) ? this : new Bounded(Math.min(upper, Math.max(lower, v)), lower, upper, arithmetic);
  }

  /** An exact double (lower = upper = value). */
  public static Bounded exact(double v) {
    return new Bounded(v, v, v, "exact");
  }

  /** The estimate. */
  public double value() {
    return value;
  }

  /** A guaranteed lower bound. */
  public double lower() {
    return lower;
  }

  /** A guaranteed upper bound. */
  public double upper() {
    return upper;
  }

  /** Half the width of the enclosure (0 when exact, infinite when unbounded). */
  public double radius() {
    if (lower == upper) {
      return 0;
    }
    double r = Math.nextUp(0.5 * (upper - lower));
    return Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
  }

  /** {@code +1} / {@code -1} when the whole enclosure is above / below 0, else 0. */
  public int signum() {
    return lower > 0 ? 1 : upper < 0 ? -1 : 0;
  }

  /** "double intervals", "60-digit intervals" or "exact". */
  public String arithmetic() {
    return arithmetic;
  }

  /** True when the enclosure came from the high-precision arithmetic. */
  public boolean highPrecision() {
    return arithmetic.equals(BigInterval.DIGITS + "-digit intervals");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%.9g in [%s, %s] (%s)", value, lower, upper, arithmetic);
  }
}
