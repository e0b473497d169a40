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
  public String toString() {
    return "power-law(a=" + a + ", b=" + b + ", L=" + floor + ", U=" + ceiling + ", x0=" + offset + ")";
  }
}
