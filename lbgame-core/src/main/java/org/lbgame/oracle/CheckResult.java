package org.lbgame.oracle;

/** The checker's answer: accepted (with the basis it was accepted on), or rejected with the reason. */
public final class CheckResult {
  private final boolean accepted;
  private final String text;

  private CheckResult(boolean accepted, String text) {
    this.accepted = accepted;
    this.text = text;
  }

  /** An acceptance, saying how it was decided (exactly, or within which tolerances). */
  public static CheckResult accept(String basis) {
    return new CheckResult(true, basis);
  }

  /** A rejection with its reason. */
  public static CheckResult reject(String reason) {
    return new CheckResult(false, reason);
  }

  /** True when the result's certificate checked. */
  public boolean accepted() {
    return accepted;
  }

  /** The reason of a rejection, or the basis of an acceptance. */
  public String reason() {
    return text;
  }

  /** The one line {@code lbgame check} prints: {@code ACCEPT (basis)} or {@code REJECT: reason}. */
  @Override
  public String toString() {
    return accepted ? "ACCEPT (" + text + ")" : "REJECT: " + text;
  }
}
