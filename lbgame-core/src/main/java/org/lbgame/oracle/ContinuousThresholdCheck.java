package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumSet;
import java.util.Set;
import org.lbgame.model.Game;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.InvalidGameException;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Status;

/**
 * The stabilizing threshold tau* of the continuous game (Definition 5.4), answered by bisection and checked within
 * a stated tolerance: all-zero must be a PNE just above tau* (at {@code tau* + TAU_TOLERANCE max(1, tau*)}), and a
 * profitable deviation must exist at a stated {@code below.tau} within that distance under tau*. Leastness further
 * below rests on Prop 5.3 (monotonicity), whose hypotheses the answer reports.
 */
final class ContinuousThresholdCheck {
  /** Relative distance within which tau* is certified from above and from below. */
  static final double TAU_TOLERANCE = 1e-6;

  private ContinuousThresholdCheck() {
  }

  private static boolean pne(Solution s) {
    return s.jumps().stream().allMatch(d -> d.status() != Status.FAILS && d.status() != Status.UNDECIDED);
  }

  private static Deviation firstPaying(Solution s) {
    return s.jumps().stream().filter(d -> d.status() == Status.FAILS).findFirst().orElse(null);
  }

  private static void deviation(ObjectNode o, Deviation d) {
    o.put("model", d.model());
    o.put("effort", d.costEffort());
    o.put("gain", d.gain());
    o.put("cost", d.cost() - d.currentCost());
  }

  static ObjectNode answer(Query q) {
    Game g = q.game();
    double max = q.maxTauValue();
    ObjectNode o = Reference.head(q, "continuous");
    o.put("maxTau", max);
    if (pne(Solver.solve(g, 0))) {
      o.put("tauStar", 0.0);
      ObjectNode c = o.putObject("certificate");
      c.put("kind", "threshold");
      c.putNull("below");
      return o;
    }
    Solution top = Solver.solve(g, max);
    if (!pne(top)) {
      Deviation d = firstPaying(top);
      if (d == null) {
        throw new InvalidGameException("maxTau", "all-zero is undecided within tolerance there; choose another", max);
      }
      o.putNull("tauStar");
      ObjectNode c = o.putObject("certificate");
      c.put("kind", "no-threshold");
      deviation(c.putObject("atMaxTau"), d);
      return o;
    }
    double lo = 0;
    double hi = max;
    while (hi - lo > TAU_TOLERANCE / 8 * Math.max(1, hi)) {
      double mid = lo + (hi - lo) / 2;
      if (pne(Solver.solve(g, mid))) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    Deviation d = firstPaying(Solver.solve(g, lo));
    for (int step = 1; d == null && step <= 4; step++) {
      lo = Math.max(0, hi - step * TAU_TOLERANCE / 4 * Math.max(1, hi));
      d = firstPaying(Solver.solve(g, lo));
    }
    if (d == null) {
      throw new InvalidGameException("maxTau", "the threshold is undecided within tolerance (no paying deviation just"
          + " below it)", max);
    }
    o.put("tauStar", hi);
    ObjectNode c = o.putObject("certificate");
    c.put("kind", "threshold");
    ObjectNode b = c.putObject("below");
    b.put("tau", lo);
    deviation(b, d);
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
      ContinuousCheck.deviation(g, max, d, "certificate.atMaxTau");
      return CheckResult.accept("continuous, within tolerances: a deviation pays at maxTau (margins relative "
          + ContinuousCheck.MARGIN_TOLERANCE + "); no tau below stabilizes by Prop 5.3, whose hypotheses " + hyp);
    }
    double t = Fields.number(star, "tauStar");
    if (!(t >= 0) || t > max) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is outside 0..maxTau=" + ReasonNumbers.show(max));
    }
    Fields.only(c, "certificate", "kind", "below");
    Fields.string(c, "certificate", "kind", "threshold");
    double above = t + TAU_TOLERANCE * Math.max(1, t);
    Solution s = Solver.solve(g, t == 0 ? 0 : above);
    if (!pne(s)) {
      Deviation d = s.jumps().stream().filter(x -> x.status() == Status.FAILS || x.status() == Status.UNDECIDED)
          .findFirst().get();
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " does not stabilize: at tau=" + ReasonNumbers.show(t == 0 ? 0 : above)
          + " model " + d.model() + " reaching rank " + d.toRank() + " gains " + ReasonNumbers.show(d.gain()) + " at extra cost "
          + ReasonNumbers.show(d.cost() - d.currentCost()) + " (" + d.status().label() + ")");
    }
    JsonNode below = Fields.required(c, "certificate", "below");
    if (t == 0) {
      if (!below.isNull()) {
        throw new InvalidGameException("certificate.below", "must be null when tauStar is 0", below);
      }
      return CheckResult.accept("continuous, within tolerances: all-zero is a PNE at tau=0 (margins relative "
          + ContinuousCheck.MARGIN_TOLERANCE + ")");
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
    try {
      ContinuousCheck.deviation(g, b, below, "certificate.below");
    } catch (Rejection e) {
      throw new Rejection("tauStar " + ReasonNumbers.show(t) + " is not shown least: " + e.getMessage());
    }
    return CheckResult.accept("continuous, within tolerances: all-zero is a PNE at tauStar + " + TAU_TOLERANCE
        + " max(1, tauStar) and a deviation pays at below.tau (margins relative " + ContinuousCheck.MARGIN_TOLERANCE
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
