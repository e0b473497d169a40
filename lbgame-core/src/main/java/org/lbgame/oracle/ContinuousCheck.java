package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.lbgame.model.Game;
import org.lbgame.solve.ContinuousCertificate;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Overtake;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;

/**
 * Checks continuous-game results by recomputation within stated tolerances: each claimed {@code Delta_{k->j}}
 * against lbgame's solver within {@link #DELTA_TOLERANCE} (relative), every margin decided only beyond
 * {@link #MARGIN_TOLERANCE} (relative), and a claimed deviation evaluated on the curves themselves.
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
    boolean undecided = s.jumps().stream().anyMatch(d -> d.status() == Status.UNDECIDED);
    if (kind.equals("none")) {
      Fields.only(c, "certificate", "kind");
      if (s.deviation() != null || !undecided) {
        throw new Rejection("verdict \"undecided\" but every margin is decided beyond the tolerance: all-zero is "
            + (s.deviation() != null ? "not " : "") + "a PNE");
      }
      return CheckResult.accept(basis() + "; a margin is within the tolerance");
    }
    if (kind.equals("all-zero-pne")) {
      Fields.only(c, "certificate", "kind");
      for (Deviation d : s.jumps()) {
        if (d.status() == Status.FAILS || d.status() == Status.UNDECIDED) {
          throw new Rejection("all-zero is " + (d.status() == Status.FAILS ? "not a PNE" : "undecided within the"
              + " tolerance") + " at tau=" + ReasonNumbers.show(tau) + ": model " + d.model() + " reaching rank " + d.toRank()
              + " gains " + ReasonNumbers.show(d.gain()) + " at extra cost " + ReasonNumbers.show(d.cost() - d.currentCost())
              + " (" + basis() + ")");
        }
      }
      return CheckResult.accept(basis() + "; every jump's cost at least its reward gap");
    }
    deviation(g, tau, c);
    return CheckResult.accept(basis() + "; the deviation evaluated on the curves at effort e + "
        + NUDGE + " max(1, e)");
  }

  /** The claimed deviation, evaluated at a hair above its effort (the overtake is strict, Delta an infimum). */
  private static void deviation(Game g, double tau, JsonNode c) {
    Fields.only(c, "certificate", "kind", "model", "effort", "gain", "cost");
    deviation(g, tau, c, "certificate");
  }

  /** Verifies a claimed deviation from all-zero at {@code tau} on the curves (fields of {@code c} under {@code path}). */
  static void deviation(Game g, double tau, JsonNode c, String path) {
    int i = Fields.integer(c, path, "model", 0);
    double e = Fields.number(c, path, "effort");
    if (i >= g.size() || !(e >= 0) || Double.isInfinite(e)) {
      throw new Rejection(path + ": deviation (model " + i + ", effort " + ReasonNumbers.show(e) + ") is outside the game");
    }
    double x = e + NUDGE * Math.max(1, e);
    int from = ContinuousCertificate.rankAt(g, tau, i, 0);
    int to = ContinuousCertificate.rankAt(g, tau, i, x);
    if (from < 0 || to < 0) {
      throw new Rejection(path + ": model " + i + " playing " + ReasonNumbers.show(x) + ": its rank is not decided within "
          + ContinuousCertificate.DIGITS + " digits");
    }
    double gain = g.rewards().get(to) - g.rewards().get(from);
    double cost = g.cost(i, x) - g.cost(i, 0);
    if (!ContinuousCertificate.checkDeviation(g, tau, i, x, to)) {
      throw new Rejection(path + ": model " + i + " playing " + ReasonNumbers.show(x) + " reaches rank " + to + " from "
          + from + ", gains " + ReasonNumbers.show(gain) + " at extra cost " + ReasonNumbers.show(cost) + ": not proved"
          + " profitable (" + ContinuousCertificate.BASIS + ")");
    }
    double cg = Fields.number(c, path, "gain");
    double cc = Fields.number(c, path, "cost");
    if (!ReasonNumbers.close(cg, gain, MARGIN_TOLERANCE)) {
      throw new Rejection(path + ".gain: claimed " + ReasonNumbers.show(cg) + ", but the rank reached gives "
          + ReasonNumbers.show(gain));
    }
    double stated = g.cost(i, e) - g.cost(i, 0);
    if (!ReasonNumbers.close(cc, stated, MARGIN_TOLERANCE)) {
      throw new Rejection(path + ".cost: claimed " + ReasonNumbers.show(cc) + ", but c_i(e) - c_i(0) = " + ReasonNumbers.show(stated)
          + " (relative tolerance " + MARGIN_TOLERANCE + ")");
    }
  }

  /**
   * Rank of model {@code i} playing {@code e} while everyone else plays 0, under the game's tie rule; scores are
   * compared in the pair's common latent (logit, log-gap) where there is one, so that curves saturating to the same
   * double near the ceiling are still ordered ({@code Overtake.rank}).
   */
  private static int rank(Game g, double tau, int i, double e) {
    double[] x = new double[g.size()];
    java.util.Arrays.fill(x, tau);
    x[i] = tau + e;
    return Overtake.rank(g, x, i);
  }

  private static long key(int k, int j) {
    return (long) k << 32 | j;
  }
}
