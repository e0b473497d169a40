package org.lbgame.designer;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.stats.KendallTau;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Deviations;
import org.lbgame.solve.Overtake;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;
import org.lbgame.solve.Verdict;

/**
 * The designer's Stackelberg-Nash choice (SPEC section 1 and Cor 5.5) and its smooth variant, where
 * Kendall's tau between the score ranking and the capability ranking replaces the indicator.
 */
public final class Stackelberg {
  /** Largest number of models for which the smooth variant (the solver at every grid level) is computed. */
  public static final int SMOOTH_LIMIT = 200;
  /** The follower profile assumed where no PNE exists. */
  public static final String ASSUMPTION = "where no PNE exists, every model whose best deviation from all-zero pays"
      + " plays it (the cheapest verified paying effort to its most profitable rank), all at once: one round of"
      + " simultaneous best responses to the all-zero profile. It is deterministic, needs no dynamics (which need not"
      + " converge: see `lbgame dynamics`), and shows which pairs TbT has not yet stabilized";

  private Stackelberg() {
  }

  /** The choice for {@code g} (which must have a designer) given its threshold, with the smooth variant on {@code grid}. */
  public static StackelbergChoice choose(Game g, ThresholdResult r, double[] grid) {
    Designer d = g.designer().orElseThrow(() -> new InvalidGameException("designer",
        "is required for the Stackelberg choice (R and kappa)", "absent"));
    int n = g.size();
    double big = d.reward();
    List<String> why = new ArrayList<>();
    // the verdict at tau = 0 only: the summary's is the full solver's, without every row
    Verdict v0 = n > SMOOTH_LIMIT ? Solver.summarize(g, 0, org.lbgame.model.Hypotheses.check(g), 1).verdict()
        : Solver.solve(g, 0).verdict();
    String atZero = v0.sentence();
    boolean pneAtZero = v0 == Verdict.UNIQUE_PNE || v0 == Verdict.PNE_NOT_UNIQUE
        || v0 == Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
    double kappa0 = d.kappa().cost(0);
    double tau;
    double[] effort;
    double utility;
    boolean stabilizes;
    double stab = Double.NaN;
    if (r.finite()) {
      double t = r.tauStar();
      double pay = n * d.kappa().cost(t);
      stab = big - pay;
      if (t == 0) {
        tau = 0;
        effort = new double[n];
        utility = big - n * kappa0;
        stabilizes = true;
        why.add("tau* = 0: all-zero is already a PNE without TbT (" + atZero + "), so the designer pays nothing");
      } else if (big > pay) {
        tau = t;
        effort = new double[n];
        utility = stab;
        stabilizes = true;
        why.add("R = " + big + " > n kappa(tau*) = " + n + " * " + d.kappa().cost(t) + " = " + pay
            + ": the designer chooses tau* = " + t + " (the cheapest stabilizing TbT, Cor 5.5) and gets R - n kappa(tau*) = "
            + stab);
        why.add("at tau*, e* = 0 (all-zero is a PNE, nobody benchmaxxes) and the ranking is the capability order;"
            + " below tau* the adjacent condition fails, so all-zero is not a PNE (at tau = 0: " + atZero + ")"
            + (v0 == Verdict.NO_PNE ? ", and by Thm 4.6 (its hypotheses hold) no other PNE exists: there is"
                + " no follower equilibrium to anticipate" : "; other equilibria below tau* are not ruled out"
                + " (Thm 4.6's hypotheses fail), so this is the cheapest level with the all-zero equilibrium")
            + "; above tau* kappa only grows");
      } else {
        tau = 0;
        effort = pneAtZero ? new double[n] : null;
        utility = -n * kappa0;
        stabilizes = false;
        why.add("R = " + big + " <= n kappa(tau*) = " + pay + ": stabilizing would leave the designer R - n kappa(tau*) = "
            + stab + " <= 0, no better than paying nothing");
        why.add("the designer prefers tau = 0: there " + atZero + "; developers benchmaxx (see `lbgame dynamics` for"
            + " the arms race) and the designer's utility is R [ranking correct] - n kappa(0), in [" + (-n * kappa0) + ", "
            + (big - n * kappa0) + "] depending on whether the benchmaxxed ranking happens to be correct: at least as"
            + " good as stabilizing whatever they do");
        why.add("strictly by the Stackelberg-Nash definition (followers at a PNE) only tau >= tau* qualifies, and"
            + " tau* is the best of those; the designer's preference for tau = 0 gives up the equilibrium prediction");
      }
    } else {
      tau = 0;
      effort = pneAtZero ? new double[n] : null;
      utility = -n * kappa0;
      stabilizes = false;
      why.add("no finite tau stabilizes the ranking (" + r.reason() + "): TbT buys no equilibrium, so the designer"
          + " spends nothing: tau = 0, where " + atZero);
    }
    List<SmoothPoint> pts = new ArrayList<>();
    SmoothPoint best = null;
    if (n <= SMOOTH_LIMIT && grid != null) {
      double[] levels = grid;
      if (r.finite()) {
        // tau* itself is where the smooth utility jumps: evaluate it exactly, not only its grid neighbours
        levels = java.util.Arrays.copyOf(grid, grid.length + 1);
        levels[grid.length] = r.tauStar();
        java.util.Arrays.sort(levels);
      }
      for (double t : levels) {
        SmoothPoint p = smoothAt(g, d, t);
        pts.add(p);
        if (best == null || p.smoothUtility() > best.smoothUtility()) {
          best = p;
        }
      }
      if (best != null) {
        why.add("smooth variant (R times Kendall's tau-b instead of the indicator): best grid level tau = " + best.tau()
            + " with Kendall " + best.kendall() + " and utility " + best.smoothUtility());
      }
    } else if (grid != null) {
      why.add("smooth variant skipped: more than " + SMOOTH_LIMIT + " models");
    }
    return new StackelbergChoice(tau, effort, utility, stabilizes, stab, atZero, why, pts, best, ASSUMPTION);
  }

  /** The smooth variant at one level: the all-zero PNE where no deviation pays, else the one-shot deviation profile. */
  static SmoothPoint smoothAt(Game g, Designer d, double tau) {
    int n = g.size();
    double tol = Solver.RELATIVE_TOLERANCE * Math.max(1, g.rewards().maxAbs());
    double[] zero = new double[n];
    double[] x = new double[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      x[i] = tau;
      Deviation best = null;
      for (Deviation dev : Deviations.of(g, tau, zero, i, tol)) {
        if (dev.status() == Status.FAILS && !Double.isNaN(dev.witness())
            && (best == null || dev.margin() < best.margin())) {
          best = dev;
        }
      }
      if (best != null) {
        x[i] = tau + best.witness();
        any = true;
      }
    }
    int[] ranking = new int[n];
    double[] cap = new double[n];
    double[] place = new double[n];
    boolean correct = true;
    for (int i = 0; i < n; i++) {
      int rk = Overtake.rank(g, x, i);
      ranking[rk] = i;
      cap[i] = g.model(i).capability();
      place[i] = -rk;
      correct &= rk == i;
    }
    double k = n < 2 ? 1 : KendallTau.of(cap, place).tauB();
    double pay = n * d.kappa().cost(tau);
    return new SmoothPoint(tau, !any, ranking, k, d.reward() * k - pay, (correct ? d.reward() : 0) - pay);
  }
}
