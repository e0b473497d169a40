package org.lbgame.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether one model's fit can be relied on: poor when R^2 is under a threshold, when the confidence interval of
 * the slope {@code b} contains 0 (the data do not show that effort raises the score), or when the fit is
 * degenerate (fewer than 3 points, so no interval; or every used point on one logit, so R^2 is undefined, e.g.
 * after clamping). A noise-free exact fit ({@code R^2 = 1}, zero standard errors) is good.
 */
public final class FitQuality {
  /** Default threshold on R^2 (logit scale). */
  public static final double DEFAULT_MIN_R_SQUARED = 0.5;

  private final String model;
  private final List<String> reasons;

  private FitQuality(String model, List<String> reasons) {
    this.model = model;
    this.reasons = reasons;
  }

  /** The verdict on {@code c}'s regression with threshold {@code minRSquared} in [0, 1]. */
  public static FitQuality of(FittedCurve c, double minRSquared) {
    if (!(minRSquared >= 0 && minRSquared <= 1)) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--min-r2", "must lie in [0, 1]",
          Double.toString(minRSquared));
    }
    RegressionSummary s = c.summary();
    List<String> r = new ArrayList<>();
    double r2 = s.rSquared();
    double[] ci = s.ciB();
    if (s.n() < 3) {
      r.add("degenerate: " + s.n() + " points leave no degrees of freedom for a confidence interval");
    } else if (Double.isNaN(r2)) {
      r.add(String.format(Locale.ROOT, "degenerate: every used point has the same logit (b = %.4g, SE %.3g, R^2 "
          + "undefined)%s", c.b(), s.seB(), s.excluded().isEmpty() ? "" : ", " + s.excluded().size()
          + " points clamped or dropped"));
    } else {
      if (r2 < minRSquared) {
        r.add(String.format(Locale.ROOT, "R^2 = %.3f < %.2f", r2, minRSquared));
      }
      if (ci[0] <= 0 && ci[1] >= 0) {
        r.add(String.format(Locale.ROOT, "%d%% CI of b [%.4f, %.4f] contains 0", Math.round(100 * s.confidence()),
            ci[0], ci[1]));
      }
    }
    return new FitQuality(c.model(), List.copyOf(r));
  }

  /** The model. */
  public String model() {
    return model;
  }

  /** True when no reason makes the fit poor. */
  public boolean good() {
    return reasons.isEmpty();
  }

  /** Why the fit is poor (empty when good). */
  public List<String> reasons() {
    return reasons;
  }

  /** {@code good} or {@code poor: reasons}. */
  public String describe() {
    return good() ? "good" : "poor: " + String.join("; ", reasons);
  }
}
