package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/**
 * C1 (monotone in capability) on every pair {@code i < j}: at every measured step the stronger model scores
 * strictly higher (raw points), and the fitted curves keep the order (fitted logits). A violation fails only when
 * it lies where both models were measured and exceeds {@link Tolerance#NOISE_SE} standard errors; a crossing of
 * the fitted curves outside the measured steps is an extrapolation and undecided, as is a raw violation whose noise
 * is unknown.
 */
public final class OrderingCheck {
  private OrderingCheck() {
  }

  /** The raw check with standard errors from the data (see {@link NoiseModel#fromData()}). */
  public static List<Finding> raw(TrajectorySet set) {
    return raw(set, NoiseModel.fromData());
  }

  /**
   * Every inversion or tie on the raw points, for every pair measured at the same step: it fails when the weaker
   * model's lead exceeds {@link Tolerance#NOISE_SE} combined standard errors of {@code noise} (with exact scores a
   * tie fails, C1 being strict), and is undecided within that band or when the noise is unknown.
   */
  public static List<Finding> raw(TrajectorySet set, NoiseModel noise) {
    List<Finding> out = new ArrayList<>();
    int n = set.size();
    double[] score = new double[n];
    double[] se = new double[n];
    boolean[] has = new boolean[n];
    int[] cursor = new int[n];
    for (double step : set.allSteps()) {
      // one merge pass per model over its sorted points: linear in the number of points overall
      for (int i = 0; i < n; i++) {
        List<TrajectoryPoint> pts = set.get(i).points();
        while (cursor[i] < pts.size() && pts.get(cursor[i]).steps() < step) {
          cursor[i]++;
        }
        has[i] = cursor[i] < pts.size() && pts.get(cursor[i]).steps() == step;
        if (has[i]) {
          score[i] = pts.get(cursor[i]).score();
          se[i] = noise.se(pts.get(cursor[i]));
        }
      }
      for (int i = 0; i < n; i++) {
        if (!has[i]) {
          continue;
        }
        for (int j = i + 1; j < n; j++) {
          if (!has[j] || score[i] > score[j]) {
            continue;
          }
          // exact comparison of the given numbers: a tie is a violation of the strict C1
          double gap = score[j] - score[i];
          double combined = Math.hypot(se[i], se[j]);
          AuditVerdict v;
          String why;
          if (Double.isNaN(combined)) {
            v = AuditVerdict.UNDECIDED;
            why = "no standard error known (see the noise model)";
          } else if (combined > 0 && gap <= Tolerance.NOISE_SE * combined) {
            v = AuditVerdict.UNDECIDED;
            why = Decimals.fixed(gap / combined, 2) + " combined SE, within " + fmt(Tolerance.NOISE_SE);
          } else {
            v = AuditVerdict.FAILS;
            why = combined > 0 ? Decimals.fixed(gap / combined, 2) + " combined SE" : "exact scores";
          }
          out.add(new Finding("C1-raw", set.get(i).model(), set.get(j).model(), "step " + fmt(step), step, v, -gap,
              (gap == 0 ? "tie: " : "inversion: ") + Decimals.fixed(score[i], 4) + " (stronger) vs "
                  + Decimals.fixed(score[j], 4) + " (weaker), " + why));
        }
      }
    }
    return out;
  }

