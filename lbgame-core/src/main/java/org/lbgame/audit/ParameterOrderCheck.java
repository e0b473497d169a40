package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;

/**
 * The paper's sufficient condition for C1-C3 on the fitted curves (common {@code L, U}, {@code x0 = 1}): the
 * intercept {@code a} and the slope {@code b} increase with capability. Every pair is compared, not only
 * neighbours, so a small model whose curve starts above two or three larger ones shows as two or three inversions.
 */
public final class ParameterOrderCheck {
  private ParameterOrderCheck() {
  }

  /** Every inversion of {@code a}, then of {@code b}, over all pairs strongest-first (ties count: C1 is strict). */
  public static List<ParameterInversion> inversions(FitResult fit) {
    List<ParameterInversion> out = new ArrayList<>();
    for (String p : new String[] {"a", "b"}) {
      boolean a = p.equals("a");
      for (int i = 0; i < fit.curves().size(); i++) {
        FittedCurve s = fit.curve(i);
        double vs = a ? s.a() : s.b();
        double ss = a ? s.summary().seA() : s.summary().seB();
        for (int j = i + 1; j < fit.curves().size(); j++) {
          FittedCurve w = fit.curve(j);
          double vw = a ? w.a() : w.b();
          if (vw >= vs) {
            double sw = a ? w.summary().seA() : w.summary().seB();
            out.add(new ParameterInversion(p, s.model(), w.model(), vs, vw, Math.hypot(ss, sw)));
          }
        }
      }
    }
    return out;
  }
}
