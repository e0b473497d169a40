package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.Trajectory;
import org.lbgame.fit.TrajectoryPoint;
import org.lbgame.fit.TrajectorySet;

/**
 * C2 (diminishing returns): raw scores nondecreasing with nonincreasing increments per step, and the fitted curve
 * free of the S-shape: for {@code b > 1}, concave on {@code [0, inf)} iff {@code e^{-z0} (b-1)/(b+1) <= 1} with
 * {@code z0 = a + b log x0} the logit at zero effort ({@code = a} for {@code x0 = 1}, the SPEC's condition).
 */
public final class ReturnsCheck {
  private ReturnsCheck() {
  }

  /** The raw check with standard errors from the data (see {@link NoiseModel#fromData()}). */
  public static List<Finding> raw(TrajectorySet set) {
    return raw(set, NoiseModel.fromData());
  }

  /**
   * Decreases and increasing returns on the raw points of every model. A violation within a Bonferroni band
   * (two-sided 95% over the model's increments and slope changes, at least {@link Tolerance#NOISE_SE} SE of
   * {@code noise}) is undecided, as is one whose noise is unknown: on noisy data isolated wiggles are expected, not
   * evidence. With exact scores (SE 0) every violation fails.
   */
  public static List<Finding> raw(TrajectorySet set, NoiseModel noise) {
    List<Finding> out = new ArrayList<>();
    for (Trajectory t : set.models()) {
      List<TrajectoryPoint> p = t.points();
      int tests = Math.max(1, 2 * p.size() - 3);
      double z = Math.max(Tolerance.NOISE_SE, new NormalDistribution().inverseCumulativeProbability(1 - 0.025 / tests));
      for (int i = 0; i + 1 < p.size(); i++) {
        TrajectoryPoint u = p.get(i);
        TrajectoryPoint v = p.get(i + 1);
        double inc = v.score() - u.score();
        if (inc < 0) {
          double sd = Math.hypot(noise.se(u), noise.se(v));
          out.add(new Finding("C2-raw", t.model(), null, "steps " + OrderingCheck.fmt(u.steps()) + " -> "
              + OrderingCheck.fmt(v.steps()), v.steps(), verdict(-inc, sd, z), inc,
              String.format(Locale.ROOT, "score decreases %.4f -> %.4f%s", u.score(), v.score(), why(-inc, sd, z))));
        }
        if (i + 2 < p.size()) {
          TrajectoryPoint w = p.get(i + 2);
          double d1 = v.steps() - u.steps();
          double d2 = w.steps() - v.steps();
          double m1 = inc / d1;
          double m2 = (w.score() - v.score()) / d2;
          if (m2 > m1) {
            // m2 - m1 = s_w/d2 - s_v (1/d1 + 1/d2) + s_u/d1 for independent points
            double sd = Math.sqrt(sq(noise.se(w) / d2) + sq(noise.se(v) * (1 / d1 + 1 / d2)) + sq(noise.se(u) / d1));
            out.add(new Finding("C2-raw", t.model(), null, "step " + OrderingCheck.fmt(v.steps()), v.steps(),
                verdict(m2 - m1, sd, z), m1 - m2,
                String.format(Locale.ROOT, "returns increase: %.3g/step before, %.3g/step after%s", m1, m2,
                    why(m2 - m1, sd, z))));
          }
        }
      }
    }
    return out;
  }

  private static AuditVerdict verdict(double violation, double sd, double z) {
    return Double.isNaN(sd) || violation <= z * sd && sd > 0 ? AuditVerdict.UNDECIDED : AuditVerdict.FAILS;
  }

  private static String why(double violation, double sd, double z) {
    if (Double.isNaN(sd)) {
      return " (no standard error known; see the noise model)";
    }
    if (sd == 0) {
      return " (exact scores)";
    }
    return String.format(Locale.ROOT, " (%.2f SE, %s %.2f SE)", violation / sd,
        violation <= z * sd ? "within" : "beyond", z);
  }

  private static double sq(double v) {
    return v * v;
  }

  /** The S-curve condition on every fitted curve, with the inflection effort where it fails. */
  public static List<Finding> fitted(FitResult fit) {
    List<Finding> out = new ArrayList<>();
    for (FittedCurve c : fit.curves()) {
      Finding f = sCurve(c);
      if (f.verdict() != AuditVerdict.HOLDS) {
        out.add(f);
      }
    }
    return out;
  }

  /** The C2 verdict of one fitted curve (holds, fails with the convex stretch, or undecided). */
  public static Finding sCurve(FittedCurve c) {
    double b = c.b();
    if (b < 0) {
      return new Finding("C2-fit", c.model(), null, "all x", 0, AuditVerdict.FAILS, b,
          String.format(Locale.ROOT, "b = %.4f < 0: the fitted score decreases with effort", b));
    }
    if (b <= 1) {
      return new Finding("C2-fit", c.model(), null, "all x", 0, AuditVerdict.HOLDS, 1 - b,
          String.format(Locale.ROOT, "b = %.4f <= 1: concave", b));
    }
    double z0 = c.logitValue(0);
    double q = Math.exp(-z0) * (b - 1) / (b + 1);
    double margin = 1 - q;
    if (Tolerance.tiny(margin, 1)) {
      return new Finding("C2-fit", c.model(), null, "x = 0", 0, AuditVerdict.UNDECIDED, margin,
          String.format(Locale.ROOT, "e^{-z0}(b-1)/(b+1) = %.12f, within tolerance of 1", q));
    }
    if (margin > 0) {
      return new Finding("C2-fit", c.model(), null, "all x", 0, AuditVerdict.HOLDS, margin,
          String.format(Locale.ROOT, "b = %.4f > 1 but e^{-z0}(b-1)/(b+1) = %.4f <= 1", b, q));
    }
    // convex while sigmoid(z) < (b-1)/(2b), i.e. z < log((b-1)/(b+1))
    double inflection = Math.exp((Math.log((b - 1) / (b + 1)) - c.a()) / b) - c.offset();
    return new Finding("C2-fit", c.model(), null, "x in [0, " + OrderingCheck.fmt(inflection) + "]", inflection,
        AuditVerdict.FAILS, margin, String.format(Locale.ROOT,
            "S-curve: b = %.4f, e^{-z0}(b-1)/(b+1) = %.4f > 1; convex up to %s steps (score %.4f)", b, q,
            OrderingCheck.fmt(inflection), c.value(inflection)));
  }
}
