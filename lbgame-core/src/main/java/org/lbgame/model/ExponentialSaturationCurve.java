package org.lbgame.model;

/**
 * Exponential saturation {@code f(x) = L + (U - L)(1 - exp(-k x))}, {@code k > 0}, {@code L < U}:
 * concave and increasing, with closed-form inverse {@code X(s) = -log(1 - (s - L)/(U - L)) / k}.
 */
public final class ExponentialSaturationCurve implements ScoreCurve {
  /** Family name in game files. */
  public static final String FAMILY = "exponential-saturation";

  private final double floor;
  private final double ceiling;
  private final double rate;

  private ExponentialSaturationCurve(double floor, double ceiling, double rate) {
    this.floor = floor;
    this.ceiling = ceiling;
    this.rate = rate;
  }

  /** The curve with floor {@code L}, ceiling {@code U > L} and rate {@code k > 0}. */
  public static ExponentialSaturationCurve of(double floor, double ceiling, double rate) {
    Require.finite("floor", floor);
    Require.finite("ceiling", ceiling);
    if (!(floor < ceiling)) {
      throw new InvalidGameException("floor", "must be < ceiling (" + Require.format(ceiling) + ")", floor);
    }
    Require.positive("rate", rate);
    return new ExponentialSaturationCurve(floor, ceiling, rate);
  }

  /** Floor {@code L} (the score at zero effort). */
  public double floor() {
    return floor;
  }

  /** Ceiling {@code U}. */
  public double ceiling() {
    return ceiling;
  }

  /** Rate {@code k}. */
  public double rate() {
    return rate;
  }

  /** {@code log(U - f(x)) = log(U - L) - k x}, the latent used for exact pairwise comparisons near saturation. */
  public double logGap(double x) {
    Require.effort(x);
    return Math.log(ceiling - floor) - rate * x;
  }

  /** Total effort at which {@code log(U - f(x))} falls to {@code g}: {@code max(0, (log(U - L) - g) / k)}. */
  public double reachLogGap(double g) {
    double x = (Math.log(ceiling - floor) - g) / rate;
    return x > 0 ? x : 0;
  }

  @Override
  public double value(double x) {
    Require.effort(x);
    return floor + (ceiling - floor) * -Math.expm1(-rate * x);
  }

  /** An enclosure of {@code log(U - f(x)) = log(U - L) - k x}. */
  public <T extends Real<T>> T logGap(T x) {
    return x.constant(ceiling).minus(x.constant(floor)).log().minus(x.constant(rate).times(x));
  }

  /** An enclosure of the effort at which {@code log(U - f)} falls to {@code g}: {@code max(0, (log(U - L) - g)/k)}. */
  public <T extends Real<T>> T reachLogGap(T g) {
    return g.constant(ceiling).minus(g.constant(floor)).log().minus(g).over(g.constant(rate)).max(g.constant(0));
  }

  @Override
  public <T extends Real<T>> T value(T x) {
    T span = x.constant(ceiling).minus(x.constant(floor));
    return x.constant(floor).plus(span.times(x.constant(1).minus(x.constant(rate).times(x).negate().exp())));
  }

  @Override
  public <T extends Real<T>> T gap(T x) {
    return x.constant(ceiling).minus(x.constant(floor)).times(x.constant(rate).times(x).negate().exp());
  }

  @Override
  public double gap(double x) {
    Require.effort(x);
    return (ceiling - floor) * Math.exp(-rate * x);
  }

  @Override
  public <T extends Real<T>> T reachGap(T g, boolean strict) {
    return reachGapAt(g.upperEnd()).hull(reachGapAt(g.lowerEnd()));
  }

  private <T extends Real<T>> T reachGapAt(T g) {
    if (g.compareTo(0) <= 0) {
      return g.constant(Double.POSITIVE_INFINITY);
    }
    T zero = g.constant(0);
    T span = g.constant(ceiling).minus(g.constant(floor));
    if (g.minus(span).signum() > 0) {
      return zero;
    }
    return span.log().minus(g.log()).over(g.constant(rate)).max(zero);
  }

  @Override
  public double reachGap(double g, boolean strict) {
    return g > 0 ? reachLogGap(Math.log(g)) : Double.POSITIVE_INFINITY;
  }

  @Override
  public double saturation() {
    return ceiling;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double reach(double s) {
    if (s <= floor) {
      return 0;
    }
    if (s >= ceiling) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, -Math.log1p(-(s - floor) / (ceiling - floor)) / rate);
  }

  @Override
  public double exceed(double s) {
    return s >= ceiling ? Double.POSITIVE_INFINITY : reach(s);
  }

  @Override
  public boolean strictlyIncreasing() {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ExponentialSaturationCurve)) {
      return false;
    }
    ExponentialSaturationCurve c = (ExponentialSaturationCurve) o;
    return floor == c.floor && ceiling == c.ceiling && rate == c.rate;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new double[] {floor, ceiling, rate});
  }

  @Override
  public String toString() {
    return "exponential-saturation(L=" + floor + ", U=" + ceiling + ", k=" + rate + ")";
  }
}
