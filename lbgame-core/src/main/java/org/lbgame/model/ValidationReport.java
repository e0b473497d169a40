package org.lbgame.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Every hypothesis check of a game, in a fixed order; or, in a compact report ({@link Hypotheses#summary}),
 * the checks that did not pass with the number of those that did.
 */
public final class ValidationReport {
  private final List<HypothesisCheck> checks;
  private final long[] passed;
  private final long[] notPassed;
  private final Set<Hypothesis> grid;
  private final boolean compact;

  ValidationReport(List<HypothesisCheck> checks) {
    this.checks = Collections.unmodifiableList(new ArrayList<>(checks));
    Tally t = new Tally();
    checks.forEach(t::add);
    this.passed = t.passed;
    this.notPassed = t.notPassed;
    this.grid = t.grid;
    this.compact = false;
  }

  private ValidationReport(Tally t) {
    this.checks = Collections.unmodifiableList(new ArrayList<>(t.kept));
    this.passed = t.passed;
    this.notPassed = t.notPassed;
    this.grid = t.grid;
    this.compact = true;
  }

  /**
   * The checks, in the order C1, C2, C3, cost, rewards, capabilities, tie rule: all of them, or in a
   * {@link #compact()} report those that did not pass.
   */
  public List<HypothesisCheck> checks() {
    return checks;
  }

  /** True when the checks that passed are counted ({@link #passedCount}), not listed. */
  public boolean compact() {
    return compact;
  }

  /** How many checks of {@code h} passed. */
  public long passedCount(Hypothesis h) {
    return passed[h.ordinal()];
  }

  /** How many checks of {@code h} failed or are undecided. */
  public long notPassedCount(Hypothesis h) {
    return notPassed[h.ordinal()];
  }

  /** Counts the checks as they come, keeping those that do not pass: a compact report. */
  static final class Tally {
    private final List<HypothesisCheck> kept = new ArrayList<>();
    private final long[] passed = new long[Hypothesis.values().length];
    private final long[] notPassed = new long[Hypothesis.values().length];
    private final Set<Hypothesis> grid = EnumSet.noneOf(Hypothesis.class);

    void add(HypothesisCheck c) {
      if (c.passed()) {
        passed[c.hypothesis().ordinal()]++;
      } else {
        notPassed[c.hypothesis().ordinal()]++;
        kept.add(c);
      }
      if (c.method() == CheckMethod.GRID) {
        grid.add(c.hypothesis());
      }
    }

    /** Adds every check {@code o} has seen, after those this tally has seen. */
    void addAll(Tally o) {
      kept.addAll(o.kept);
      for (int h = 0; h < passed.length; h++) {
        passed[h] += o.passed[h];
        notPassed[h] += o.notPassed[h];
      }
      grid.addAll(o.grid);
    }

    ValidationReport report() {
      return new ValidationReport(this);
    }
  }

  /** True when every check of {@code h} passed (none failed, none undecided). */
  public boolean holds(Hypothesis h) {
    return notPassed[h.ordinal()] == 0;
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
    return grid.contains(h);
  }
}
