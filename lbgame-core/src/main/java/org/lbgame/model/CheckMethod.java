package org.lbgame.model;

/** How a hypothesis was checked. */
public enum CheckMethod {
  /** Decided by a closed-form condition (e.g. the power law's S-curve condition). */
  ANALYTIC("analytic"),
  /** Decided exactly on the breakpoints of a piecewise-linear function (where its pieces change). */
  EXACT_ON_POINTS("exact on the points"),
  /** Checked on a stated dense grid only: a pass is evidence, not proof. */
  GRID("dense grid"),
  /** Guaranteed by an input rule (the game would have been rejected otherwise). */
  INPUT_RULE("input rule"),
  /** Decided exactly on the discrete game's tables by the verified kernel. */
  KERNEL("exact on the discrete tables (kernel)");

  private final String label;

  CheckMethod(String label) {
    this.label = label;
  }

  /** The label printed in reports. */
  public String label() {
    return label;
  }
}
