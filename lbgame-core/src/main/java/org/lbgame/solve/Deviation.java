package org.lbgame.solve;

/**
 * One class of unilateral deviation of one model from a profile: moving to the efforts that give it
 * rank {@code toRank} (0-based). The best such deviation costs {@code cost} (the infimum of
 * {@code lambda_i c} over those efforts, reached at or near {@code costEffort}), gains {@code gain}
 * in reward, and pays iff {@code margin = (cost - currentCost) - gain < 0}.
 */
public final class Deviation {
  private final int model;
  private final int fromRank;
  private final int toRank;
  private final int passes;
  private final double effort;
  private final double costEffort;
  private final double cost;
  private final double currentCost;
  private final double gain;
  private final Status status;
  private final double witness;
  private final Bounded effortBound;
  private final Bounded marginBound;

  Deviation(int model, int fromRank, int toRank, int passes, double effort, double costEffort, double cost,
      double currentCost, double gain, Status status, double witness, Bounded effortBound, Bounded marginBound) {
    this.model = model;
    this.fromRank = fromRank;
    this.toRank = toRank;
    this.passes = passes;
    this.effort = effort;
    this.costEffort = costEffort;
    this.cost = cost;
    this.currentCost = currentCost;
    this.gain = gain;
    this.status = status;
    this.witness = witness;
    this.effortBound = effortBound;
    this.marginBound = marginBound;
  }

  /** The deviating model (0-based). */
  public int model() {
    return model;
  }

  /** Its rank in the profile (0-based). */
  public int fromRank() {
    return fromRank;
  }

  /** Its rank after the deviation (0-based). */
  public int toRank() {
    return toRank;
  }

  /** The last model it overtakes to get there (-1 if it overtakes none). */
  public int passes() {
    return passes;
  }

  /** The least extra effort (an infimum) giving rank {@code toRank}: {@code Delta_{k->j}}. */
  public double effort() {
    return effort;
  }

  /** Where the cheapest such effort is (equal to {@link #effort()} for a nondecreasing cost). */
  public double costEffort() {
    return costEffort;
  }

  /** {@code lambda_i * inf c} over the efforts giving that rank. */
  public double cost() {
    return cost;
  }

  /** {@code lambda_i c(e_i)} in the profile. */
  public double currentCost() {
    return currentCost;
  }

  /** Reward gained: {@code r_toRank - r_fromRank}. */
  public double gain() {
    return gain;
  }

  /** {@code (cost - currentCost) - gain}: negative means the deviation pays (the middle of {@link #marginBound()}). */
  public double margin() {
    return marginBound.value();
  }

  /** The enclosure of {@link #effort()}, {@code Delta_{k->j}}. */
  public Bounded effortBound() {
    return effortBound;
  }

  /** The enclosure of {@link #margin()}: its sign decides {@link #status()}; when it contains 0 the status is undecided. */
  public Bounded marginBound() {
    return marginBound;
  }

  /** HOLDS (does not pay), FAILS (pays), UNDECIDED or UNREACHABLE. */
  public Status status() {
    return status;
  }

  /**
   * A concrete extra effort verified rigorously to reach {@link #toRank()} and to pay (NaN unless the
   * deviation pays and such a double exists).
   */
  public double witness() {
    return witness;
  }
}
