package org.lbgame.designer;

import org.lbgame.model.Game;
import org.lbgame.solve.ContinuousCertificate;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;
import org.lbgame.solve.Verdict;

/**
 * The certificate of a continuous {@code tau*}, recomputed with the solver's {@code Delta_k(tau)}
 * (not the closed form), every margin a proved enclosure: every pair's margin
 * {@code lambda_k c(Delta_k) - (r_{k-1} - r_k)} just above {@code tau*} proved {@code >= 0}, the hardest
 * pair's margin just below it proved {@code < 0} (probes at relative offsets 1e-12, 1e-9, 1e-6: the
 * tightest decided one bounds {@code tau*}), and, for games of up to {@link #SOLVER_LIMIT} models, the
 * solver's verdict just above it (every multi-rank jump) with its independent check. A margin whose
 * enclosure contains 0 is never accepted.
 */
public final class TauStarCertificate {
  /** Relative offset of the two probe levels: {@code tau*(1 +- 1e-6)}, the widest tried. */
  public static final double OFFSET = 1e-6;
  /** The probe offsets tried, tightest first: the first at which both probes are decided bounds {@code tau*}. */
  static final double[] OFFSETS = {1e-12, 1e-9, OFFSET};
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
  private double[] witnessBelow = {-1, Double.NaN};

