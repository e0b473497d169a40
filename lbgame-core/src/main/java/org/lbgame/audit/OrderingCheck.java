package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/**
 * C1 (monotone in capability): at every measured step the stronger model scores strictly higher (raw points,
 * every pair), and the fitted curves keep the order on {@code [0, inf)} (adjacent pairs).
 */
public final class OrderingCheck {
  private OrderingCheck() {
  }

  /**
   * Every inversion or tie on the raw points, for every pair {@code i < j} measured at the same step; a violation
   * within {@link Tolerance#NOISE_SE} combined standard errors is undecided, otherwise it fails.
   */
  public static List<Finding> raw(TrajectorySet set) {
    List<Finding> out = new ArrayList<>();
    for (double step : set.allSteps()) {
      for (int i = 0; i < set.size(); i++) {
        TrajectoryPoint pi = set.get(i).pointAt(step);
        if (pi == null) {
          continue;
        }
        for (int j = i + 1; j < set.size(); j++) {
          TrajectoryPoint pj = set.get(j).pointAt(step);
          if (pj == null || pi.score() > pj.score()) {
            continue;
          }
          // exact comparison of the given numbers: a tie is a violation of the strict C1
          double gap = pj.score() - pi.score();
          boolean noise = pi.hasStderr() && pj.hasStderr()
              && gap <= Tolerance.NOISE_SE * Math.hypot(pi.stderr(), pj.stderr());
          String what = gap == 0 ? "tie" : "inversion";
          out.add(new Finding("C1-raw", set.get(i).model(), set.get(j).model(), "step " + fmt(step), step,
              noise ? AuditVerdict.UNDECIDED : AuditVerdict.FAILS, -gap,
              String.format(Locale.ROOT, "%s: %.4f (stronger) vs %.4f (weaker)%s", what, pi.score(), pj.score(),
                  noise ? ", within " + Tolerance.NOISE_SE + " combined SE" : "")));
        }
      }
    }
    return out;
  }

  /**
   * C1 on the fitted curves of adjacent pairs. With common {@code L, U, x0} the logit gap is linear in
   * {@code log(x0 + x)}, so the order holds on {@code [0, inf)} iff it holds at {@code x = 0} and the weaker
   * model does not learn faster; otherwise the crossing effort is given in closed form.
   */
  public static List<Finding> fitted(FitResult fit) {
    List<Finding> out = new ArrayList<>();
    double maxStep = fit.data().maxSteps();
    for (int k = 1; k < fit.curves().size(); k++) {
      FittedCurve s = fit.curve(k - 1);
      FittedCurve w = fit.curve(k);
      if (s.floor() != w.floor() || s.ceiling() != w.ceiling() || s.offset() != w.offset()) {
        throw new IllegalArgumentException("C1 on fitted curves needs common L, U, x0");
      }
      double da = s.a() - w.a();
      double db = s.b() - w.b();
      double gap0 = s.logitValue(0) - w.logitValue(0);
      if (gap0 <= 0 || Tolerance.tiny(gap0, s.logitValue(0))) {
        out.add(new Finding("C1-fit", s.model(), w.model(), "x = 0", 0,
            Tolerance.tiny(gap0, s.logitValue(0)) ? AuditVerdict.UNDECIDED : AuditVerdict.FAILS, gap0,
            String.format(Locale.ROOT, "fitted logits at x = 0: %.4f (stronger) vs %.4f (weaker)",
                s.logitValue(0), w.logitValue(0))));
        continue;
      }
      if (db < 0 && !Tolerance.tiny(db, s.b())) {
        // logit gap da + db * u reaches 0 at u* = -da / db
        double cross = Math.exp(-da / db) - s.offset();
        boolean inRange = cross <= maxStep;
        // beyond the data the crossing is an extrapolation: it fails only if the slopes differ significantly
        double se = Math.hypot(s.summary().seB(), w.summary().seB());
        boolean significant = !(se > 0) || -db > Tolerance.NOISE_SE * se;
        AuditVerdict v = inRange || significant ? AuditVerdict.FAILS : AuditVerdict.UNDECIDED;
        out.add(new Finding("C1-fit", s.model(), w.model(), "x = " + fmt(cross), cross, v, db,
            String.format(Locale.ROOT, "the weaker model learns faster (b %.4f > %.4f%s): its fitted curve crosses at "
                + "%s steps, %s the measured range [0, %s]", w.b(), s.b(),
                Double.isNaN(se) || se == 0 ? "" : String.format(Locale.ROOT, ", difference %.1f combined SE", -db / se),
                fmt(cross), inRange ? "inside" : "beyond", fmt(maxStep))));
      }
    }
    return out;
  }

  static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
