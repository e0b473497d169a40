package org.lbgame.model;

/**
 * A closed interval of doubles with outward rounding: the fast {@link Real}. Sums, products and
 * quotients are rounded in the right direction exactly (the rounding error is recovered with
 * TwoSum and {@code Math.fma}, so an exact result stays a point); {@code exp}, {@code log},
 * {@code log1p}, {@code expm1} and {@code pow} are within one ulp (their {@code java.lang.Math}
 * contract) and are widened by one ulp each way. An invalid operation gives the whole line.
 */
public final class Interval implements Real<Interval> {
  /** The whole real line: nothing is known. */
  public static final Interval WHOLE = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);

  private final double lo;
  private final double hi;

  private Interval(double lo, double hi) {
    this.lo = lo;
    this.hi = hi;
  }

  /** The point {@code v} (the whole line for NaN). */
  public static Interval of(double v) {
    return Double.isNaN(v) ? WHOLE : new Interval(v, v);
  }

  /** The interval {@code [lo, hi]} (the whole line if either end is NaN or {@code lo > hi}). */
  public static Interval of(double lo, double hi) {
    return lo <= hi ? new Interval(lo, hi) : WHOLE;
  }

  @Override
  public Interval constant(double v) {
    return of(v);
  }

  @Override
  public Interval plus(Interval o) {
    return of(sumDown(lo, o.lo), sumUp(hi, o.hi));
  }

  @Override
  public Interval minus(Interval o) {
    return of(sumDown(lo, -o.hi), sumUp(hi, -o.lo));
  }

  @Override
  public Interval times(Interval o) {
    double a = Math.min(Math.min(mulDown(lo, o.lo), mulDown(lo, o.hi)), Math.min(mulDown(hi, o.lo), mulDown(hi, o.hi)));
    double b = Math.max(Math.max(mulUp(lo, o.lo), mulUp(lo, o.hi)), Math.max(mulUp(hi, o.lo), mulUp(hi, o.hi)));
    return of(a, b);
  }

  @Override
  public Interval over(Interval o) {
    if (!(o.lo > 0 || o.hi < 0)) {
      return WHOLE;
    }
    double a = Math.min(Math.min(divDown(lo, o.lo), divDown(lo, o.hi)), Math.min(divDown(hi, o.lo), divDown(hi, o.hi)));
    double b = Math.max(Math.max(divUp(lo, o.lo), divUp(lo, o.hi)), Math.max(divUp(hi, o.lo), divUp(hi, o.hi)));
    return of(a, b);
  }

  @Override
  public Interval negate() {
    return new Interval(-hi, -lo);
  }

  @Override
  public Interval exp() {
    double a = lo == 0 ? 1 : Math.max(0, Math.nextDown(Math.exp(lo)));
    double b = hi == 0 ? 1 : Math.nextUp(Math.exp(hi));
    return of(a, b);
  }

  @Override
  public Interval log() {
    if (!(hi > 0)) {
      return WHOLE;
    }
    double a = lo <= 0 ? Double.NEGATIVE_INFINITY : lo == 1 ? 0 : Math.nextDown(Math.log(lo));
    double b = hi == 1 ? 0 : Math.nextUp(Math.log(hi));
    return of(a, b);
  }

  @Override
  public Interval log1p() {
    if (!(hi > -1)) {
      return WHOLE;
    }
    double a = lo <= -1 ? Double.NEGATIVE_INFINITY : lo == 0 ? 0 : Math.nextDown(Math.log1p(lo));
    double b = hi == 0 ? 0 : Math.nextUp(Math.log1p(hi));
    return of(a, b);
  }

  @Override
  public Interval expm1() {
    double a = lo == 0 ? 0 : Math.max(-1, Math.nextDown(Math.expm1(lo)));
    double b = hi == 0 ? 0 : Math.nextUp(Math.expm1(hi));
    return of(a, b);
  }

  @Override
  public Interval pow(double p) {
    if (!(p > 0) || !(hi >= 0)) {
      return WHOLE;
    }
    if (p == 1) {
      return of(Math.max(0, lo), hi);
    }
    double a = lo <= 0 ? 0 : lo == 1 ? 1 : Math.max(0, Math.nextDown(Math.pow(lo, p)));
    double b = hi == 1 ? 1 : hi == 0 ? 0 : Math.nextUp(Math.pow(hi, p));
    return of(a, b);
  }

  @Override
  public Interval max(Interval o) {
    return of(Math.max(lo, o.lo), Math.max(hi, o.hi));
  }

  @Override
  public Interval min(Interval o) {
    return of(Math.min(lo, o.lo), Math.min(hi, o.hi));
  }

  @Override
  public Interval hull(Interval o) {
    return of(Math.min(lo, o.lo), Math.max(hi, o.hi));
  }

  @Override
  public Interval lowerEnd() {
    return new Interval(lo, lo);
  }

  @Override
  public Interval upperEnd() {
    return new Interval(hi, hi);
  }

  @Override
  public int signum() {
    return lo > 0 ? 1 : hi < 0 ? -1 : 0;
  }

  @Override
  public boolean isZero() {
    return lo == 0 && hi == 0;
  }

  @Override
  public int compareTo(double d) {
    return lo > d ? 1 : hi < d ? -1 : 0;
  }

  @Override
  public double lower() {
    return lo;
  }

  @Override
  public double upper() {
    return hi;
  }

  @Override
  public double mid() {
    if (lo == hi) {
      return lo;
    }
    double m = 0.5 * lo + 0.5 * hi;
    return Double.isNaN(m) ? 0 : m;
  }

  /** {@code hi - lo} rounded up. */
  public double width() {
    return sumUp(hi, -lo);
  }

  @Override
  public String arithmetic() {
    return "double intervals";
  }

  @Override
  public String toString() {
    return "[" + lo + ", " + hi + "]";
  }

  // ---- directed rounding of one operation: {@link Directed}, shared with primitive-array callers ----------

  /** A double at or below {@code a + b}. */
  static double sumDown(double a, double b) {
    return Directed.sumDown(a, b);
  }

  /** A double at or above {@code a + b}. */
  static double sumUp(double a, double b) {
    return Directed.sumUp(a, b);
  }

  private static double mulDown(double a, double b) {
    return Directed.mulDown(a, b);
  }

  private static double mulUp(double a, double b) {
    return Directed.mulUp(a, b);
  }

  private static double divDown(double a, double b) {
    return Directed.divDown(a, b);
  }

  private static double divUp(double a, double b) {
    return Directed.divUp(a, b);
  }
}
