package org.lbgame.designer;

/**
 * One TbT level of the smooth variant: the assumed follower profile's ranking, Kendall's tau-b
 * between it and the capability order, and the designer's utilities {@code R K - n kappa(tau)} and
 * {@code R [ranking correct] - n kappa(tau)}.
 */
public final class SmoothPoint {
  private final double tau;
  private final boolean pne;
  private final int[] ranking;
  private final double kendall;
  private final double smoothUtility;
  private final double indicatorUtility;

  SmoothPoint(double tau, boolean pne, int[] ranking, double kendall, double smoothUtility, double indicatorUtility) {
    this.tau = tau;
    this.pne = pne;
    this.ranking = ranking;
    this.kendall = kendall;
    this.smoothUtility = smoothUtility;
    this.indicatorUtility = indicatorUtility;
  }

  /** The TbT level. */
  public double tau() {
    return tau;
  }

  /** True when the profile is the all-zero PNE; false when it is the assumed one-shot deviation profile. */
  public boolean pne() {
    return pne;
  }

  /** The models in rank order under the profile ({@code ranking[r]} is ranked {@code r}). */
  public int[] ranking() {
    return ranking.clone();
  }

  /** Kendall's tau-b between the score ranking and the capability ranking. */
  public double kendall() {
    return kendall;
  }

  /** {@code R * kendall - n * kappa(tau)}. */
  public double smoothUtility() {
    return smoothUtility;
  }

  /** {@code R * [ranking = capability order] - n * kappa(tau)}. */
  public double indicatorUtility() {
    return indicatorUtility;
  }
}
