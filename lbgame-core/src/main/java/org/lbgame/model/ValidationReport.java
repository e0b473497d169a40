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

  /** True when every check of {@code h} passed (none failed, none undecided). */
  public boolean holds(Hypothesis h) {
    for (HypothesisCheck c : checks) {
      if (c.hypothesis() == h && !c.passed()) {
        return false;
      }
    }
    return true;
  }

  /** The checks that did not pass: failed or undecided within precision. */
  public List<HypothesisCheck> failures() {
    List<HypothesisCheck> f = new ArrayList<>();
    for (HypothesisCheck c : checks) {
      if (!c.passed()) {
        f.add(c);
      }
    }
    return f;
  }

  /**
   * The hypotheses not established: at least one check failed or is undecided within precision (a theorem
   * resting on them does not apply either way); {@link #undecided()} tells the two apart.
   */
  public Set<Hypothesis> failed() {
    Set<Hypothesis> s = EnumSet.noneOf(Hypothesis.class);
    for (HypothesisCheck c : checks) {
      if (!c.passed()) {
        s.add(c.hypothesis());
      }
    }
    return s;
  }

  /** The hypotheses with an undecided check and no failed one: not established, not refuted. */
  public Set<Hypothesis> undecided() {
    Set<Hypothesis> s = EnumSet.noneOf(Hypothesis.class);
    for (HypothesisCheck c : checks) {
      if (c.undecided()) {
        s.add(c.hypothesis());
      }
    }
    for (HypothesisCheck c : checks) {
      if (c.failed()) {
        s.remove(c.hypothesis());
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
