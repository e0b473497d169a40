package org.lbgame.designer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The designer's Stackelberg choice (Definition 3.4, Cor 5.5): the chosen {@code tau}, the followers'
 * equilibrium efforts {@code e*} (null when there is none at that level), the designer's utility,
 * the alternative compared, the explanation, and the smooth (Kendall) variant over a grid.
 */
public final class StackelbergChoice {
  private final double tau;
  private final double[] effort;
  private final double utility;
  private final boolean stabilizes;
  private final double stabilizingUtility;
  private final String atZero;
  private final List<String> explanation;
  private final List<SmoothPoint> smooth;
  private final SmoothPoint smoothBest;
  private final String smoothAssumption;

  StackelbergChoice(double tau, double[] effort, double utility, boolean stabilizes, double stabilizingUtility,
      String atZero, List<String> explanation, List<SmoothPoint> smooth, SmoothPoint smoothBest,
      String smoothAssumption) {
    this.tau = tau;
    this.effort = effort;
    this.utility = utility;
    this.stabilizes = stabilizes;
    this.stabilizingUtility = stabilizingUtility;
    this.atZero = atZero;
    this.explanation = Collections.unmodifiableList(new ArrayList<>(explanation));
    this.smooth = Collections.unmodifiableList(new ArrayList<>(smooth));
    this.smoothBest = smoothBest;
    this.smoothAssumption = smoothAssumption;
  }

  /** The chosen TbT level. */
  public double tau() {
    return tau;
  }

  /** The followers' PNE efforts at the chosen level, or null when no PNE exists there. */
  public double[] effort() {
    return effort == null ? null : effort.clone();
  }

  /** The designer's utility at the choice ({@code R - n kappa(tau*)} when stabilizing; 0 as a worst case otherwise). */
  public double utility() {
    return utility;
  }

  /** True when the designer stabilizes ({@code tau = tau*}). */
  public boolean stabilizes() {
    return stabilizes;
  }

  /** {@code R - n kappa(tau*)} (NaN when no finite {@code tau*}). */
  public double stabilizingUtility() {
    return stabilizingUtility;
  }

  /** What happens at {@code tau = 0}: the solver's verdict there. */
  public String atZero() {
    return atZero;
  }

  /** Why, in sentences. */
  public List<String> explanation() {
    return explanation;
  }

  /** The smooth variant on the grid (empty when not computed). */
  public List<SmoothPoint> smooth() {
    return smooth;
  }

  /** The grid point maximizing the smooth utility (null when not computed). */
  public SmoothPoint smoothBest() {
    return smoothBest;
  }

  /** Which follower profile the smooth variant assumes where no PNE exists, and why. */
  public String smoothAssumption() {
    return smoothAssumption;
  }
}
