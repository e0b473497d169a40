package org.lbgame.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Threshold;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.TieRule;
import org.lbgame.solve.DiscreteTables;

/**
 * The stabilizing threshold of the discrete game (SPEC section 5): the least integer {@code tau} at
 * which the kernel's {@code AllZero.isAllZeroPne} holds (horizon {@code E}), found by doubling, then
 * the kernel's {@code Threshold.leastTrue} over the kernel's check at every {@code tau} of the final
 * range (which also verifies monotonicity there); the certificate is checked by the kernel's
 * {@code Certificates.checkThreshold}.
 */
public final class DiscreteThreshold {
  /** Kernel work (about {@code n^2 (E+1)} per all-zero check) allowed for checking every {@code tau} of a range. */
  public static final long SCAN_BUDGET = 200_000_000L;

  private DiscreteThreshold() {
  }

  /** The discrete threshold of {@code g} with horizon {@code horizon}. */
  public static DiscreteThresholdResult of(Game g, int horizon, Progress progress) {
    if (g.tieRule() != TieRule.HIGHER_CAPABILITY) {
      throw new InvalidGameException("tie", "discrete mode (--steps) supports only \"higher-capability\" (the kernel's"
          + " rule)", "\"" + g.tieRule().label() + "\"");
    }
    if (horizon < 0) {
      throw new InvalidGameException("--steps", "must be an integer >= 0", horizon);
    }
    int n = g.size();
    long maxTau = DiscreteTables.MAX_CELLS / n - horizon - 1L;
    if (maxTau < 0) {
      throw new InvalidGameException("--steps", "n * (E + 1) must be at most " + DiscreteTables.MAX_CELLS
          + " score cells", "E=" + horizon + ", n=" + n);
    }
    List<String> findings = new ArrayList<>();
    double need = 0;
    for (int k = 1; k < n; k++) {
      double gap = g.rewards().get(k - 1) - g.rewards().get(k);
      if (gap > 0) {
        need = Math.max(need, g.cost().effortFor(gap / g.costScale(k)));
      }
    }
    if (need > horizon) {
      findings.add("the horizon E = " + horizon + " is below the largest required effort c^-1(r_{k-1} - r_k) = " + need
          + ": overtakes that would pay beyond E are impossible in this discrete game, so its tau* can be below the"
          + " continuous one (raise --steps to compare)");
    }
    Tables tb = new Tables(g, horizon, 0);
    long work = (long) n * n * (horizon + 1L);
    // doubling for a holding level
    int lo = -1;
    int hi = 0;
    while (!tb.allZero(hi)) {
      lo = hi;
      if (hi >= maxTau) {
        return DiscreteThresholdResult.notFound(g, horizon, (int) maxTau, findings, "no tau in 0.." + maxTau
            + " (the table limit of " + DiscreteTables.MAX_CELLS + " score cells) makes all-zero a PNE");
      }
      hi = (int) Math.min(maxTau, hi == 0 ? 1 : 2L * hi);
      tb = tb.atLeast(hi);
      progress.update("doubling", 0, 1);
    }
    progress.update("doubling", 1, 1);
    Tables t = tb;
    Search s = search(t::allZero, lo, hi, work, "all-zero check (AllZero.isAllZeroPne)", progress);
    findings.addAll(s.notes);
    int tau = s.tau;
    int[] pairTau = new int[n];
    pairTau[0] = -1;
    for (int k = 1; k < n; k++) {
      int kk = k;
      IntPredicate p = x -> AllZero.jumpConditionHolds(t.score, t.cost, t.reward, x, horizon, kk, kk - 1);
      if (p.test(0)) {
        pairTau[k] = 0;
        continue;
      }
      Search ps = search(p, 0, tau, (long) n * (horizon + 1L), "pair " + (k + 1), Progress.NONE);
      pairTau[k] = ps.tau;
      if (!ps.monotone) {
        findings.add("pair " + (k + 1) + ": the adjacent jump condition is not monotone in tau on the scanned range");
      }
    }
    int[][] jumps = new int[n][];
    for (int k = 0; k < n; k++) {
      jumps[k] = new int[k];
      for (int j = 0; j < k; j++) {
        jumps[k][j] = AllZero.justOvertake(t.score, tau, horizon, k, j);
      }
    }
    int[] dev = tau == 0 ? null : AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, tau - 1, horizon);
    boolean certified = Certificates.checkThreshold(t.score, t.cost, t.reward, tau, horizon, jumps,
        dev == null ? 0 : dev[0], dev == null ? 0 : dev[1]);
    if (!certified) {
      findings.add("the kernel's Certificates.checkThreshold does not accept the certificate (it needs C1 at tau*,"
          + " nondecreasing score rows on tau*..tau*+E, nondecreasing costs and C[0] = 0)");
    }
    boolean flagged = false;
    if (!t.tables.exact()) {
      long flag = t.tables.flagUnits();
      long m = Long.MAX_VALUE;
      for (int k = 1; k < n; k++) {
        for (int j = 0; j < k; j++) {
          int d = jumps[k][j];
          if (d >= 0) {
            m = Math.min(m, Math.abs(t.cost[k][d] - (t.reward[j] - t.reward[k])));
          }
        }
      }
      if (dev != null) {
        int r0 = AllZero.rankAtAllZero(t.score, tau - 1, dev[0], 0);
        int r1 = AllZero.rankAtAllZero(t.score, tau - 1, dev[0], dev[1]);
        m = Math.min(m, Math.abs((t.cost[dev[0]][dev[1]] - t.cost[dev[0]][0]) - (t.reward[r1] - t.reward[r0])));
      }
      flagged = m <= flag;
      findings.add("costs/rewards were rounded to 2^-" + t.tables.scaleExponent() + " units (largest error "
          + t.tables.errorUnits() + " units); " + (flagged ? "a margin at tau* or tau*-1 is within " + flag
              + " units: undecided within the conversion tolerance" : "every margin at tau* and tau*-1 exceeds "
              + flag + " units, so rounding cannot flip the answer"));
    }
    return DiscreteThresholdResult.found(g, horizon, tau, pairTau, jumps, dev, certified, flagged, s.method,
        s.monotone, findings);
  }

  /** The kernel's tables for every {@code tau} up to {@code top}. */
  private static final class Tables {
    final Game g;
    final int horizon;
    final int top;
    final DiscreteTables tables;
    final long[][] score;
    final long[][] cost;
    final long[] reward;

    Tables(Game g, int horizon, int top) {
      this.g = g;
      this.horizon = horizon;
      this.top = top;
      this.tables = DiscreteTables.of(g, top, horizon);
      this.score = tables.score();
      this.cost = tables.cost();
      this.reward = tables.reward();
    }

    Tables atLeast(int tau) {
      return tau <= top ? this : new Tables(g, horizon, tau);
    }

    boolean allZero(int tau) {
      return AllZero.isAllZeroPne(score, cost, reward, tau, horizon);
    }
  }

  /** The outcome of one least-true search. */
  static final class Search {
    final int tau;
    final String method;
    final boolean monotone;
    final List<String> notes;

    Search(int tau, String method, boolean monotone, List<String> notes) {
      this.tau = tau;
      this.method = method;
      this.monotone = monotone;
      this.notes = notes;
    }
  }

  /**
   * The least {@code t} in {@code (lo, hi]} with {@code holds(t)}, given {@code holds(hi)} (and
   * {@code !holds(lo)} when {@code lo >= 0}). Checks every level of {@code 0..hi} when that fits the
   * budget; otherwise bisects with single checks down to a window that fits, then checks the window.
   * The kernel's {@code Threshold.leastTrue} decides on the checked array when it is monotone.
   */
  static Search search(IntPredicate holds, int lo, int hi, long workPerCheck, String what, Progress progress) {
    List<String> notes = new ArrayList<>();
    long window = Math.max(2, SCAN_BUDGET / Math.max(1, workPerCheck));
    int from;
    String how;
    if ((long) hi + 1 <= window) {
      from = 0;
      how = "every tau in 0.." + hi;
    } else {
      int a = Math.max(lo, 0);
      int b = hi;
      while ((long) b - a > window) {
        int mid = a + (b - a) / 2;
        if (holds.test(mid)) {
          b = mid;
        } else {
          a = mid;
        }
      }
      from = a;
      hi = b;
      how = "bisection with single kernel checks down to the window " + from + ".." + hi + " (checking all "
          + hi + " levels would exceed the budget), then every tau in that window";
      notes.add("monotonicity in tau (Prop 5.3) is verified only inside the final window; outside it the search"
          + " relies on it");
    }
    int len = hi - from + 1;
    boolean[] h = new boolean[len];
    for (int i = 0; i < len; i++) {
      h[i] = holds.test(from + i);
      progress.update("scan " + what, i + 1L, len);
    }
    boolean monotone = true;
    int firstTrue = -1;
    for (int i = 0; i < len; i++) {
      if (h[i] && firstTrue < 0) {
        firstTrue = i;
      }
      if (i > 0 && h[i - 1] && !h[i]) {
        monotone = false;
      }
    }
    int tau;
    String method;
    if (monotone) {
      tau = from + Threshold.leastTrue(h);
      method = "kernel Threshold.leastTrue over the kernel's " + what + ", checked at " + how + " (monotone there:"
          + " verified)";
    } else {
      tau = from + firstTrue;
      method = "first holding level of the kernel's " + what + ", checked at " + how;
      notes.add("the " + what + " is NOT monotone in tau on " + from + ".." + hi + " (Prop 5.3 fails in this discrete"
          + " game): Threshold.leastTrue's precondition fails, so tau* is the first holding level of the scan, and"
          + " the condition fails again at some larger level");
    }
    return new Search(tau, method, monotone, notes);
  }
}
