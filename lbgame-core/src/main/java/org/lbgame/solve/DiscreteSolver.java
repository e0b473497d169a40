package org.lbgame.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Enumeration;
import org.lbgame.kernel.Equilibrium;
import org.lbgame.model.Game;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.TieRule;
import org.lbgame.model.ValidationReport;

/**
 * The discrete game (SPEC section 5): integer extra efforts {@code 0..E} at integer {@code tau}.
 * Every decision goes through the verified kernel; this class only builds the tables, asks, and
 * words the answers. Uniqueness and nonexistence are claimed only from exhaustive enumeration (the
 * paper's theorems are about continuous effort).
 */
public final class DiscreteSolver {
  /** Largest {@code (E+1)^n * n * (E+1)} work for which the exhaustive enumeration is run. */
  public static final long MAX_ENUMERATION_WORK = 50_000_000L;

  private DiscreteSolver() {
  }

  /** Solves the discrete game of {@code g} at {@code tau} with horizon {@code horizon}. */
  public static DiscreteSolution solve(Game g, int tau, int horizon, ValidationReport report) {
    if (g.tieRule() != TieRule.HIGHER_CAPABILITY) {
      throw new InvalidGameException("tie", "discrete mode (--steps) supports only \"higher-capability\" (the kernel's"
          + " rule)", "\"" + g.tieRule().label() + "\"");
    }
    Solution continuous = Solver.solve(g, tau, report);
    DiscreteTables t = DiscreteTables.of(g, tau, horizon);
    List<String> findings = new ArrayList<>();
    List<HypothesisCheck> checks = TableChecks.check(t, findings);
    int n = g.size();
    List<DiscreteJump> jumps = new ArrayList<>();
    boolean flaggedAny = false;
    for (int k = 1; k < n; k++) {
      for (int j = k - 1; j >= 0; j--) {
        int d = AllZero.justOvertake(t.score, tau, horizon, k, j);
        boolean holds = AllZero.jumpConditionHolds(t.score, t.cost, t.reward, tau, horizon, k, j);
        long margin = d < 0 ? 0 : t.cost[k][d] - (t.reward[j] - t.reward[k]);
        boolean flagged = !t.exact && d >= 0 && Math.abs(margin) <= t.flagUnits();
        flaggedAny |= flagged;
        double gap = g.rewards().get(j) - g.rewards().get(k);
        jumps.add(new DiscreteJump(k, j, d, d < 0 ? Double.NaN : g.cost(k, d), gap, holds, margin, flagged));
      }
    }
    boolean pne = AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, horizon);
    int[] dev = pne ? null : AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, tau, horizon);
    double devGain = Double.NaN;
    double devCost = Double.NaN;
    Boolean certified = null;
    if (dev != null) {
      int r0 = rankAtZero(t, dev[0], 0);
      int r1 = rankAtZero(t, dev[0], dev[1]);
      devGain = g.rewards().get(r1) - g.rewards().get(r0);
      devCost = g.cost(dev[0], dev[1]) - g.cost(dev[0], 0);
      certified = Certificates.checkAllZeroNotPne(t.score, t.cost, t.reward, tau, horizon, dev[0], dev[1]);
      long m = (t.cost[dev[0]][dev[1]] - t.cost[dev[0]][0]) - (t.reward[r1] - t.reward[r0]);
      if (!t.exact && Math.abs(m) <= t.flagUnits()) {
        flaggedAny = true;
      }
    } else {
      int[][] table = new int[n][];
      for (int k = 0; k < n; k++) {
        table[k] = new int[k];
        for (int j = 0; j < k; j++) {
          table[k][j] = AllZero.justOvertake(t.score, tau, horizon, k, j);
        }
      }
      certified = Certificates.checkAllZeroPne(t.score, t.cost, t.reward, tau, horizon, table);
    }
    int[][] all = null;
    long profiles = Enumeration.profileCount(n, horizon);
    if (profiles > 0 && profiles * n * (horizon + 1L) <= MAX_ENUMERATION_WORK) {
      all = Enumeration.allPne(t.score, t.cost, t.reward, tau, horizon);
    }
    int[] other = null;
    Verdict v;
    if (flaggedAny) {
      v = Verdict.UNDECIDED;
      findings.add("a decision's margin is within the rounding bound of the cost/reward conversion ("
          + t.flagUnits() + " units of 2^-" + t.scale + "): not decided");
    } else if (pne) {
      findings.add("all-zero is a PNE of the discrete game (kernel AllZero.isAllZeroPne: no model gains by any"
          + " effort 1.." + horizon + ")");
      if (all != null) {
        other = firstNonZero(all);
        v = other == null ? Verdict.UNIQUE_PNE : Verdict.PNE_NOT_UNIQUE;
        findings.add("exhaustive enumeration (kernel Enumeration.allPne) finds " + all.length + " PNE");
      } else {
        other = costlessStep(t);
        if (other != null) {
          v = Verdict.PNE_NOT_UNIQUE;
          findings.add("a costless step gives another PNE " + Arrays.toString(other) + " (kernel Equilibrium.isPne)");
        } else {
          v = Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
          findings.add("uniqueness in the discrete game is not established: Thm 4.6 is about continuous effort and"
              + " exhaustive enumeration of (E+1)^n profiles is too large here");
        }
      }
    } else {
      findings.add("all-zero is not a PNE of the discrete game: model " + (dev[0] + 1) + " gains "
          + Solver.fmt(devGain) + " by " + dev[1] + " steps at cost " + Solver.fmt(devCost));
      if (all != null) {
        v = all.length == 0 ? Verdict.NO_PNE : Verdict.ALL_ZERO_NOT_PNE;
        findings.add("exhaustive enumeration (kernel Enumeration.allPne) finds " + all.length + " PNE");
      } else {
        v = Verdict.ALL_ZERO_NOT_PNE;
        findings.add("whether another PNE exists in the discrete game is not established (enumeration too large)");
      }
    }
    boolean adjacent = AllZero.adjacentConditionHolds(t.score, t.cost, t.reward, tau, horizon);
    boolean every = AllZero.everyJumpConditionHolds(t.score, t.cost, t.reward, tau, horizon);
    if (adjacent && !every) {
      findings.add("the adjacent condition holds but a multi-rank jump pays: the adjacent shortcut fails on this"
          + " discrete game");
    }
    if (every && !pne) {
      findings.add("every jump condition holds yet a deviation pays (the cost is not nondecreasing or the baseline"
          + " is not in capability order)");
    }
    findings.add("tables: " + n + " x " + (tau + horizon + 1) + " order keys of the computed " + t.latent
        + "; costs and rewards scaled by 2^" + t.scale + (t.exact ? " (exact: every value converted without rounding)"
            : " (not exact: largest conversion error " + t.error + " units = " + Solver.fmt(t.error * t.unit())
                + " reward units; decisions with |margin| <= " + t.flagUnits() + " units are flagged)"));
    if (certified != null) {
      findings.add("certificate " + (certified ? "accepted" : "not accepted") + " by the kernel's checker"
          + (certified ? "" : pne ? " (Certificates.checkAllZeroPne needs C1 at tau, monotone rows and C[0] = 0)" : ""));
    }
    return new DiscreteSolution(continuous, t, jumps, checks, pne, dev, devGain, devCost, certified, all, other, v,
        findings, other != null && costless(t, other));
  }

  /** True when {@code p} has one positive effort and it costs that model nothing more than zero effort. */
  private static boolean costless(DiscreteTables t, int[] p) {
    int moved = -1;
    for (int i = 0; i < p.length; i++) {
      if (p[i] != 0) {
        if (moved >= 0) {
          return false;
        }
        moved = i;
      }
    }
    return moved >= 0 && t.cost[moved][p[moved]] == t.cost[moved][0];
  }

  private static int rankAtZero(DiscreteTables t, int i, int e) {
    return AllZero.rankAtAllZero(t.score, t.tau, i, e);
  }

  private static int[] firstNonZero(int[][] all) {
    for (int[] p : all) {
      for (int e : p) {
        if (e != 0) {
          return p;
        }
      }
    }
    return null;
  }

  /** The weakest model taking one costless step, when the kernel says that profile is a PNE. */
  private static int[] costlessStep(DiscreteTables t) {
    int n = t.score.length;
    if (t.horizon < 1) {
      return null;
    }
    for (int i = n - 1; i >= 0; i--) {
      if (t.cost[i][1] == t.cost[i][0]) {
        int[] p = new int[n];
        p[i] = 1;
        if (Equilibrium.isPne(t.score, t.cost, t.reward, t.tau, t.horizon, p)) {
          return p;
        }
      }
    }
    return null;
  }
}
