package org.lbgame.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Per-model ordinary least squares of {@code logit((score - L)/(U - L))} on {@code log(x0 + steps)} (SPEC section
 * 4, appendix D of the paper). Points at or beyond {@code L} or {@code U} are dropped or clamped, and listed.
 */
public final class PowerLawFitter {
  private PowerLawFitter() {
  }

  /** Fits every model of {@code set}; the ceiling is estimated first when the options ask for it. */
  public static FitResult fitAll(TrajectorySet set, FitOptions options) {
    String ceilingNote;
    double ceiling;
    if (options.estimateCeiling()) {
      CeilingEstimator.Estimate e = CeilingEstimator.estimate(set, options);
      ceiling = e.ceiling();
      ceilingNote = e.note();
    } else {
      ceiling = options.ceiling();
      ceilingNote = String.format(Locale.ROOT, "U = %s (%s)", num(ceiling),
          options.ceilingGiven() ? "given" : "default: the top of the accuracy scale; pass --ceiling, or --ceiling estimate");
    }
    String floorNote = String.format(Locale.ROOT, "L = %s (%s)", num(options.floor()),
        options.floorGiven() ? "given, e.g. the task's chance level" : "default; pass --floor with the task's chance level");
    if (!(options.floor() < ceiling)) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--ceiling", "must exceed the floor " + num(options.floor()), num(ceiling));
    }
    List<FittedCurve> curves = new ArrayList<>();
    for (Trajectory t : set.models()) {
      curves.add(fit(t, options.floor(), ceiling, options));
    }
    return FitResult.of(set, options, options.floor(), ceiling, floorNote, ceilingNote, curves);
  }

  /** Fits one trajectory with floor {@code l} and ceiling {@code u}. */
  public static FittedCurve fit(Trajectory t, double l, double u, FitOptions options) {
    double x0 = options.offset();
    double eps = FitOptions.CLAMP_EPSILON;
    SimpleRegression reg = new SimpleRegression(true);
    List<ExcludedPoint> excluded = new ArrayList<>();
    List<double[]> used = new ArrayList<>();
    for (TrajectoryPoint p : t.points()) {
      double s = p.score();
      String reason = null;
      double clamped = Double.NaN;
      if (s <= l) {
        reason = "score " + num(s) + " <= floor L = " + num(l);
        clamped = l + eps * (u - l);
      } else if (s >= u) {
        reason = "score " + num(s) + " >= ceiling U = " + num(u);
        clamped = u - eps * (u - l);
      }
      if (reason != null) {
        if (options.policy() == OutOfRangePolicy.DROP) {
          excluded.add(ExcludedPoint.of(p, reason, OutOfRangePolicy.DROP, Double.NaN));
          continue;
        }
        excluded.add(ExcludedPoint.of(p, reason, OutOfRangePolicy.CLAMP, clamped));
        s = clamped;
      }
      double xv = Math.log(x0 + p.steps());
      double yv = FittedCurve.logit((s - l) / (u - l));
      reg.addData(xv, yv);
      used.add(new double[] {p.steps(), xv, yv});
    }
    int n = used.size();
    long distinct = used.stream().mapToDouble(r -> r[0]).distinct().count();
    if (n < 2 || distinct < 2) {
      TrajectoryPoint p = t.points().get(t.points().size() - 1);
      throw InvalidTrajectoryException.of(p.source(), 0, "score",
          "model " + t.model() + " needs at least 2 points at distinct steps strictly between L and U (has " + n + ")",
          Integer.toString(n));
    }
    double a = reg.getIntercept();
    double b = reg.getSlope();
    double[] ciA = {Double.NaN, Double.NaN};
    double[] ciB = {Double.NaN, Double.NaN};
    double seA = Double.NaN;
    double seB = Double.NaN;
    double cov = Double.NaN;
    if (n > 2) {
      seA = reg.getInterceptStdErr();
      seB = reg.getSlopeStdErr();
      double meanU = 0;
      for (double[] r : used) {
        meanU += r[1] / n;
      }
      cov = -meanU * reg.getMeanSquareError() / reg.getXSumSquares();
      double tq = new TDistribution(n - 2).inverseCumulativeProbability(0.5 + options.confidence() / 2);
      ciA = new double[] {a - tq * seA, a + tq * seA};
      ciB = new double[] {b - tq * seB, b + tq * seB};
    }
    double[] residuals = new double[n];
    double[] steps = new double[n];
    for (int i = 0; i < n; i++) {
      double[] r = used.get(i);
      steps[i] = r[0];
      residuals[i] = r[2] - (a + b * r[1]);
    }
    RegressionSummary summary = RegressionSummary.of(n, reg.getRSquare(), seA, seB, cov, ciA, ciB,
        options.confidence(), residuals, steps, excluded);
    return FittedCurve.of(t.model(), a, b, l, u, x0, summary);
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.6g", v);
  }
}
