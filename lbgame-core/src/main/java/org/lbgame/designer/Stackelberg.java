package org.lbgame.designer;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.stats.KendallTau;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Deviations;
import org.lbgame.model.ScoreOrder;
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
      + " (proved) plays it, all at once, in the limit of its least paying effort: it lands just above the baseline"
      + " score of the last model that deviation passes (two models landing on one score are ordered by the tie rule,"
      + " a model that moves above one that stays there). One round of simultaneous best responses to all-zero,"
      + " ranked by exact comparisons of baseline scores only; deterministic, needs no dynamics (which need not"
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
    Solution s0 = Solver.solve(g, 0);
    String atZero = s0.verdict().sentence();
    boolean pneAtZero = s0.verdict() == Verdict.UNIQUE_PNE || s0.verdict() == Verdict.PNE_NOT_UNIQUE
        || s0.verdict() == Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
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
            + (s0.verdict() == Verdict.NO_PNE ? ", and by Thm 4.6 (its hypotheses hold) no other PNE exists: there is"
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
      for (double t : grid) {
        pts.add(smoothAt(g, d, t));
      }
      // the choice itself does not depend on the display grid: breakpoints located exactly on a fixed range
      double top = DesignerAnalysis.defaultTauMax(r);
      KendallChoice kc = KendallChoice.of(g, d, top);
      best = kc.best();
      why.add("smooth variant (R times Kendall's tau-b instead of the indicator): best level tau = " + best.tau()
          + " with Kendall " + best.kendall() + " and utility " + best.smoothUtility() + " (" + KendallChoice.METHOD
          + ", on [0, " + top + "]; " + (kc.breakpoints().size() - 1) + " breakpoint(s))");
    } else if (grid != null) {
      why.add("smooth variant skipped: more than " + SMOOTH_LIMIT + " models");
    }
    return new StackelbergChoice(tau, effort, utility, stabilizes, stab, atZero, why, pts, best, ASSUMPTION);
  }

  /**
   * The smooth variant at one level: the all-zero PNE where no deviation pays, else the one-shot profile in
   * which every model whose best deviation pays (proved) moves just past the last model its most profitable
   * deviation passes: in the limit of its least paying effort, its score is that model's baseline score from
   * above. The ranking is decided by rigorous comparisons of baseline scores only (deviators just above their
   * anchor; two deviators at one anchor by the tie rule), so no rounding of witness efforts can move it.
   */
  static SmoothPoint smoothAt(Game g, Designer d, double tau) {
    int n = g.size();
    double[] zero = new double[n];
    int[] anchor = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      anchor[i] = -1;
      Deviation best = null;
      for (Deviation dev : Deviations.of(g, tau, zero, i)) {
        if (dev.status() == Status.FAILS && dev.passes() >= 0
            && (best == null || dev.margin() < best.margin())) {
          best = dev;
        }
      }
      if (best != null) {
        anchor[i] = best.passes();
        any = true;
      }
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (x, y) -> -above(g, tau, anchor, x, y));
    int[] ranking = new int[n];
    double[] cap = new double[n];
    double[] place = new double[n];
    boolean correct = true;
    for (int r = 0; r < n; r++) {
      int i = order[r];
      ranking[r] = i;
      cap[i] = g.model(i).capability();
      place[i] = -r;
      correct &= i == r;
    }
    double k = n < 2 ? 1 : KendallTau.of(cap, place).tauB();
    double pay = n * d.kappa().cost(tau);
    return new SmoothPoint(tau, !any, ranking, k, d.reward() * k - pay, (correct ? d.reward() : 0) - pay);
  }

  /** +1 when model {@code x} ranks above model {@code y} in the limit profile, -1 when below. */
  private static int above(Game g, double tau, int[] anchor, int x, int y) {
    if (x == y) {
      return 0;
    }
    int ax = anchor[x] < 0 ? x : anchor[x];
    int ay = anchor[y] < 0 ? y : anchor[y];
    ScoreOrder o = ax == ay ? ScoreOrder.EQUAL : Overtake.order(g, ax, tau, 0, ay, tau, 0);
    if (o == ScoreOrder.UNDECIDED) {
      o = Overtake.compare(g, ax, tau, ay, tau) > 0 ? ScoreOrder.ABOVE : ScoreOrder.BELOW;
    }
    if (o != ScoreOrder.EQUAL) {
      return o == ScoreOrder.ABOVE ? 1 : -1;
    }
    boolean dx = anchor[x] >= 0;
    boolean dy = anchor[y] >= 0;
    if (dx != dy) {
      // a deviator sits just above its anchor's score, a model that stays sits exactly on its own
      return dx ? 1 : -1;
    }
    return Overtake.tieFavours(g, x, y) ? 1 : -1;
  }
}
