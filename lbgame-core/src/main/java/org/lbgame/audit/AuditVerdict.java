package org.lbgame.audit;

/** Outcome of one assumption check. */
public enum AuditVerdict {
  /** The assumption holds (exactly on the given numbers, or with margin above the tolerance). */
  HOLDS,
  /** Too close to call: within the numerical tolerance, or a raw violation within the measurement noise. */
  UNDECIDED,
  /** The assumption fails, with the place of failure recorded. */
  FAILS;

  /** The worse of two verdicts ({@code FAILS > UNDECIDED > HOLDS}). */
  public AuditVerdict worse(AuditVerdict other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Lower-case label for reports. */
  public String label() {
    return switch (this) {
      case HOLDS -> "holds";
      case UNDECIDED -> "undecided";
      case FAILS -> "FAILS";
    };
  }
}
