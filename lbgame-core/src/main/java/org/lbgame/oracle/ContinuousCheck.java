package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.solve.ContinuousCertificate;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;

/**
 * Checks continuous-game results: each claimed {@code Delta_{k->j}} against lbgame's solver within
 * {@link #DELTA_TOLERANCE} (relative, informative); the verdict only on rigorous evidence: "all-zero is a PNE" when
 * the solver proves every jump unprofitable and the independent check ({@link ContinuousCertificate}, intervals then
 * 60 digits) accepts it, a deviation when its stated effort is proved to reach its rank and to pay, "undecided" when
 * neither is proved. No double evaluation alone ever accepts.
 */
final class ContinuousCheck {
  /** Relative tolerance on just-overtake efforts. */
  static final double DELTA_TOLERANCE = 1e-6;
  /** Relative step above a claimed deviation effort at which it is evaluated (the overtake is strict). */
  static final double NUDGE = 1e-9;
  /**
   * Relative tolerance on the claimed gain and cost numbers, which are informative; whether a deviation pays is
   * decided rigorously (interval arithmetic, {@code ContinuousCertificate.DIGITS} digits), with no tolerance.
   */
  static final double MARGIN_TOLERANCE = 1e-9;

  private ContinuousCheck() {
  }

  private static String basis() {
    return "continuous: Delta within relative " + DELTA_TOLERANCE + "; every margin's sign proved ("
        + ContinuousCertificate.BASIS + "), no tolerance";
  }

  static CheckResult solve(Game g, JsonNode r) {
    Fields.only(r, "", "schema", "query", "mode", "tau", "verdict", "jumps", "certificate");
    double tau = Fields.number(r, "", "tau");
    if (!Double.isFinite(tau) || tau < 0) {
      throw new org.lbgame.model.InvalidGameException("tau", "must be a finite number >= 0", r.get("tau"));
    }
    String verdict = Fields.string(r, "", "verdict", "all-zero-pne", "all-zero-not-pne", "undecided");
    Solution s = Solver.solve(g, tau);
    Map<Long, Deviation> ours = new HashMap<>();
    for (Deviation d : s.jumps()) {
      if (d.toRank() < d.fromRank()) {
        ours.put(key(d.model(), d.toRank()), d);
      }
    }
    JsonNode a = Fields.array(r, "", "jumps");
    if (a.size() != ours.size()) {
      throw new Rejection("jumps lists " + a.size() + " jumps; recomputation has " + ours.size()
          + " (every model to every better rank at all-zero)");
    }
    for (int idx = 0; idx < a.size(); idx++) {
      JsonNode o = a.get(idx);
      String p = "jumps[" + idx + "]";
      Fields.only(o, p, "overtaker", "overtaken", "delta");
      int k = Fields.integer(o, p, "overtaker", 0);
      int j = Fields.integer(o, p, "overtaken", 0);
      Deviation d = ours.get(key(k, j));
      if (d == null) {
        throw new Rejection(p + ": no jump " + k + " -> rank " + j + " exists at all-zero");
      }
      double delta = Fields.number(o, p, "delta");
      boolean same = Double.isInfinite(delta) ? delta == d.effort() : ReasonNumbers.close(delta, d.effort(), DELTA_TOLERANCE);
      if (!same) {
        throw new Rejection(p + ": Delta_{" + k + "->" + j + "} claimed " + ReasonNumbers.show(delta) + ", recomputed "
            + ReasonNumbers.show(d.effort()) + " (relative tolerance " + DELTA_TOLERANCE + ")");
      }
    }
    JsonNode c = Fields.object(r, "", "certificate");
    String kind = Fields.string(c, "certificate", "kind", "all-zero-pne", "profitable-deviation", "none");
    String expected = verdict.equals("all-zero-pne") ? "all-zero-pne"
        : verdict.equals("all-zero-not-pne") ? "profitable-deviation" : "none";
    if (!kind.equals(expected)) {
      throw new Rejection("verdict \"" + verdict + "\" does not match certificate kind \"" + kind + "\"");
    }
    // lbgame's own answer counts only where the independent check (intervals, then 60 digits) accepts it
    boolean proved = Boolean.TRUE.equals(s.certificateChecked());
    if (kind.equals("none")) {
      Fields.only(c, "certificate", "kind");
      if (proved) {
        throw new Rejection("verdict \"undecided\" but all-zero is proved " + (s.deviation() != null ? "not " : "")
            + "a PNE (" + ContinuousCertificate.BASIS + ")");
      }
      return CheckResult.accept(basis() + "; neither a paying deviation nor all-zero as a PNE is proved");
    }
    if (kind.equals("all-zero-pne")) {
      Fields.only(c, "certificate", "kind");
      for (Deviation d : s.jumps()) {
        if (d.status() == Status.FAILS || d.status() == Status.UNDECIDED) {
          throw new Rejection("all-zero is " + (d.status() == Status.FAILS ? "not a PNE" : "undecided within"
              + " precision") + " at tau=" + ReasonNumbers.show(tau) + ": model " + d.model() + " reaching rank "
              + d.toRank() + " gains " + ReasonNumbers.show(d.gain()) + " at extra cost "
              + ReasonNumbers.show(d.cost() - d.currentCost()) + " (" + basis() + ")");
        }
      }
      if (!ContinuousCertificate.checkAllZeroPne(g, tau)) {
        throw new Rejection("all-zero is not proved a PNE at tau=" + ReasonNumbers.show(tau) + ": the independent check"
            + " (" + ContinuousCertificate.BASIS + ") does not accept it");
      }
      return CheckResult.accept(basis() + "; every jump's cost proved at least its reward gap, and the independent"
          + " check accepts all-zero");
    }
    String how = deviation(g, tau, c);
    return CheckResult.accept(basis() + "; the deviation " + how);
  }

