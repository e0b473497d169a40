package org.lbgame.solve;

/** Outcome of one numerical comparison (a deviation's payoff, or the adjacent condition for one pair). */
public enum Status {
  /** The deviation does not pay / the condition holds, with a margin beyond the tolerance (or exactly). */
  HOLDS("holds"),
  /** The deviation pays / the condition fails, with a margin beyond the tolerance. */
  FAILS("fails"),
  /** The margin's enclosure contains 0 even in high precision: not decided. */
  UNDECIDED("undecided within precision"),
  /** The overtaking effort is infinite: the model can never get there. */
  UNREACHABLE("unreachable");

  private final String label;

  Status(String label) {
    this.label = label;
  }

  /** The label printed in reports. */
  public String label() {
    return label;
  }

  /** True for HOLDS and UNREACHABLE (nothing profitable). */
  public boolean safe() {
    return this == HOLDS || this == UNREACHABLE;
  }

  /** The status of a margin {@code m} (positive is safe) with tolerance {@code tol}. */
  static Status of(double m, double tol) {
    if (m > tol) {
      return HOLDS;
    }
    if (m < -tol) {
      return FAILS;
    }
    return UNDECIDED;
  }
}
