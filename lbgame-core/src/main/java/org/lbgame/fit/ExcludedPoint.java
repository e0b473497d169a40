package org.lbgame.fit;

/** A measured point the fitter could not use as is, because its score lies at or beyond {@code L} or {@code U}. */
public final class ExcludedPoint {
  private final TrajectoryPoint point;
  private final String reason;
  private final OutOfRangePolicy action;
  private final double usedScore;

  private ExcludedPoint(TrajectoryPoint point, String reason, OutOfRangePolicy action, double usedScore) {
    this.point = point;
    this.reason = reason;
    this.action = action;
    this.usedScore = usedScore;
  }

  /** A point dropped or clamped for {@code reason}; {@code usedScore} is the clamped score (NaN if dropped). */
  public static ExcludedPoint of(TrajectoryPoint point, String reason, OutOfRangePolicy action, double usedScore) {
    return new ExcludedPoint(point, reason, action, usedScore);
  }

  /** The original point. */
  public TrajectoryPoint point() {
    return point;
  }

  /** Why it could not be used ("score >= ceiling U = 1"). */
  public String reason() {
    return reason;
  }

  /** Dropped or clamped. */
  public OutOfRangePolicy action() {
    return action;
  }

  /** The score used in the regression after clamping, NaN when dropped. */
  public double usedScore() {
    return usedScore;
  }
}
