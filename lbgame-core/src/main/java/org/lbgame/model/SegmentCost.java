package org.lbgame.model;

/**
 * A cost that is linear between knots and extended beyond the last knot with a fixed slope: the behaviour the
 * piecewise-linear and tabulated families share, computed by their {@link Segments}.
 */
abstract sealed class SegmentCost implements CostFunction permits PiecewiseLinearCost, TabulatedCost {

  private final Segments segments;

  SegmentCost(Segments segments) {
    this.segments = segments;
  }

  /** The knots, values and slopes of this cost. */
  final Segments segments() {
    return segments;
  }

  @Override
  public final double cost(double e) {
    return segments.value(e);
  }

  @Override
  public final <T extends Real<T>> T range(T e) {
    return segments.range(e);
  }

  @Override
  public final boolean nondecreasing() {
    return segments.nondecreasing();
  }

  @Override
  public final double effortFor(double c) {
    return segments.effortFor(c);
  }

  @Override
  public final double[] infimumOn(double lo, double hi) {
    return segments.infimumOn(lo, hi);
  }

  @Override
  public final double flatUntil() {
    return segments.flatUntil();
  }
}
