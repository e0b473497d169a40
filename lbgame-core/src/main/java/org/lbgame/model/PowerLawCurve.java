package org.lbgame.model;

/**
 * The generalized power law (SPEC section 4):
 * {@code f(x) = L + (U - L) * sigmoid(a + b * log(x0 + x))}, {@code b > 0}, {@code L < U}, {@code x0 > 0}.
 * The latent {@code z(x) = a + b log(x0 + x)} is the logit of the normalized score.
 */
public final class PowerLawCurve implements ScoreCurve {
  /** Family name in game files. */
  public static final String FAMILY = "power-law";

  private final double a;
  private final double b;
  private final double floor;
  private final double ceiling;
  private final double offset;

  private PowerLawCurve(double a, double b, double floor, double ceiling, double offset) {
    this.a = a;
    this.b = b;
    this.floor = floor;
    this.ceiling = ceiling;
    this.offset = offset;
  }

  /** The curve with logit intercept {@code a}, slope {@code b > 0}, floor {@code L}, ceiling {@code U > L}, offset {@code x0 > 0}. */
  public static PowerLawCurve of(double a, double b, double floor, double ceiling, double offset) {
    Require.finite("a", a);
    Require.positive("b", b);
    Require.finite("floor", floor);
    Require.finite("ceiling", ceiling);
    if (!(floor < ceiling)) {
      throw new InvalidGameException("floor", "must be < ceiling (" + Require.format(ceiling) + ")", floor);
    }
    Require.positive("offset", offset);
    return new PowerLawCurve(a, b, floor, ceiling, offset);
  }

  /** The curve with the default offset {@code x0 = 1}. */
  public static PowerLawCurve of(double a, double b, double floor, double ceiling) {
    return of(a, b, floor, ceiling, 1);
  }

  /** Logit intercept {@code a_theta}. */
  public double a() {
    return a;
  }

  /** Learning efficiency {@code b_theta}. */
  public double b() {
    return b;
  }

  /** Floor {@code L_theta}. */
  public double floor() {
    return floor;
  }

  /** Ceiling {@code U_theta}. */
  public double ceiling() {
    return ceiling;
  }

  /** Effort offset {@code x0}. */
  public double offset() {
    return offset;
  }

  /** The latent logit {@code z(x) = a + b log(x0 + x)}. */
  public double logit(double x) {
    Require.effort(x);
    return a + b * Math.log(offset + x);
  }

  /** Total effort at which the latent logit reaches {@code z}: {@code max(0, exp((z - a)/b) - x0)}. */
  public double reachLogit(double z) {
    double x = Math.exp((z - a) / b) - offset;
    return x > 0 ? x : 0;
  }

  /** Standard logistic function, evaluated without overflow. */
  public static double sigmoid(double z) {
    if (z >= 0) {
      return 1 / (1 + Math.exp(-z));
    }
    double e = Math.exp(z);
    return e / (1 + e);
  }

  @Override
  public double value(double x) {
    return floor + (ceiling - floor) * sigmoid(logit(x));
  }

  /** An enclosure of the latent {@code z(x) = a + b log(x0 + x)}. */
  public <T extends Real<T>> T logit(T x) {
    return x.constant(a).plus(x.constant(b).times(x.constant(offset).plus(x).log()));
  }

  @Override
  public <T extends Real<T>> T value(T x) {
    T span = x.constant(ceiling).minus(x.constant(floor));
    return x.constant(floor).plus(span.over(x.constant(1).plus(logit(x).negate().exp())));
  }

  @Override
  public <T extends Real<T>> T gap(T x) {
    // (U - L) sigmoid(-z) = (U - L) / (1 + e^z): relative accuracy however close to the ceiling
    T span = x.constant(ceiling).minus(x.constant(floor));
    return span.over(x.constant(1).plus(logit(x).exp()));
  }

  @Override
  public double gap(double x) {
    double z = logit(x);
    return (ceiling - floor) * (z >= 0 ? Math.exp(-z) / (1 + Math.exp(-z)) : 1 / (1 + Math.exp(z)));
  }

  @Override
  public <T extends Real<T>> T reachGap(T g, boolean strict) {
    // the inverse is decreasing in g: its ends come from the ends of g
    return reachGapAt(g.upperEnd()).hull(reachGapAt(g.lowerEnd()));
  }

  private <T extends Real<T>> T reachGapAt(T g) {
    if (g.compareTo(0) <= 0) {
      return g.constant(Double.POSITIVE_INFINITY);
    }
    T zero = g.constant(0);
    if (g.minus(gap(zero)).signum() > 0) {
      return zero;
    }
    // gap = (U - L) / (1 + e^z)  <=>  z = log((U - L)/g - 1)
    T span = g.constant(ceiling).minus(g.constant(floor));
    T z = span.over(g).minus(g.constant(1)).log();
    return z.minus(g.constant(a)).over(g.constant(b)).exp().minus(g.constant(offset)).max(zero);
  }

  @Override
  public double reachGap(double g, boolean strict) {
    if (!(g > 0)) {
      return Double.POSITIVE_INFINITY;
    }
    double w = (ceiling - floor) / g - 1;
    return w <= 0 ? 0 : reachLogit(Math.log(w));
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
    if (s <= value(0)) {
      return 0;
    }
    if (s >= ceiling) {
      return Double.POSITIVE_INFINITY;
    }
    double u = (s - floor) / (ceiling - floor);
    return reachLogit(Math.log(u) - Math.log1p(-u));
  }

  @Override
  public double exceed(double s) {
    return s >= ceiling ? Double.POSITIVE_INFINITY : reach(s);
  }

  @Override
  public boolean strictlyIncreasing() {
    return true;
  }

  /** True when {@code other} has the same floor, ceiling and offset (the pair then has SPEC's closed form). */
  public boolean sameScale(PowerLawCurve other) {
    return floor == other.floor && ceiling == other.ceiling && offset == other.offset;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PowerLawCurve)) {
      return false;
    }
    PowerLawCurve c = (PowerLawCurve) o;
    return a == c.a && b == c.b && floor == c.floor && ceiling == c.ceiling && offset == c.offset;
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(new double[] {a, b, floor, ceiling, offset});
  }

  @Override
  public String toString() {
    return "power-law(a=" + a + ", b=" + b + ", L=" + floor + ", U=" + ceiling + ", x0=" + offset + ")";
  }
}
