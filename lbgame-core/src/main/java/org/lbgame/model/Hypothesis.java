package org.lbgame.model;

/** The hypotheses of the paper's results, by name (SPEC sections 1 and 3). */
public enum Hypothesis {
  /** C1: {@code f(theta, x) > f(theta', x)} for {@code theta > theta'} and every {@code x >= 0}. */
  C1("C1", "monotone in capability"),
  /** C2: {@code f(theta, .)} nondecreasing, concave, with finite saturation. */
  C2("C2", "diminishing returns and saturation"),
  /** C3: {@code X_theta'(s) - X_theta(s)} nondecreasing in {@code s} for {@code theta > theta'}. */
  C3("C3", "nondecreasing effort gaps"),
  /** The cost is convex. */
  COST_CONVEX("cost-convex", "cost convex"),
  /** {@code c(0) = 0}. */
  COST_ZERO_AT_ZERO("cost-zero-at-zero", "c(0) = 0"),
  /** The cost is nondecreasing. */
  COST_NONDECREASING("cost-nondecreasing", "cost nondecreasing"),
  /** The cost is strictly increasing ({@code c(e) > 0} for {@code e > 0}): needed for uniqueness. */
  COST_STRICTLY_INCREASING("cost-strictly-increasing", "cost strictly increasing"),
  /** Rewards non-increasing in rank (enforced on input). */
  REWARDS_NONINCREASING("rewards-nonincreasing", "rewards non-increasing in rank"),
  /** Capabilities strictly decreasing in index (enforced on input). */
  CAPABILITIES_STRICTLY_DECREASING("capabilities-strictly-decreasing", "capabilities strictly decreasing"),
  /** Ties broken deterministically, not in favour of the lower-capability model (Thm 4.6). */
  TIE_FAVOURS_HIGHER_CAPABILITY("tie-higher-capability", "ties go to the higher-capability model");

  private final String label;
  private final String meaning;

  Hypothesis(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  /** The short name printed in reports, e.g. {@code C3}. */
  public String label() {
    return label;
  }

  /** What the hypothesis says, in a few words. */
  public String meaning() {
    return meaning;
  }
}
