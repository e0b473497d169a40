package org.lbgame.audit;

/** Numerical tolerances of the audit: margins smaller than these are reported as undecided, never flipped. */
public final class Tolerance {
  /** Relative tolerance on fitted-curve quantities (computed in double precision from closed forms). */
  public static final double RELATIVE = 1e-9;
  /** Raw violations up to this many combined standard errors count as within the measurement noise. */
  public static final double NOISE_SE = 2.0;

  private Tolerance() {
  }

  /** True when {@code margin} is indistinguishable from zero at the scale of {@code scale}. */
  public static boolean tiny(double margin, double scale) {
    return Math.abs(margin) <= RELATIVE * Math.max(1, Math.abs(scale));
  }
}
