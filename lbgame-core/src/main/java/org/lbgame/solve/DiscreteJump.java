package org.lbgame.solve;

/**
 * One jump condition of the discrete game at all-zero, decided by the kernel: model {@code k}
 * overtaking model {@code j < k} needs {@code Delta_{k->j}} steps ({@code -1}: not within the horizon)
 * and pays iff {@code C[k][Delta] < r_j - r_k}.
 */
public final class DiscreteJump {
  private final int overtaker;
  private final int overtaken;
  private final int delta;
  private final double cost;
  private final double gap;
  private final boolean holds;
  private final long marginUnits;
  private final boolean flagged;

  DiscreteJump(int overtaker, int overtaken, int delta, double cost, double gap, boolean holds, long marginUnits,
      boolean flagged) {
    this.overtaker = overtaker;
    this.overtaken = overtaken;
    this.delta = delta;
    this.cost = cost;
    this.gap = gap;
    this.holds = holds;
    this.marginUnits = marginUnits;
    this.flagged = flagged;
  }

  /** Model {@code k} (0-based). */
  public int overtaker() {
    return overtaker;
  }

  /** Model {@code j < k} (0-based). */
  public int overtaken() {
    return overtaken;
  }

  /** {@code Delta_{k->j}} in steps, {@code -1} if not within the horizon (kernel {@code AllZero.justOvertake}). */
  public int delta() {
    return delta;
  }

  /** {@code lambda_k c(Delta)} in reward units (NaN beyond the horizon). */
  public double cost() {
    return cost;
  }

  /** {@code r_j - r_k}. */
  public double gap() {
    return gap;
  }

  /** The kernel's decision ({@code AllZero.jumpConditionHolds}). */
  public boolean holds() {
    return holds;
  }

  /** {@code C[k][Delta] - (r_j - r_k)} in kernel units (0 beyond the horizon). */
  public long marginUnits() {
    return marginUnits;
  }

  /** True when the conversion was not exact and the margin is within the rounding bound. */
  public boolean flagged() {
    return flagged;
  }
}