  /**
   * C1 on the fitted curves of every pair. With common {@code L, U, x0} the logit gap
   * {@code g(u) = (a_i - a_j) + (b_i - b_j) u}, {@code u = log(x0 + x)}, is linear, so on the steps both models
   * were measured at it is smallest at an end of that range; it fails there only beyond {@link Tolerance#NOISE_SE}
   * standard errors of the fitted logits. A sign change outside that range (below the first or beyond the last
   * common step, in closed form {@code x* = e^{-(a_i - a_j)/(b_i - b_j)} - x0}) is an extrapolation: undecided,
   * and listed for adjacent pairs only (see the comment in the loop).
   */
  public static List<Finding> fitted(FitResult fit) {
    List<Finding> out = new ArrayList<>();
    int n = fit.curves().size();
    double[][] ranges = new double[n][];
    for (int i = 0; i < n; i++) {
      ranges[i] = fit.curve(i).summary().stepRange();
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        // an extrapolated crossing of a non-adjacent pair adds nothing: if every adjacent pair kept its order on
        // [0, inf) every pair would (the order is transitive at each x), so some adjacent pair is already undecided
        // or failing; listing them all would make the report quadratic in the number of models
        Finding f = fittedPair(fit.curve(i), fit.curve(j), ranges[i], ranges[j], j == i + 1);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  /** The C1-fit finding of one pair (stronger {@code s}, weaker {@code w}), null when the order holds throughout. */
  static Finding fittedPair(FittedCurve s, FittedCurve w) {
    return fittedPair(s, w, s.summary().stepRange(), w.summary().stepRange(), true);
  }

  /**
   * The same with the models' measured step ranges {@code rs}, {@code rw}, null also for an extrapolated crossing
   * unless {@code extrapolated} asks for it.
   */
  static Finding fittedPair(FittedCurve s, FittedCurve w, double[] rs, double[] rw, boolean extrapolated) {
    if (s.floor() != w.floor() || s.ceiling() != w.ceiling() || s.offset() != w.offset()) {
      throw new IllegalArgumentException("C1 on fitted curves needs common L, U, x0");
    }
    double x0 = s.offset();
    double lo = Math.max(rs[0], rw[0]);
    double hi = Math.min(rs[1], rw[1]);
    double da = s.a() - w.a();
    double db = s.b() - w.b();
    double cross = db != 0 ? Math.exp(-da / db) - x0 : Double.NaN;
    if (lo <= hi) {
      double gLo = gap(s, w, lo);
      double gHi = gap(s, w, hi);
      double xm = gLo <= gHi ? lo : hi;
      double gm = Math.min(gLo, gHi);
      boolean tiny = Tolerance.tiny(gm, s.logitValue(xm));
      if (gm <= 0 || tiny) {
        // the words only for a finding: every pair of models is checked, most hold
        String range = range(lo, hi);
        double u = Math.log(x0 + xm);
        double se = Math.hypot(s.summary().seFittedLogit(u), w.summary().seFittedLogit(u));
        AuditVerdict v;
        String why;
        if (tiny) {
          v = AuditVerdict.UNDECIDED;
          why = "within the numerical tolerance";
        } else if (Double.isNaN(se)) {
          v = AuditVerdict.UNDECIDED;
          why = "no standard error of the fits (fewer than 3 points)";
        } else if (-gm <= Tolerance.NOISE_SE * se) {
          v = AuditVerdict.UNDECIDED;
          why = Decimals.fixed(-gm / se, 2) + " SE of the fitted logits, within " + fmt(Tolerance.NOISE_SE);
        } else {
          v = AuditVerdict.FAILS;
          why = se > 0 ? Decimals.fixed(-gm / se, 2) + " SE of the fitted logits" : "exact fits";
        }
        String where = gLo > 0 ? "x in [" + fmt(cross) + ", " + fmt(hi) + "]"
            : gHi > 0 ? "x in [" + fmt(lo) + ", " + fmt(cross) + "]" : "x in " + range;
        return new Finding("C1-fit", s.model(), w.model(), where, xm, v, gm, "the weaker model's fitted curve is "
            + "above inside the measured range " + range + ": logits at x = " + fmt(xm) + " "
            + Decimals.fixed(s.logitValue(xm), 4) + " (stronger) vs " + Decimals.fixed(w.logitValue(xm), 4)
            + " (weaker), " + why);
      }
    }
    double g0 = gap(s, w, 0);
    boolean below = g0 <= 0 && !(lo <= hi && lo == 0);
    boolean beyond = db < 0 && !Tolerance.tiny(db, s.b());
    if (!below && !beyond || !extrapolated) {
      return null;
    }
    String range = range(lo, hi);
    String side = lo > hi ? "the two models share no measured step"
        : below ? "below the first step both were measured at (" + fmt(lo) + ")"
            : "beyond the last step both were measured at (" + fmt(hi) + "): the weaker model learns faster (b "
                + String.format(Locale.ROOT, "%.4f > %.4f)", w.b(), s.b());
    return new Finding("C1-fit", s.model(), w.model(), "x = " + fmt(cross), cross, AuditVerdict.UNDECIDED,
        below ? g0 : db, String.format(Locale.ROOT, "the fitted curves cross at %s steps, %s; the measured range "
            + "of the pair is %s: an extrapolated crossing, undecided", fmt(cross), side, range));
  }

  /** The common measured steps {@code [lo, hi]} as printed, "none" when empty. */
  private static String range(double lo, double hi) {
    return lo <= hi ? "[" + fmt(lo) + ", " + fmt(hi) + "]" : "none";
  }

  private static double gap(FittedCurve s, FittedCurve w, double x) {
    return s.logitValue(x) - w.logitValue(x);
  }

  static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.4g", v);
  }
}
