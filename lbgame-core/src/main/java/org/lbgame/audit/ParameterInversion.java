package org.lbgame.audit;

/**
 * A pair whose fitted intercept {@code a} or slope {@code b} is out of capability order: the weaker model's value
 * exceeds the stronger's by {@code difference}, with the combined standard error {@code se} of the two fits and
 * {@code z = difference / se}; {@code significant} when that exceeds {@link Tolerance#NOISE_SE} SE.
 */
public record ParameterInversion(String parameter, String stronger, String weaker, double strongerValue,
    double weakerValue, double se) {

  /** {@code weakerValue - strongerValue} (at least 0 for an inversion). */
  public double difference() {
    return weakerValue - strongerValue;
  }

  /** The difference in combined standard errors (NaN when unknown, infinite for exact fits). */
  public double z() {
    return se > 0 ? difference() / se : se == 0 && difference() > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
  }

  /** True when the inversion exceeds {@link Tolerance#NOISE_SE} combined standard errors. */
  public boolean significant() {
    return z() > Tolerance.NOISE_SE;
  }
}
