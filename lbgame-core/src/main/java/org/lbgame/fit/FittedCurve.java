package org.lbgame.fit;

import org.lbgame.model.PowerLawCurve;

/**
 * A fitted generalized power law (SPEC section 4):
 * {@code f(x) = L + (U - L) sigmoid(a + b log(x0 + x))}, with the regression summary it came from.
 */
public final class FittedCurve {
  private final String model;
  private final double a;
  private final double b;
  private final double floor;
  private final double ceiling;
  private final double offset;
  private final RegressionSummary summary;

  private FittedCurve(String model, double a, double b, double floor, double ceiling, double offset,
      RegressionSummary summary) {
    this.model = model;
    this.a = a;
    this.b = b;
    this.floor = floor;
    this.ceiling = ceiling;
    this.offset = offset;
    this.summary = summary;
  }

  /** A curve with its regression summary. */
  public static FittedCurve of(String model, double a, double b, double floor, double ceiling, double offset,
      RegressionSummary summary) {
    if (!(floor < ceiling)) {
      throw new IllegalArgumentException("floor " + floor + " must be below ceiling " + ceiling);
    }
    if (!(offset > 0)) {
      throw new IllegalArgumentException("offset " + offset + " must be > 0");
    }
    return new FittedCurve(model, a, b, floor, ceiling, offset, summary);
  }

  /** A curve from known parameters (no regression behind it). */
  public static FittedCurve of(String model, double a, double b, double floor, double ceiling, double offset) {
    return of(model, a, b, floor, ceiling, offset, RegressionSummary.none());
  }

  /** {@code f(x) = L + (U - L) sigmoid(a + b log(x0 + x))}. */
  public double value(double x) {
    return floor + (ceiling - floor) * sigmoid(logitValue(x));
  }

  /** The fitted logit {@code a + b log(x0 + x)}. */
  public double logitValue(double x) {
    return a + b * Math.log(offset + x);
  }

  /** Saturation {@code fbar = U} (for {@code b > 0}). */
  public double saturation() {
    return b > 0 ? ceiling : value(0);
  }

  /**
   * Reach {@code X(s)}: least {@code x >= 0} with {@code f(x) >= s}; 0 at or below {@code f(0)}, {@code +inf}
   * at or above {@code U} (never reached).
   */
  public double reach(double s) {
    if (s <= value(0)) {
      return 0;
    }
    if (s >= ceiling || b <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double x = Math.exp((logit((s - floor) / (ceiling - floor)) - a) / b) - offset;
    return Math.max(0, x);
  }

  /** Reach on the logit scale: least {@code x >= 0} with {@code a + b log(x0 + x) >= l} (exact inverse). */
  public double reachLogit(double l) {
    if (l <= logitValue(0)) {
      return 0;
    }
    if (b <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.max(0, Math.exp((l - a) / b) - offset);
  }

  /**
   * The model layer's curve with the fitted parameters (for the solver and the designer); throws the model's
   * {@code InvalidGameException} when {@code b <= 0}, which the power-law family excludes.
   */
  public PowerLawCurve toPowerLawCurve() {
    return PowerLawCurve.of(a, b, floor, ceiling, offset);
  }

  /** The model's name. */
  public String model() {
    return model;
  }

  /** Intercept {@code a}: logit of the normalized score at {@code log(x0 + x) = 0}. */
  public double a() {
    return a;
  }

  /** Slope {@code b}: how efficiently effort turns into score. */
  public double b() {
    return b;
  }

  /** Floor {@code L}. */
  public double floor() {
    return floor;
  }

  /** Ceiling {@code U}. */
  public double ceiling() {
    return ceiling;
  }

  /** Offset {@code x0}. */
  public double offset() {
    return offset;
  }

  /** The regression behind the curve. */
  public RegressionSummary summary() {
    return summary;
  }

  /** The logistic function. */
  public static double sigmoid(double z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
  }

  /** The logit {@code log(p / (1 - p))}. */
  public static double logit(double p) {
    return Math.log(p) - Math.log1p(-p);
  }
}