  /** The claimed deviation, proved at its stated effort (or a hair above it when that is the infimum). */
  private static String deviation(Game g, double tau, JsonNode c) {
    Fields.only(c, "certificate", "kind", "model", "effort", "gain", "cost");
    return deviation(g, tau, c, "certificate");
  }

  /**
   * Verifies a claimed deviation from all-zero at {@code tau} (fields of {@code c} under {@code path}): at its stated
   * effort {@code e}, the rank reached and the strict gain are proved in intervals ({@link ContinuousCertificate});
   * only when {@code e} itself reaches no better rank (the infimum {@code Delta}, where the model ties) is the
   * deviation proved at {@code e + NUDGE max(1, e)} instead. The claimed cost must lie within
   * {@link #MARGIN_TOLERANCE} of an enclosure of the cost at {@code e}. Returns how the deviation was verified.
   */
  static String deviation(Game g, double tau, JsonNode c, String path) {
    int i = Fields.integer(c, path, "model", 0);
    double e = Fields.number(c, path, "effort");
    if (i >= g.size() || !(e >= 0) || Double.isInfinite(e)) {
      throw new Rejection(path + ": deviation (model " + i + ", effort " + ReasonNumbers.show(e) + ") is outside the game");
    }
    int from = ContinuousCertificate.rankAt(g, tau, i, 0);
    int atE = ContinuousCertificate.rankAt(g, tau, i, e);
    boolean infimum = from >= 0 && atE >= from;
    double x = infimum ? e + NUDGE * Math.max(1, e) : e;
    int to = infimum ? ContinuousCertificate.rankAt(g, tau, i, x) : atE;
    if (from < 0 || to < 0) {
      throw new Rejection(path + ": model " + i + " playing " + ReasonNumbers.show(x) + ": its rank is not decided within "
          + ContinuousCertificate.DIGITS + " digits");
    }
    double gain = g.rewards().get(to) - g.rewards().get(from);
    if (!ContinuousCertificate.checkDeviation(g, tau, i, x, to)) {
      throw new Rejection(path + ": model " + i + " playing " + ReasonNumbers.show(x) + " reaches rank " + to + " from "
          + from + ", gains " + ReasonNumbers.show(gain) + " at extra cost "
          + ReasonNumbers.show(g.cost(i, x) - g.cost(i, 0)) + ": not proved profitable (" + ContinuousCertificate.BASIS
          + ")");
    }
    double cg = Fields.number(c, path, "gain");
    double cc = Fields.number(c, path, "cost");
    if (!ReasonNumbers.close(cg, gain, MARGIN_TOLERANCE)) {
      throw new Rejection(path + ".gain: claimed " + ReasonNumbers.show(cg) + ", but the rank reached gives "
          + ReasonNumbers.show(gain));
    }
    Interval stated = extraCost(g, i, e);
    boolean inside = cc >= stated.lower() && cc <= stated.upper();
    if (!inside && !ReasonNumbers.close(cc, stated.lower(), MARGIN_TOLERANCE)
        && !ReasonNumbers.close(cc, stated.upper(), MARGIN_TOLERANCE)) {
      throw new Rejection(path + ".cost: claimed " + ReasonNumbers.show(cc) + ", but c_i(e) - c_i(0) is in ["
          + ReasonNumbers.show(stated.lower()) + ", " + ReasonNumbers.show(stated.upper()) + "] (relative tolerance "
          + MARGIN_TOLERANCE + ")");
    }
    return infimum ? "proved at e + " + NUDGE + " max(1, e) (the stated effort e is the infimum, where the model only"
        + " ties)" : "proved at its stated effort";
  }

  /** An enclosure of {@code lambda_i (c(e) - c(0))}. */
  private static Interval extraCost(Game g, int i, double e) {
    Interval lam = Interval.of(g.costScale(i));
    return lam.times(g.cost().range(Interval.of(e)).minus(g.cost().range(Interval.of(0))));
  }

  private static long key(int k, int j) {
    return (long) k << 32 | j;
  }
}
