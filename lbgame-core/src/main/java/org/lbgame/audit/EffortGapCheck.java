package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;

/**
 * C3 (nondecreasing effort gaps) on the fitted inverses of adjacent pairs: {@code D(s) = X_k(s) - X_{k-1}(s)} at
 * increasing target scores {@code s}, from the stronger model's zero-effort score up to its score at the largest
 * measured step (below that start {@code X_{k-1} = 0} and {@code D = X_k} is nondecreasing anyway).
 */
public final class EffortGapCheck {
  /** Number of target scores on the grid (uniform on the logit scale). */
  public static final int GRID = 400;

  private EffortGapCheck() {
  }

  /**
   * The effort-gap profile of pair {@code k}: target scores, gaps, and the weaker model's effort {@code X_k(s)}
   * (beyond its last measured step the gap is an extrapolation).
   */
  public record Profile(int pair, double[] targets, double[] gaps, double[] weakerEffort) {
  }

  /** The profile of pair {@code k} over the measured range of the stronger model. */
  public static Profile profile(FitResult fit, int k) {
    FittedCurve s = fit.curve(k - 1);
    FittedCurve w = fit.curve(k);
    double lo = s.logitValue(0);
    double hi = s.logitValue(Math.max(fit.data().maxSteps(), 1));
    double[] targets = new double[GRID];
    double[] gaps = new double[GRID];
    double[] effort = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      double l = lo + (hi - lo) * i / (GRID - 1);
      targets[i] = s.floor() + (s.ceiling() - s.floor()) * FittedCurve.sigmoid(l);
      // both inverses on the logit scale of the common L, U: exact closed forms, no round trip through s
      effort[i] = w.reachLogit(l);
      gaps[i] = effort[i] - s.reachLogit(l);
    }
    return new Profile(k, targets, gaps, effort);
  }

  /**
   * Where the gap first shrinks, per adjacent pair. It fails only where both efforts lie within the models'
   * measured steps and the cause is established: the weaker model learning faster by more than
   * {@link Tolerance#NOISE_SE} combined SE of {@code b}, or (with {@code b_k <= b_{k-1}}, when the gap can shrink
   * only because the weaker model's curve is above the stronger's) C1-fit failing for the pair. Otherwise undecided,
   * with the reason.
   */
  public static List<Finding> fitted(FitResult fit) {
    List<Finding> out = new ArrayList<>();
    for (int k = 1; k < fit.curves().size(); k++) {
      Profile p = profile(fit, k);
      FittedCurve s = fit.curve(k - 1);
      FittedCurve w = fit.curve(k);
      double[] rw = w.summary().stepRange();
      double[] rs = s.summary().stepRange();
      int first = -1;
      int firstMeasured = -1;
      double worst = 0;
      boolean onlyTiny = true;
      for (int i = 0; i + 1 < GRID; i++) {
        double g0 = p.gaps()[i];
        double g1 = p.gaps()[i + 1];
        if (Double.isInfinite(g1) || !(g1 < g0)) {
          continue;
        }
        if (first < 0) {
          first = i;
        }
        worst = Math.min(worst, g1 - g0);
        if (!Tolerance.tiny(g1 - g0, g0)) {
          onlyTiny = false;
          // both efforts at both ends of the step must lie within the model's measured steps
          if (firstMeasured < 0 && measured(p, i, rs, rw) && measured(p, i + 1, rs, rw)) {
            firstMeasured = i;
          }
        }
      }
      if (first < 0) {
        continue;
      }
      int at = firstMeasured >= 0 ? firstMeasured : first;
      int low = at + 1;
      for (int i = at + 1; i < GRID; i++) {
        if (p.gaps()[i] < p.gaps()[low]) {
          low = i;
        }
      }
      AuditVerdict v;
      String why;
      double se = Math.hypot(s.summary().seB(), w.summary().seB());
      double db = w.b() - s.b();
      if (onlyTiny) {
        v = AuditVerdict.UNDECIDED;
        why = "within the numerical tolerance";
      } else if (firstMeasured < 0) {
        v = AuditVerdict.UNDECIDED;
        why = String.format(Locale.ROOT, "only at target scores the models reach outside their measured steps "
            + "(weaker [%s, %s], stronger [%s, %s]; efforts there %.4g and %.4g steps): an extrapolation",
            OrderingCheck.fmt(rw[0]), OrderingCheck.fmt(rw[1]), OrderingCheck.fmt(rs[0]), OrderingCheck.fmt(rs[1]),
            p.weakerEffort()[first + 1], p.weakerEffort()[first + 1] - p.gaps()[first + 1]);
      } else if (db > 0) {
        boolean significant = !(se > 0) || db > Tolerance.NOISE_SE * se;
        v = significant ? AuditVerdict.FAILS : AuditVerdict.UNDECIDED;
        why = "the weaker model learns faster: b " + String.format(Locale.ROOT, "%.4f > %.4f", w.b(), s.b())
            + (se > 0 ? String.format(Locale.ROOT, ", %.2f combined SE", db / se) : "")
            + (significant ? "" : ", within " + OrderingCheck.fmt(Tolerance.NOISE_SE) + " combined SE");
      } else {
        // with b_k <= b_{k-1} the gap grows wherever the stronger curve is above: it shrinks because C1 fails
        Finding c1 = OrderingCheck.fittedPair(s, w);
        v = c1 == null ? AuditVerdict.UNDECIDED : c1.verdict();
        why = String.format(Locale.ROOT, "the weaker model does not learn faster (b %.4f <= %.4f%s); the gap shrinks "
            + "because its fitted curve is above the stronger's: C1-fit %s for this pair", w.b(), s.b(),
            se > 0 ? String.format(Locale.ROOT, ", %.2f combined SE", -db / se) : "",
            c1 == null ? "holds up to rounding" : c1.verdict().label());
      }
      out.add(new Finding("C3-fit", s.model(), w.model(),
          String.format(Locale.ROOT, "target score %.4f", p.targets()[at]), p.targets()[at], v, worst,
          String.format(Locale.ROOT, "effort gap shrinks from %.4g steps at score %.4f to %.4g at score %.4f (%s)",
              p.gaps()[at], p.targets()[at], p.gaps()[low], p.targets()[low], why)));
    }
    return out;
  }

  /** True when both models' efforts at grid point {@code i} lie within their measured steps. */
  private static boolean measured(Profile p, int i, double[] strongRange, double[] weakRange) {
    double xw = p.weakerEffort()[i];
    double xs = xw - p.gaps()[i];
    return xw >= weakRange[0] && xw <= weakRange[1] && xs >= strongRange[0] && xs <= strongRange[1];
  }
}
