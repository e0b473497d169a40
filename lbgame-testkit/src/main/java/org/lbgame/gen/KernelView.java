package org.lbgame.gen;

import java.util.EnumSet;
import java.util.Set;
import org.lbgame.kernel.Validity;
import org.lbgame.model.Hypothesis;

/** The kernel's verdict on the discrete hypotheses, in the same terms as {@link TableHypotheses}. */
public final class KernelView {
  private KernelView() {
  }

  /** The discrete hypotheses the kernel's {@code Validity} finds violated. */
  public static Set<Hypothesis> failed(TableGame g) {
    Set<Hypothesis> f = EnumSet.noneOf(Hypothesis.class);
    long[][] s = g.score();
    for (int x = 0; x < s[0].length; x++) {
      if (!Validity.columnStrictlyDecreasing(s, x)) {
        f.add(Hypothesis.C1);
      }
    }
    for (long[] row : s) {
      if (!Validity.rowNondecreasing(row) || !Validity.rowConcave(row)) {
        f.add(Hypothesis.C2);
      }
    }
    if (!Validity.c3Holds(s)) {
      f.add(Hypothesis.C3);
    }
    for (long[] c : g.cost()) {
      if (c[0] != 0) {
        f.add(Hypothesis.COST_ZERO_AT_ZERO);
      }
      if (!Validity.rowNondecreasing(c)) {
        f.add(Hypothesis.COST_NONDECREASING);
      }
      if (!Validity.rowConvex(c)) {
        f.add(Hypothesis.COST_CONVEX);
      }
      if (!Validity.rowStrictlyIncreasing(c)) {
        f.add(Hypothesis.COST_STRICTLY_INCREASING);
      }
    }
    if (!Validity.rewardsNonIncreasing(g.reward())) {
      f.add(Hypothesis.REWARDS_NONINCREASING);
    }
    return f;
  }

}
