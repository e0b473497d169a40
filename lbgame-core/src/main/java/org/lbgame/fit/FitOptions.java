package org.lbgame.fit;

/**
 * How to fit the generalized power law (SPEC section 4): floor {@code L}, ceiling {@code U} (given, or estimated
 * by profile least squares), offset {@code x0} in {@code log(x0 + x)}, the out-of-range policy and the CI level.
 */
public final class FitOptions {
  /** Relative distance from {@code L}/{@code U} a clamped score is moved to. */
  public static final double CLAMP_EPSILON = 1e-3;

  private final double floor;
  private final boolean floorGiven;
  private final double ceiling;
  private final boolean estimateCeiling;
  private final boolean ceilingGiven;
  private final double offset;
  private final OutOfRangePolicy policy;
  private final double confidence;

  private FitOptions(double floor, boolean floorGiven, double ceiling, boolean estimateCeiling, double offset,
      OutOfRangePolicy policy, double confidence) {
    this(floor, floorGiven, ceiling, estimateCeiling, false, offset, policy, confidence);
  }

  private FitOptions(double floor, boolean floorGiven, double ceiling, boolean estimateCeiling, boolean ceilingGiven,
      double offset, OutOfRangePolicy policy, double confidence) {
    this.ceilingGiven = ceilingGiven;
    this.floor = floor;
    this.floorGiven = floorGiven;
    this.ceiling = ceiling;
    this.estimateCeiling = estimateCeiling;
    this.offset = offset;
    this.policy = policy;
    this.confidence = confidence;
  }

  /** Defaults: {@code L = 0}, {@code U = 1}, {@code x0 = 1}, drop out-of-range points, 95% intervals. */
  public static FitOptions defaults() {
    return new FitOptions(0, false, 1, false, 1, OutOfRangePolicy.DROP, 0.95);
  }

  /** With a given floor {@code L} (e.g. the task's chance level). */
  public FitOptions withFloor(double l) {
    check(Double.isFinite(l), "--floor", "must be finite", l);
    return new FitOptions(l, true, ceiling, estimateCeiling, ceilingGiven, offset, policy, confidence);
  }

  /** With a given ceiling {@code U}. */
  public FitOptions withCeiling(double u) {
    check(Double.isFinite(u), "--ceiling", "must be finite", u);
    return new FitOptions(floor, floorGiven, u, false, true, offset, policy, confidence);
  }

  /** With the common ceiling {@code U} estimated from the data (see {@link CeilingEstimator}). */
  public FitOptions withEstimatedCeiling() {
    return new FitOptions(floor, floorGiven, Double.NaN, true, offset, policy, confidence);
  }

  /** With offset {@code x0 > 0}. */
  public FitOptions withOffset(double x0) {
    check(x0 > 0 && Double.isFinite(x0), "--offset", "must be > 0 and finite", x0);
    return new FitOptions(floor, floorGiven, ceiling, estimateCeiling, ceilingGiven, x0, policy, confidence);
  }

  /** With the policy for points at or beyond {@code L}, {@code U}. */
  public FitOptions withPolicy(OutOfRangePolicy p) {
    return new FitOptions(floor, floorGiven, ceiling, estimateCeiling, ceilingGiven, offset, p, confidence);
  }

  /** With confidence level in (0, 1) for the intervals of {@code a} and {@code b}. */
  public FitOptions withConfidence(double level) {
    check(level > 0 && level < 1, "--confidence", "must lie in (0, 1)", level);
    return new FitOptions(floor, floorGiven, ceiling, estimateCeiling, ceilingGiven, offset, policy, level);
  }

  private static void check(boolean ok, String field, String rule, double v) {
    if (!ok) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, field, rule, Double.toString(v));
    }
  }

  /** Floor {@code L}. */
  public double floor() {
    return floor;
  }

  /** True when the floor was given rather than defaulted. */
  public boolean floorGiven() {
    return floorGiven;
  }

  /** Ceiling {@code U} (NaN when it is to be estimated). */
  public double ceiling() {
    return ceiling;
  }

  /** True when {@code U} was given rather than defaulted or estimated. */
  public boolean ceilingGiven() {
    return ceilingGiven;
  }

  /** True when {@code U} is to be estimated. */
  public boolean estimateCeiling() {
    return estimateCeiling;
  }

  /** Offset {@code x0}. */
  public double offset() {
    return offset;
  }

  /** Out-of-range policy. */
  public OutOfRangePolicy policy() {
    return policy;
  }

  /** Confidence level of the intervals. */
  public double confidence() {
    return confidence;
  }
}
