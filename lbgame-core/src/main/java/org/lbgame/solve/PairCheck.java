package org.lbgame.solve;

/**
 * The adjacent condition for pair {@code k} (0-based: model {@code k} overtaking model {@code k-1}):
 * {@code lambda_k c(Delta_k) >= r_{k-1} - r_k}, with its margin (left minus right).
 */
public final class PairCheck {
  private final int pair;
  private final double delta;
  private final double cost;
  private final double gap;
  private final Status status;

  PairCheck(int pair, double delta, double cost, double gap, Status status) {
    this.pair = pair;
    this.delta = delta;
    this.cost = cost;
    this.gap = gap;
    this.status = status;
  }

  /** The pair index {@code k} (model {@code k} overtaking {@code k-1}). */
  public int pair() {
    return pair;
  }

  /** {@code Delta_k(tau)}, the just-overtake effort ({@code +inf} if never). */
  public double delta() {
    return delta;
  }

  /** {@code lambda_k c(Delta_k)}. */
  public double cost() {
    return cost;
  }

  /** The reward gap {@code r_{k-1} - r_k}. */
  public double gap() {
    return gap;
  }

  /** {@code cost - gap} (positive: overtaking does not pay). */
  public double margin() {
    return cost - gap;
  }

  /** Whether the condition holds for this pair. */
  public Status status() {
    return status;
  }
}
