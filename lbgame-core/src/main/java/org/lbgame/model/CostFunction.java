package org.lbgame.model;

/** A continuous cost of extra effort {@code c(e)}, {@code e >= 0}, in reward units. Immutable. */
public interface CostFunction {

  /** The cost {@code c(e)} of extra effort {@code e >= 0}. */
  double cost(double e);

  /** An enclosure of {@code c(e)} over every extra effort in {@code e >= 0} (the range, for costs that are not monotone). */
  <T extends Real<T>> T range(T e);

  /** True when {@code c} is known exactly to be nondecreasing (then the cheapest effort for a rank is its least one). */
  default boolean nondecreasing() {
    return false;
  }

  /** The least effort {@code e >= 0} with {@code c(e) >= c} ({@code +inf} if never). */
  double effortFor(double c);

  /** The family name used in game files, e.g. {@code linear}. */
  String family();

  /**
   * The end of the initial interval {@code [0, e]} on which {@code c <= c(0)}: how far effort is free
   * (0 for a cost increasing at zero,
   * {@code +inf} for a constant one). Positive values make costless effort possible.
   */
  double flatUntil();

  /**
   * The infimum of {@code c} on {@code [lo, hi)} ({@code hi} may be {@code +inf}) and where it is
   * attained or approached: {@code {value, effort}}. For a nondecreasing cost it is {@code {c(lo), lo}}.
   */
  default double[] infimumOn(double lo, double hi) {
    return new double[] {cost(lo), lo};
  }
}
