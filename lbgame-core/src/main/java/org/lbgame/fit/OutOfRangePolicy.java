package org.lbgame.fit;

/** What the fitter does with a score at or beyond the floor {@code L} or ceiling {@code U} (its logit is undefined). */
public enum OutOfRangePolicy {
  /** Leave the point out of the regression (listed in the report). */
  DROP,
  /** Move the point to {@code L + eps (U - L)} or {@code U - eps (U - L)} (listed in the report). */
  CLAMP
}
