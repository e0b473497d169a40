package org.lbgame.model;

import java.util.ArrayList;
import java.util.List;

/** Checks every hypothesis of a game by name and returns the report; never throws on a violated hypothesis. */
public final class Hypotheses {
  /** Games with at least this many models have their curves checked on two cores in {@link #summary}. */
  static final int PARALLEL_ABOVE = 20_000;

  private Hypotheses() {
  }

  /** The report of C1, C2, C3 (per pair/model), the cost's shape, rewards, capabilities and the tie rule. */
  public static ValidationReport check(Game g) {
    ValidationReport memo = g.memoizedHypotheses();
    if (memo != null) {
      return memo;
    }
    ValidationReport report = compute(g);
    g.memoizeHypotheses(report);
    return report;
  }

  private static ValidationReport compute(Game g) {
    List<HypothesisCheck> out = new ArrayList<>();
    CurveChecks.check(g, out::add);
    rest(g, out);
    return new ValidationReport(out);
  }

  /**
   * The same checks as {@link #check}, with the checks that pass counted rather than kept (for large games:
   * about three per model): every check that fails or is undecided is kept, with the same words.
   */
  public static ValidationReport summary(Game g) {
    return summary(g, Runtime.getRuntime().availableProcessors() < 2 ? Integer.MAX_VALUE : PARALLEL_ABOVE);
  }

  /** {@link #summary(Game)}, the curves checked on two threads from {@code split} models on. */
  static ValidationReport summary(Game g, int split) {
    int n = g.size();
    ValidationReport.Tally t = new ValidationReport.Tally();
    if (n < split) {
      CurveChecks.check(g, t::add);
    } else {
      // the later half of the models on a second core, each kind of check tallied apart and merged in order
      int half = n / 2;
      ValidationReport.Tally[] a = {new ValidationReport.Tally(), new ValidationReport.Tally(),
          new ValidationReport.Tally()};
      ValidationReport.Tally[] b = {new ValidationReport.Tally(), new ValidationReport.Tally(),
          new ValidationReport.Tally()};
      RuntimeException[] failed = new RuntimeException[1];
      Thread helper = new Thread(() -> {
        try {
          CurveChecks.check(g, half, n, b[0]::add, b[1]::add, b[2]::add);
        } catch (RuntimeException e) {
          failed[0] = e;
        }
      }, "lbgame-hypotheses");
      helper.setDaemon(true);
      helper.start();
      CurveChecks.check(g, 0, half, a[0]::add, a[1]::add, a[2]::add);
      boolean interrupted = false;
      while (helper.isAlive()) {
        try {
          helper.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (failed[0] != null) {
        throw failed[0];
      }
      for (int k = 0; k < 3; k++) {
        t.addAll(a[k]);
        t.addAll(b[k]);
      }
    }
    List<HypothesisCheck> out = new ArrayList<>();
    rest(g, out);
    out.forEach(t::add);
    return t.report();
  }

  /** The cost, rewards, capabilities and tie rule checks. */
  private static void rest(Game g, List<HypothesisCheck> out) {
    CostChecks.check(g.cost(), out);
    int[] all = new int[g.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    out.add(HypothesisCheck.holds(Hypothesis.REWARDS_NONINCREASING, all, CheckMethod.INPUT_RULE,
        "rewards " + g.rewards() + " are non-increasing"));
    out.add(HypothesisCheck.holds(Hypothesis.CAPABILITIES_STRICTLY_DECREASING, all, CheckMethod.INPUT_RULE,
        "models are listed in strictly decreasing capability"));
    out.add(g.tieRule() == TieRule.HIGHER_CAPABILITY
        ? HypothesisCheck.holds(Hypothesis.TIE_FAVOURS_HIGHER_CAPABILITY, all, CheckMethod.INPUT_RULE,
            g.tieRule().statement())
        : HypothesisCheck.fails(Hypothesis.TIE_FAVOURS_HIGHER_CAPABILITY, all, Double.NaN, "", CheckMethod.INPUT_RULE,
            g.tieRule().statement()));
  }
}
