package org.lbgame.model;

/** Linear cost {@code c(e) = kappa * e}, {@code kappa >= 0}. */
public final class LinearCost implements CostFunction {
  /** Family name in game files. */
  public static final String FAMILY = "linear";

  private final double kappa;

  private LinearCost(double kappa) {
    this.kappa = kappa;
  }

  /** The cost {@code kappa * e}; {@code kappa >= 0} ({@code 0} is accepted and reported as not strictly increasing). */
  public static LinearCost of(double kappa) {
    return new LinearCost(Require.nonNegative("kappa", kappa));
  }

  /** Marginal cost {@code kappa}. */
  public double kappa() {
    return kappa;
  }

  @Override
  public double cost(double e) {
    Require.effort(e);
    return kappa * e;
  }

  @Override
  public <T extends Real<T>> T range(T e) {
    return e.constant(kappa).times(e);
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
    return kappa == 0 ? Double.POSITIVE_INFINITY : c / kappa;
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
    return "linear(kappa=" + kappa + ")";
  }
}
