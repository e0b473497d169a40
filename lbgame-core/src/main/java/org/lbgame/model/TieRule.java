package org.lbgame.model;

/** How equal scores are ranked. */
public enum TieRule {
  /** Ties go to the higher-capability model (lower index): the paper's assumption. */
  HIGHER_CAPABILITY("higher-capability"),
  /** Ties go to the lower-capability model (higher index): outside the theorems, for oracle experiments. */
  LOWER_CAPABILITY("lower-capability");

  private final String label;

  TieRule(String label) {
    this.label = label;
  }

  /** The name used in game files. */
  public String label() {
    return label;
  }

  /** The rule named {@code label} in a game file. */
  public static TieRule fromLabel(String label) {
    for (TieRule t : values()) {
      if (t.label.equals(label)) {
        return t;
      }
    }
    throw new InvalidGameException("tie", "must be \"higher-capability\" or \"lower-capability\"", "\"" + label + "\"");
  }

  /** True when model {@code i} ranks above model {@code j} with scores {@code si}, {@code sj} (ties by this rule). */
  public boolean above(int i, double si, int j, double sj) {
    if (si != sj) {
      return si > sj;
    }
    return this == HIGHER_CAPABILITY ? i < j : i > j;
  }

  /** A sentence stating the rule, printed with every verdict. */
  public String statement() {
    return this == HIGHER_CAPABILITY
        ? "ties in score are broken in favour of the higher-capability model (the paper's assumption)"
        : "ties in score are broken in favour of the lower-capability model (outside the paper's theorems)";
  }
}
