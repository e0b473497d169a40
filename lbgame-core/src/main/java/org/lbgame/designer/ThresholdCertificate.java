package org.lbgame.designer;

import org.lbgame.model.Game;
import org.lbgame.solve.Overtake;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;

/**
 * The certificate of a continuous {@code tau*}, recomputed with the solver's {@code Delta_k(tau)}
 * (not the closed form): every pair's margin {@code lambda_k c(Delta_k) - (r_{k-1} - r_k)} just above
 * {@code tau*} (all {@code >= -tol}), the hardest pair's negative margin just below it, and the
 * solver's full verdict (every multi-rank jump) just above it for games of up to {@link #SOLVER_LIMIT} models.
 */
public final class ThresholdCertificate {
  /** Relative offset of the two probe levels: {@code tau*(1 +- 1e-6)}. */
  public static final double OFFSET = 1e-6;
  /** Largest number of models for which the full solver (O(n^2) jumps) is run at the probe. */
  public static final int SOLVER_LIMIT = 200;

  private final double tauAbove;
  private final double[] marginsAbove;
  private final double tauBelow;
  private final int belowPair;
  private final double belowDelta;
  private final double belowMargin;
  private final String solverVerdict;
  private final boolean accepted;
  private final String note;

  private ThresholdCertificate(double tauAbove, double[] marginsAbove, double tauBelow, int belowPair,
      double belowDelta, double belowMargin, String solverVerdict, boolean accepted, String note) {
    this.tauAbove = tauAbove;
    this.marginsAbove = marginsAbove;
    this.tauBelow = tauBelow;
    this.belowPair = belowPair;
    this.belowDelta = belowDelta;
    this.belowMargin = belowMargin;
    this.solverVerdict = solverVerdict;
    this.accepted = accepted;
    this.note = note;
  }

  /** The certificate of {@code r} (for a finite {@code tau*}; otherwise the margins at {@code tau = 0}). */
  static ThresholdCertificate continuous(Game g, ThresholdResult r) {
    int n = g.size();
    double tol = Solver.RELATIVE_TOLERANCE * Math.max(1, g.rewards().maxAbs());
    if (!r.finite()) {
      return new ThresholdCertificate(Double.NaN, new double[0], Double.NaN, -1, Double.NaN, Double.NaN, "", false,
          "no finite tau*: nothing to certify beyond the reason given");
    }
    double t = r.tauStar();
    double above = t == 0 ? 0 : t * (1 + OFFSET);
    double[] m = new double[n];
    boolean ok = true;
    for (int k = 1; k < n; k++) {
      m[k] = margin(g, above, k);
      ok &= m[k] >= -tol;
    }
    int bp = -1;
    double bd = Double.NaN;
    double bm = Double.NaN;
    double below = Double.NaN;
    if (t > 0) {
      below = t * (1 - OFFSET);
      bp = r.hardestPair();
      bd = Overtake.justOvertakeEffort(g, below, bp);
      bm = margin(g, below, bp);
      ok &= bm < 0;
    }
    String verdict = "";
    if (n <= SOLVER_LIMIT) {
      Solution s = Solver.solve(g, above);
      verdict = s.verdict().sentence();
    }
    String note = ok ? "accepted: every pair's margin at " + above + " is >= -" + tol
        + (t > 0 ? " and pair " + (bp + 1) + "'s margin at " + below + " is negative" : "")
        : "not accepted: a margin has the wrong sign within the probe offset (tau* is near a tie)";
    return new ThresholdCertificate(above, m, below, bp, bd, bm, verdict, ok, note);
  }

  /** {@code lambda_k c(Delta_k(tau)) - (r_{k-1} - r_k)} with the solver's {@code Delta_k}; {@code +inf} if unreachable. */
  static double margin(Game g, double tau, int k) {
    double d = Overtake.justOvertakeEffort(g, tau, k);
    double gap = g.rewards().get(k - 1) - g.rewards().get(k);
    return Double.isInfinite(d) ? Double.POSITIVE_INFINITY : g.cost(k, d) - gap;
  }

  /** The level just above {@code tau*} where every pair is checked. */
  public double tauAbove() {
    return tauAbove;
  }

  /** Margin of pair {@code k} at {@link #tauAbove()} (index 0 unused). */
  public double marginAbove(int k) {
    return marginsAbove[k];
  }

  /** The level just below {@code tau*} (NaN when {@code tau* = 0}). */
  public double tauBelow() {
    return tauBelow;
  }

  /** The pair violating the condition just below {@code tau*} (-1 when {@code tau* = 0}). */
  public int belowPair() {
    return belowPair;
  }

  /** Its {@code Delta_k} just below {@code tau*}. */
  public double belowDelta() {
    return belowDelta;
  }

  /** Its (negative) margin just below {@code tau*}. */
  public double belowMargin() {
    return belowMargin;
  }

  /** The solver's verdict just above {@code tau*} (empty for more than {@link #SOLVER_LIMIT} models). */
  public String solverVerdict() {
    return solverVerdict;
  }

  /** True when the margins have the right signs. */
  public boolean accepted() {
    return accepted;
  }

  /** The certificate in one sentence. */
  public String note() {
    return note;
  }
}
