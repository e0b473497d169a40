package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.lbgame.model.Game;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.InvalidGameException;
import org.lbgame.solve.ContinuousCertificate;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;

/**
 * The stabilizing threshold tau* of the continuous game (Definition 5.4), answered by bisection and certified within
 * relative {@link #TAU_TOLERANCE}: all-zero must be proved a PNE just above tau* (at {@code tau* + TAU_TOLERANCE
 * max(1, tau*)}: the solver's proved margins and the independent {@code ContinuousCertificate}), and a deviation at a
 * stated {@code below.tau} within that distance under tau* must be proved to pay at its stated effort. Leastness
 * further below rests on Prop 5.3 (monotonicity), whose hypotheses the answer reports.
 */
final class ContinuousThresholdCheck {
  /** Relative distance within which tau* is certified from above and from below. */
  static final double TAU_TOLERANCE = 1e-6;

  private ContinuousThresholdCheck() {
  }

  /** Whether all-zero is proved a PNE at {@code tau}: every jump proved unprofitable, and the independent check accepts. */
  private static boolean pne(Game g, double tau) {
    Solution s = Solver.solve(g, tau);
    return s.jumps().stream().allMatch(d -> d.status() != Status.FAILS && d.status() != Status.UNDECIDED)
        && ContinuousCertificate.checkAllZeroPne(g, tau);
  }

  /** A profitable deviation at {@code tau} whose witness the independent check verified, or null. */
  private static Deviation verifiedDeviation(Game g, double tau) {
    Solution s = Solver.solve(g, tau);
    return s.deviation() != null && Boolean.TRUE.equals(s.certificateChecked()) ? s.deviation() : null;
  }

  /**
   * The deviation's fields: its witness as the effort (a double verified to reach the rank and to pay, not the
   * infimum {@code Delta}, where the model only ties), the gain, and the extra cost at the witness.
   */
  static void deviation(ObjectNode o, Game g, Deviation d) {
    double w = d.witness();
    o.put("model", d.model());
    o.put("effort", w);
    o.put("gain", d.gain());
    o.put("cost", g.cost(d.model(), w) - g.cost(d.model(), 0));
  }

