package org.lbgame.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Every hypothesis check of a game, in a fixed order. */
public final class ValidationReport {
  private final List<HypothesisCheck> checks;

  ValidationReport(List<HypothesisCheck> checks) {
    this.checks = Collections.unmodifiableList(new ArrayList<>(checks));
  }

  /** All checks, in the order C1, C2, C3, cost, rewards, capabilities, tie rule. */
  public List<HypothesisCheck> checks() {
    return checks;
  }

  /** True when every check of {@code h} passed. */
  public boolean holds(Hypothesis h) {
    for (HypothesisCheck c : checks) {
      if (c.hypothesis() == h && !c.passed()) {
        return false;
      }
    }
    return true;
  }

  /** The failed checks. */
  public List<HypothesisCheck> failures() {
    List<HypothesisCheck> f = new ArrayList<>();
    for (HypothesisCheck c : checks) {
      if (!c.passed()) {
        f.add(c);
      }
    }
    return f;
  }

  /** The hypotheses with at least one failed check. */
  public Set<Hypothesis> failed() {
    Set<Hypothesis> s = EnumSet.noneOf(Hypothesis.class);
    for (HypothesisCheck c : checks) {
      if (!c.passed()) {
        s.add(c.hypothesis());
      }
    }
    return s;
  }

  /** True when some check of {@code h} passed only on a grid (evidence, not proof). */
  public boolean onlyOnGrid(Hypothesis h) {
    for (HypothesisCheck c : checks) {
      if (c.hypothesis() == h && c.method() == CheckMethod.GRID) {
        return true;
      }
    }
    return false;
  }
}