  private TauStarCertificate(double tauAbove, double[] marginsAbove, double tauBelow, int belowPair,
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

  /** The certificate of {@code r} (for a finite {@code tau*}; otherwise nothing to certify). */
  static TauStarCertificate continuous(Game g, ThresholdResult r) {
    int n = g.size();
    if (!r.finite()) {
      return new TauStarCertificate(Double.NaN, new double[0], Double.NaN, -1, Double.NaN, Double.NaN, "", false,
          "no finite tau*: nothing to certify beyond the reason given");
    }
    double t = r.tauStar();
    String why = "";
    for (double offset : OFFSETS) {
      double above = t == 0 ? 0 : t * (1 + offset);
      double below = t == 0 ? Double.NaN : t * (1 - offset);
      double[] m = new double[n];
      String bad = null;
      int least = -1;
      PowerLawMargins fast = n > SOLVER_LIMIT ? PowerLawMargins.of(g) : null;
      boolean[] proved = fast == null ? null : provedAbove(fast, above, m);
      for (int k = 1; k < n && bad == null; k++) {
        if (proved != null && proved[k]) {
          least = least < 0 || m[k] < m[least] ? k : least;
          continue;
        }
        PairCheck p = check(g, above, k);
        m[k] = p.margin();
        least = least < 0 || m[k] < m[least] ? k : least;
        if (!p.status().safe()) {
          bad = "pair " + (k + 1) + "'s margin at " + above + " is " + p.status().label() + " (enclosure ["
              + p.marginBound().lower() + ", " + p.marginBound().upper() + "], " + p.marginBound().arithmetic() + ")";
        }
      }
      if (bad == null && n > SOLVER_LIMIT && least > 0) {
        // the smallest margin is printed: its estimate from the tightest enclosure (the sign is already proved)
        m[least] = PairCheck.of(g, above, least).margin();
      }
      int bp = -1;
      double bd = Double.NaN;
      double bm = Double.NaN;
      if (bad == null && t > 0) {
        bp = r.hardestPair();
        PairCheck p = PairCheck.of(g, below, bp);
        bd = p.delta();
        bm = p.margin();
        if (p.status() != Status.FAILS) {
          bad = "pair " + (bp + 1) + "'s margin at " + below + " is " + p.status().label() + " (enclosure ["
              + p.marginBound().lower() + ", " + p.marginBound().upper() + "], " + p.marginBound().arithmetic()
              + "), not proved negative";
        }
      }
      if (bad != null) {
        why = bad;
        continue;
      }
      String verdict = "";
      boolean ok = true;
      String extra = "";
      if (n <= SOLVER_LIMIT) {
        Solution s = Solver.solve(g, above);
        verdict = s.verdict().sentence();
        boolean pne = s.verdict() == Verdict.UNIQUE_PNE || s.verdict() == Verdict.PNE_NOT_UNIQUE
            || s.verdict() == Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
        ok = pne && Boolean.TRUE.equals(s.certificateChecked());
        extra = ok ? "; the solver proves all-zero a PNE at " + above + " (every jump) and the independent check ("
            + ContinuousCertificate.BASIS + ") accepts it" : "";
        if (!ok) {
          why = "the solver at " + above + " says: " + verdict + (pne ? " but the independent check does not accept it"
              : "");
          continue;
        }
      } else {
        extra = "; the full solver (every multi-rank jump) is not run for more than " + SOLVER_LIMIT + " models: the"
            + " adjacent condition suffices for all-zero under C1-C3 and a convex cost (Prop 4.5)";
      }
      String note = "accepted: every pair's margin at " + above + " is proved >= 0" + (t > 0 ? " and pair " + (bp + 1)
          + "'s margin at " + below + " is proved < 0, so tau* lies in (" + below + ", " + above + "] (relative bound "
          + offset + ")" : "") + extra + " (" + Solver.PRECISION + ")";
      TauStarCertificate c = new TauStarCertificate(above, m, below, bp, bd, bm, verdict, true, note);
      if (t > 0 && n <= SOLVER_LIMIT) {
        // the effort that actually overtakes just below tau* (not the tie point Delta), proved to reach its rank and pay
        org.lbgame.solve.Deviation d = Solver.solve(g, below).deviation();
        if (d != null && !Double.isNaN(d.witness())) {
          c.witnessBelow = new double[] {d.model(), d.witness()};
        }
      }
      return c;
    }
    return new TauStarCertificate(Double.NaN, new double[n], Double.NaN, -1, Double.NaN, Double.NaN, "", false,
        "not accepted: " + why);
  }

  /**
   * The pairs whose margin at {@code tau} {@code fast} proves {@code >= 0}, their estimates into {@code m}
   * (the rest are left to {@link #check}, in order, as before). Both cores: the pairs are independent.
   */
  private static boolean[] provedAbove(PowerLawMargins fast, double tau, double[] m) {
    int n = m.length;
    boolean[] proved = new boolean[n];
    int chunk = 1 << 14;
    java.util.stream.IntStream.range(0, (n + chunk - 1) / chunk).parallel().forEach(c -> {
      double[] e = new double[2];
      for (int k = Math.max(1, c * chunk); k < Math.min(n, (c + 1) * chunk); k++) {
        if (fast.margin(tau, k, e) == PowerLawMargins.HOLDS) {
          proved[k] = true;
          // the estimate Bounded gives an enclosure (Interval.mid)
          double mid = 0.5 * e[0] + 0.5 * e[1];
          mid = e[0] == e[1] ? e[0] : Double.isNaN(mid) ? 0 : mid;
          m[k] = Math.min(e[1], Math.max(e[0], mid));
        }
      }
    });
    return proved;
  }

  /**
   * Pair {@code k}'s condition at {@code tau}. Above {@link #SOLVER_LIMIT} models only the sign is needed
   * of most pairs: a double enclosure that decides it is kept however wide (one evaluation in doubles per
   * pair instead of one in {@code BigInterval.DIGITS} digits wherever the enclosure is wider than
   * {@code Overtake.REFINE}); up to it every margin is the tightest estimate, as printed in full.
   */
  private static PairCheck check(Game g, double tau, int k) {
    return g.size() > SOLVER_LIMIT ? PairCheck.sign(g, tau, k) : PairCheck.of(g, tau, k);
  }

  /** The model whose proved profitable deviation just below {@code tau*} is the witness (-1 when none). */
  public int witnessModel() {
    return (int) witnessBelow[0];
  }

  /** Its extra effort, proved to reach the rank it claims and to pay (NaN when none). */
  public double witnessEffort() {
    return witnessBelow[1];
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
