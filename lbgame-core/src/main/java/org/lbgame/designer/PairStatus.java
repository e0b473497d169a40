package org.lbgame.designer;

/** How the stabilizing threshold {@code tau*_k} of one adjacent pair was settled. */
public enum PairStatus {
  /** The reward gap is zero: the condition holds at every {@code tau}, {@code tau*_k = 0}. */
  ZERO_GAP("zero reward gap: tau*_k = 0 trivially"),
  /** The condition already holds at {@code tau = 0}. */
  HOLDS_AT_ZERO("holds at tau = 0"),
  /** A finite root of {@code c(Delta_k(tau)) = r_{k-1} - r_k}. */
  ROOT("finite root"),
  /** The stronger model's baseline reaches the weaker model's ceiling: {@code Delta_k} becomes infinite. */
  SATURATION("the weaker model can no longer overtake (Delta_k = +inf)"),
  /** No finite {@code tau} satisfies the condition (with the reason). */
  NO_FINITE("no finite stabilizing TbT"),
  /** A finite root exists but exceeds the double range. */
  BEYOND_RANGE("finite but beyond the double range"),
  /** No {@code tau} up to the search limit satisfies the condition; existence beyond it is not decided. */
  NOT_FOUND("not found within the searched range"),
  /** A candidate {@code tau*} was computed but its certificate is not accepted: undecided within precision. */
  UNDECIDED("undecided within precision");

  private final String label;

  PairStatus(String label) {
    this.label = label;
  }

  /** The label printed in reports. */
  public String label() {
    return label;
  }

  /** True when the threshold is a finite, representable number. */
  public boolean finite() {
    return this == ZERO_GAP || this == HOLDS_AT_ZERO || this == ROOT || this == SATURATION;
  }
}
