package org.lbgame.model;

/** Power cost {@code c(e) = kappa * e^p}, {@code kappa >= 0}, {@code p >= 1} (convex). */
public final class PowerCost implements CostFunction {
  /** Family name in game files. */
  public static final String FAMILY = "power";

  private final double kappa;
  private final double p;

  private PowerCost(double kappa, double p) {
    this.kappa = kappa;
    this.p = p;
  }

  /** The cost {@code kappa * e^p}; {@code kappa >= 0}, {@code p >= 1}. */
  public static PowerCost of(double kappa, double p) {
    Require.nonNegative("kappa", kappa);
    Require.atLeast("p", p, 1);
    return new PowerCost(kappa, p);
  }

  /** Scale {@code kappa}. */
  public double kappa() {
    return kappa;
  }

  /** Exponent {@code p}. */
  public double exponent() {
    return p;
  }

  @Override
  public double cost(double e) {
    Require.effort(e);
    return kappa * Math.pow(e, p);
  }

  @Override
  public <T extends Real<T>> T range(T e) {
    return e.constant(kappa).times(e.pow(p));
  }

  @Override
  public boolean nondecreasing() {
    return true;
  }

  @Override
  public double effortFor(double c) {
    if (c <= 0) {
      return 0;
    }
    return kappa == 0 ? Double.POSITIVE_INFINITY : Math.pow(c / kappa, 1 / p);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public double flatUntil() {
    return kappa == 0 ? Double.POSITIVE_INFINITY : 0;
  }

  @Override
  public String toString() {
    return "power(kappa=" + kappa + ", p=" + p + ")";
  }
}
