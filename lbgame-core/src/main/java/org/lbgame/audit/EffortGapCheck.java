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

  /** The effort-gap profile of pair {@code k}: target scores and gaps. */
  public record Profile(int pair, double[] targets, double[] gaps) {
  }

  /** The profile of pair {@code k} over the measured range of the stronger model. */
  public static Profile profile(FitResult fit, int k) {
    FittedCurve s = fit.curve(k - 1);
    FittedCurve w = fit.curve(k);
    double lo = s.logitValue(0);
    double hi = s.logitValue(Math.max(fit.data().maxSteps(), 1));
    double[] targets = new double[GRID];
    double[] gaps = new double[GRID];
    for (int i = 0; i < GRID; i++) {
      double l = lo + (hi - lo) * i / (GRID - 1);
      targets[i] = s.floor() + (s.ceiling() - s.floor()) * FittedCurve.sigmoid(l);
      // both inverses on the logit scale of the common L, U: exact closed forms, no round trip through s
      gaps[i] = w.reachLogit(l) - s.reachLogit(l);
    }
    return new Profile(k, targets, gaps);
  }

  /** Where the gap first shrinks, per adjacent pair (undecided when the shrinkage is within tolerance). */
  public static List<Finding> fitted(FitResult fit) {
    List<Finding> out = new ArrayList<>();
    for (int k = 1; k < fit.curves().size(); k++) {
      Profile p = profile(fit, k);
      FittedCurve s = fit.curve(k - 1);
      FittedCurve w = fit.curve(k);
      int first = -1;
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
        }
      }
      if (first >= 0) {
        int low = first + 1;
        for (int i = first + 1; i < GRID; i++) {
          if (p.gaps()[i] < p.gaps()[low]) {
            low = i;
          }
        }
        // with C1 holding, the gap can only shrink when the weaker model learns faster (b_k > b_{k-1}); if that
        // difference is within the fit's noise the data cannot tell, so the verdict is undecided
        double se = Math.hypot(s.summary().seB(), w.summary().seB());
        boolean significant = !(se > 0) || w.b() - s.b() > Tolerance.NOISE_SE * se;
        AuditVerdict v = onlyTiny || !significant ? AuditVerdict.UNDECIDED : AuditVerdict.FAILS;
        out.add(new Finding("C3-fit", s.model(), w.model(),
            String.format(Locale.ROOT, "target score %.4f", p.targets()[first]), p.targets()[first], v, worst,
            String.format(Locale.ROOT, "effort gap shrinks from %.4g steps at score %.4f to %.4g at score %.4f%s",
                p.gaps()[first], p.targets()[first], p.gaps()[low], p.targets()[low],
                significant ? "" : " (b difference within " + Tolerance.NOISE_SE + " combined SE)")));
      }
    }
    return out;
  }
}
