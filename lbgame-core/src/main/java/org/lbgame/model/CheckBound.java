package org.lbgame.model;

import java.util.Locale;

/**
 * The rigorous bound behind a hypothesis verdict: the quantity whose sign (or size) decides it, an interval
 * guaranteed to contain its exact value, and the arithmetic that produced the interval.
 */
public final class CheckBound {
  private final String quantity;
  private final double lower;
  private final double upper;
  private final String arithmetic;

  private CheckBound(String quantity, double lower, double upper, String arithmetic) {
    this.quantity = quantity;
    this.lower = lower;
    this.upper = upper;
    this.arithmetic = arithmetic;
  }

  /** The enclosure {@code e} of {@code quantity}. */
  public static CheckBound of(String quantity, Real<?> e) {
    return new CheckBound(quantity, e.lower(), e.upper(), e.arithmetic());
  }

  /** {@code quantity} in {@code [lower, upper]}, obtained in {@code arithmetic}. */
  public static CheckBound of(String quantity, double lower, double upper, String arithmetic) {
    return new CheckBound(quantity, lower, upper, arithmetic);
  }

  /** What is bounded, e.g. {@code logit gap at x = 0}. */
  public String quantity() {
    return quantity;
  }

  /** A double at or below the exact value. */
  public double lower() {
    return lower;
  }

  /** A double at or above the exact value. */
  public double upper() {
    return upper;
  }

  /** The arithmetic of the bound, e.g. "double intervals", "60-digit intervals" or "exact rationals". */
  public String arithmetic() {
    return arithmetic;
  }

  @Override
  public String toString() {
    return quantity + " in [" + fmt(lower) + ", " + fmt(upper) + "] (" + arithmetic + ")";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.17g", v);
  }
}
