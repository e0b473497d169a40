package org.lbgame.fit;

import java.util.Locale;

/**
 * Estimates one common ceiling {@code U} by profile least squares: for each {@code U} on a log-spaced grid above
 * the largest observed score {@code M}, fit every model by OLS on the logit scale and sum the squared residuals
 * on the score scale; the {@code U} with the smallest sum wins. The grid is {@code U = M + (M - L) 10^t},
 * {@code t} in {@code [-3, 1]}, capped at 1 when every score and {@code L} lie in {@code [0, 1]} (accuracies).
 */
public final class CeilingEstimator {
  private static final int GRID = 241;

  private CeilingEstimator() {
  }

  /** The chosen ceiling and a sentence saying how it was chosen. */
  public record Estimate(double ceiling, double sse, String note) {
  }

  /** Estimates {@code U} for {@code set} under {@code options} (floor, offset, policy). */
  public static Estimate estimate(TrajectorySet set, FitOptions options) {
    double l = options.floor();
    double max = Double.NEGATIVE_INFINITY;
    double min = Double.POSITIVE_INFINITY;
    for (Trajectory t : set.models()) {
      for (TrajectoryPoint p : t.points()) {
        max = Math.max(max, p.score());
        min = Math.min(min, p.score());
      }
    }
    if (!(max > l)) {
      throw InvalidTrajectoryException.of(set.source(), 0, "score", "must exceed the floor somewhere to estimate U",
          Double.toString(max));
    }
    boolean unit = min >= 0 && max <= 1 && l >= 0;
    double span = max - l;
    double best = Double.NaN;
    double bestSse = Double.POSITIVE_INFINITY;
    int bestIndex = -1;
    int count = 0;
    for (int i = 0; i < GRID; i++) {
      double u = max + span * Math.pow(10, -3 + 4.0 * i / (GRID - 1));
      if (unit && u > 1) {
        if (max >= 1) {
          break;
        }
        u = 1;
      }
      count++;
      double sse = 0;
      for (Trajectory t : set.models()) {
        FittedCurve c = PowerLawFitter.fit(t, l, u, options);
        for (TrajectoryPoint p : t.points()) {
          double r = p.score() - c.value(p.steps());
          sse += r * r;
        }
      }
      if (sse < bestSse) {
        bestSse = sse;
        best = u;
        bestIndex = count - 1;
      }
      if (u == 1 && unit) {
        break;
      }
    }
    if (Double.isNaN(best)) {
      throw InvalidTrajectoryException.of(set.source(), 0, "score", "reaches 1 on the accuracy scale: give --ceiling",
          Double.toString(max));
    }
    String edge = bestIndex == 0 || bestIndex == count - 1
        ? " The minimum lies at the edge of the grid, so U is poorly identified by these data." : "";
    String note = String.format(Locale.ROOT,
        "U = %.6g estimated by profile least squares (common U on %d grid values in (%.6g, %.6g], minimizing the "
            + "score-scale sum of squared residuals %.4g over all models).%s",
        best, count, max, unit ? Math.min(1, max + span * 10) : max + span * 10, bestSse, edge);
    return new Estimate(best, bestSse, note);
  }
}
