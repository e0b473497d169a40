package org.lbgame.designer;

import org.lbgame.model.ExponentialSaturationCurve;

/**
 * The closed form for an adjacent pair of exponential-saturation curves with a common ceiling
 * {@code U}: comparing {@code log(U - f)}, {@code Delta_k(tau) = max(0, c0 + sigma tau)} with
 * {@code c0 = log((U - L_k)/(U - L_{k-1})) / r_k} and {@code sigma = r_{k-1}/r_k - 1}: linear in
 * {@code tau}, growing only when the stronger model learns faster ({@code r_{k-1} > r_k}).
 */
public final class ExponentialPair {
  private final double c0;
  private final double sigma;

  private ExponentialPair(double c0, double sigma) {
    this.c0 = c0;
    this.sigma = sigma;
  }

  /** The pair (stronger, weaker); the ceilings must be equal. */
  public static ExponentialPair of(ExponentialSaturationCurve stronger, ExponentialSaturationCurve weaker) {
    if (stronger.ceiling() != weaker.ceiling()) {
      throw new IllegalArgumentException("the closed form needs a common ceiling");
    }
    double u = stronger.ceiling();
    double c0 = Math.log((u - weaker.floor()) / (u - stronger.floor())) / weaker.rate();
    return new ExponentialPair(c0, stronger.rate() / weaker.rate() - 1);
  }

  /** {@code Delta_k(tau)} by the closed form. */
  public double delta(double tau) {
    return Math.max(0, c0 + sigma * tau);
  }

  /** {@code c0}, the unclamped {@code Delta_k(0)}. */
  public double intercept() {
    return c0;
  }

  /** {@code sigma = r_{k-1}/r_k - 1}, the growth of {@code Delta_k} per unit of {@code tau}. */
  public double slope() {
    return sigma;
  }

  /** The holding set of {@code Delta_k(tau) >= d}, {@code d > 0}. */
  PowerLawPair.Hold holdSet(double d) {
    if (sigma > 0) {
      return PowerLawPair.Hold.interval(c0 >= d ? 0 : (d - c0) / sigma, Double.POSITIVE_INFINITY);
    }
    if (c0 >= d) {
      return PowerLawPair.Hold.interval(0, sigma == 0 ? Double.POSITIVE_INFINITY : (c0 - d) / -sigma);
    }
    return PowerLawPair.Hold.bounded(Math.max(0, c0), "common ceiling and the weaker model learns at least as fast"
        + " (rate r_k >= r_{k-1}, sigma = " + sigma + "), so Delta_k(tau) = max(0, " + c0 + " + sigma tau) <= "
        + Math.max(0, c0) + " = Delta_k(0) < required effort " + d + " (it starts close and never falls behind)");
  }
}
