package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.lbgame.kernel.Validity;
import org.lbgame.model.CheckMethod;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.HypothesisCheck;

/**
 * The hypotheses on the discrete tables, decided by the kernel's {@code Validity} checks; witnesses
 * are the shortest failing prefix, found by asking the kernel about prefixes (the properties are
 * inherited by prefixes, so the search is a bisection).
 */
final class TableChecks {
  /** Longest score row the kernel's C3 check (cubic in the row length) is run on. */
  static final int MAX_C3_WIDTH = 200;

  private TableChecks() {
  }

  static List<HypothesisCheck> check(DiscreteTables t, List<String> notes) {
    List<HypothesisCheck> out = new ArrayList<>();
    long[][] s = t.score;
    int n = s.length;
    int width = s[0].length;
    int[] all = new int[n];
    for (int i = 0; i < n; i++) {
      all[i] = i;
    }
    int badX = -1;
    for (int x = 0; x < width && badX < 0; x++) {
      if (!Validity.columnStrictlyDecreasing(s, x)) {
        badX = x;
      }
    }
    out.add(badX < 0
        ? HypothesisCheck.holds(Hypothesis.C1, all, CheckMethod.KERNEL, "every column x = 0.." + (width - 1)
            + " strictly decreasing in the model index")
        : HypothesisCheck.fails(Hypothesis.C1, all, badX, "effort", CheckMethod.KERNEL,
            "column x = " + badX + " is not strictly decreasing (equal or inverted scores)"));
    for (int i = 0; i < n; i++) {
      int w = firstFailing(s[i], Validity::rowNondecreasing);
      out.add(w < 0
          ? HypothesisCheck.holds(Hypothesis.C2, new int[] {i}, CheckMethod.KERNEL,
              "score row nondecreasing (concavity is not checked on the order keys, which are only compared)")
          : HypothesisCheck.fails(Hypothesis.C2, new int[] {i}, w, "effort", CheckMethod.KERNEL,
              "score row decreases at x = " + w));
    }
    if (width <= MAX_C3_WIDTH) {
      for (int k = 1; k < n; k++) {
        boolean ok = Validity.effortGapsNondecreasing(s[k - 1], s[k]);
        out.add(ok
            ? HypothesisCheck.holds(Hypothesis.C3, new int[] {k - 1, k}, CheckMethod.KERNEL,
                "D(s) nondecreasing on the discrete reach inverses")
            : HypothesisCheck.fails(Hypothesis.C3, new int[] {k - 1, k}, Double.NaN, "score", CheckMethod.KERNEL,
                "D(s) decreases somewhere on the discrete reach inverses (the kernel gives no witness)"));
      }
    } else {
      notes.add("C3 on the discrete tables was not checked: the kernel's check is cubic in the row length ("
          + width + " > " + MAX_C3_WIDTH + ")");
    }
    int[] none = new int[0];
    for (int i = 0; i < n; i++) {
      long[] c = t.cost[i];
      int[] who = {i};
      if (c[0] != 0) {
        out.add(HypothesisCheck.fails(Hypothesis.COST_ZERO_AT_ZERO, who, 0, "effort", CheckMethod.KERNEL,
            "C[0] = " + c[0] + " units"));
      }
      int w = firstFailing(c, Validity::rowNondecreasing);
      if (w >= 0) {
        out.add(HypothesisCheck.fails(Hypothesis.COST_NONDECREASING, who, w, "effort", CheckMethod.KERNEL,
            "C decreases at e = " + w));
      }
      w = firstFailing(c, Validity::rowConvex);
      if (w >= 0) {
        out.add(HypothesisCheck.fails(Hypothesis.COST_CONVEX, who, w, "effort", CheckMethod.KERNEL,
            "increments of C drop at e = " + w));
      }
      w = firstFailing(c, Validity::rowStrictlyIncreasing);
      if (w >= 0) {
        out.add(HypothesisCheck.fails(Hypothesis.COST_STRICTLY_INCREASING, who, w, "effort", CheckMethod.KERNEL,
            "C does not increase at e = " + w));
      }
    }
    for (Hypothesis h : new Hypothesis[] {Hypothesis.COST_ZERO_AT_ZERO, Hypothesis.COST_NONDECREASING,
        Hypothesis.COST_CONVEX, Hypothesis.COST_STRICTLY_INCREASING}) {
      if (out.stream().noneMatch(c -> c.hypothesis() == h)) {
        out.add(HypothesisCheck.holds(h, none, CheckMethod.KERNEL, "every cost row C[i][0..E]"));
      }
    }
    out.add(Validity.rewardsNonIncreasing(t.reward)
        ? HypothesisCheck.holds(Hypothesis.REWARDS_NONINCREASING, all, CheckMethod.KERNEL, "scaled rewards")
        : HypothesisCheck.fails(Hypothesis.REWARDS_NONINCREASING, all, Double.NaN, "", CheckMethod.KERNEL,
            "scaled rewards increase"));
    return out;
  }

  /**
   * The last index of the shortest prefix of {@code row} failing {@code p}, or -1 if the row
   * passes. Valid for properties inherited by prefixes.
   */
  static int firstFailing(long[] row, Predicate<long[]> p) {
    if (p.test(row)) {
      return -1;
    }
    int lo = 0; // prefix of length lo passes (the empty prefix always does)
    int hi = row.length; // prefix of length hi fails
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (p.test(Arrays.copyOf(row, mid))) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi - 1;
  }
}