  static ObjectNode answer(Query q) {
    Game g = q.game();
    double max = q.maxTauValue();
    ObjectNode o = Reference.head(q, "continuous");
    o.put("maxTau", max);
    if (pne(g, 0)) {
      o.put("tauStar", 0.0);
      ObjectNode c = o.putObject("certificate");
      c.put("kind", "threshold");
      c.putNull("below");
      return o;
    }
    if (!pne(g, max)) {
      Deviation d = verifiedDeviation(g, max);
      if (d == null) {
        throw new InvalidGameException("maxTau", "all-zero is undecided within precision there; choose another", max);
      }
      o.putNull("tauStar");
      ObjectNode c = o.putObject("certificate");
      c.put("kind", "no-threshold");
      deviation(c.putObject("atMaxTau"), g, d);
      return o;
    }
    double lo = 0;
    double hi = max;
    while (hi - lo > TAU_TOLERANCE / 8 * Math.max(1, hi)) {
      double mid = lo + (hi - lo) / 2;
      if (pne(g, mid)) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Deviation d = verifiedDeviation(g, lo);
    for (int step = 1; d == null && step <= 4; step++) {
      lo = Math.max(0, hi - step * TAU_TOLERANCE / 4 * Math.max(1, hi));
      d = verifiedDeviation(g, lo);
    }
    if (d == null) {
      throw new InvalidGameException("maxTau", "the threshold is undecided within precision (no deviation just"
          + " below it is verified to pay)", max);
    }
    o.put("tauStar", hi);
    ObjectNode c = o.putObject("certificate");
    c.put("kind", "threshold");
    ObjectNode b = c.putObject("below");
    b.put("tau", lo);
    deviation(b, g, d);
    return o;
  }

  static CheckResult check(Game g, JsonNode r) {
    Fields.only(r, "", "schema", "query", "mode", "maxTau", "tauStar", "certificate");
    double max = Fields.number(r, "", "maxTau");
    JsonNode star = Fields.required(r, "", "tauStar");
    JsonNode c = Fields.object(r, "", "certificate");
    String hyp = hypotheses(g);
    if (star.isNull()) {
      Fields.only(c, "certificate", "kind", "atMaxTau");
      Fields.string(c, "certificate", "kind", "no-threshold");
      JsonNode d = Fields.object(c, "certificate", "atMaxTau");
      Fields.only(d, "certificate.atMaxTau", "model", "effort", "gain", "cost");
      String how = ContinuousCheck.deviation(g, max, d, "certificate.atMaxTau");
      return CheckResult.accept("continuous: a deviation pays at maxTau, " + how + " (" + ContinuousCertificate.BASIS
          + "); no tau below stabilizes by Prop 5.3, whose hypotheses " + hyp);
    }
    double t = Fields.number(star, "tauStar");
    if (!(t >= 0) || t > max) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is outside 0..maxTau=" + ReasonNumbers.show(max));
    }
    Fields.only(c, "certificate", "kind", "below");
    Fields.string(c, "certificate", "kind", "threshold");
    double above = t + TAU_TOLERANCE * Math.max(1, t);
    double at = t == 0 ? 0 : above;
    Solution s = Solver.solve(g, at);
    Deviation open = s.jumps().stream().filter(x -> x.status() == Status.FAILS || x.status() == Status.UNDECIDED)
        .findFirst().orElse(null);
    if (open != null) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " does not stabilize: at tau=" + ReasonNumbers.show(at)
          + " model " + open.model() + " reaching rank " + open.toRank() + " gains " + ReasonNumbers.show(open.gain())
          + " at extra cost " + ReasonNumbers.show(open.cost() - open.currentCost()) + " (" + open.status().label() + ")");
    }
    if (!ContinuousCertificate.checkAllZeroPne(g, at)) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is not proved to stabilize: at tau="
          + ReasonNumbers.show(at) + " the independent check (" + ContinuousCertificate.BASIS + ") does not prove"
          + " all-zero a PNE");
    }
    JsonNode below = Fields.required(c, "certificate", "below");
    if (t == 0) {
      if (!below.isNull()) {
        throw new InvalidGameException("certificate.below", "must be null when tauStar is 0", below);
      }
      return CheckResult.accept("continuous: all-zero is proved a PNE at tau=0 (" + ContinuousCertificate.BASIS + ")");
    }
    if (below.isNull()) {
      throw new Rejection("certificate.below is null: nothing shows that tauStar " + ReasonNumbers.show(t) + " is least");
    }
    Fields.only(below, "certificate.below", "tau", "model", "effort", "gain", "cost");
    double b = Fields.number(below, "certificate.below", "tau");
    if (!(b < t) || t - b > TAU_TOLERANCE * Math.max(1, t)) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is not shown least: certificate.below.tau=" + ReasonNumbers.show(b)
          + " must lie within " + TAU_TOLERANCE + " max(1, tauStar) below it");
    }
    String how;
    try {
      how = ContinuousCheck.deviation(g, b, below, "certificate.below");
    } catch (Rejection e) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is not shown least: " + e.getMessage());
    }
    return CheckResult.accept("continuous: all-zero is proved a PNE at tauStar + " + TAU_TOLERANCE
        + " max(1, tauStar) and a deviation pays at below.tau, " + how + " (" + ContinuousCertificate.BASIS
        + "); tau* certified to relative " + TAU_TOLERANCE + "; leastness further below by Prop 5.3, whose hypotheses "
        + hyp);
  }

  private static String hypotheses(Game g) {
    Set<Hypothesis> failed = EnumSet.noneOf(Hypothesis.class);
    failed.addAll(org.lbgame.model.Hypotheses.check(g).failed());
    failed.retainAll(Solver.THEOREM);
    return failed.isEmpty() ? "hold" : "do not all hold (" + failed + "): leastness is not established";
  }
}
