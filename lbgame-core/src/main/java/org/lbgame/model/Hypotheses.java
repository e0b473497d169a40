package org.lbgame.model;

import java.util.ArrayList;
import java.util.List;

/** Checks every hypothesis of a game by name and returns the report; never throws on a violated hypothesis. */
public final class Hypotheses {
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
    CurveChecks.check(g, out);
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
    return new ValidationReport(out);
  }
}
