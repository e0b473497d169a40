package org.lbgame.fit;

import java.util.List;

/**
 * The OLS summary of one model's fit of {@code logit(sn)} on {@code log(x0 + x)}: points used, R^2, standard
 * errors and t-based confidence intervals of the intercept {@code a} and slope {@code b}, residuals.
 */
public final class RegressionSummary {
  private final int n;
  private final double rSquared;
  private final double seA;
  private final double seB;
  private final double[] ciA;
  private final double[] ciB;
  private final double confidence;
  private final double[] residuals;
  private final double[] usedSteps;
  private final List<ExcludedPoint> excluded;

  private RegressionSummary(int n, double rSquared, double seA, double seB, double[] ciA, double[] ciB,
      double confidence, double[] residuals, double[] usedSteps, List<ExcludedPoint> excluded) {
    this.n = n;
    this.rSquared = rSquared;
    this.seA = seA;
    this.seB = seB;
    this.ciA = ciA;
    this.ciB = ciB;
    this.confidence = confidence;
    this.residuals = residuals;
    this.usedSteps = usedSteps;
    this.excluded = excluded;
  }

  /** A summary; the intervals are {@code {lo, hi}} (NaN when fewer than 3 points leave no degrees of freedom). */
  public static RegressionSummary of(int n, double rSquared, double seA, double seB, double[] ciA, double[] ciB,
      double confidence, double[] residuals, double[] usedSteps, List<ExcludedPoint> excluded) {
    return new RegressionSummary(n, rSquared, seA, seB, ciA.clone(), ciB.clone(), confidence, residuals.clone(),
        usedSteps.clone(), List.copyOf(excluded));
  }

  /** A summary for a curve given rather than fitted. */
  public static RegressionSummary none() {
    double[] nan = {Double.NaN, Double.NaN};
    return of(0, Double.NaN, Double.NaN, Double.NaN, nan, nan, Double.NaN, new double[0], new double[0], List.of());
  }

  /** Number of points in the regression. */
  public int n() {
    return n;
  }

  /** Coefficient of determination on the logit scale. */
  public double rSquared() {
    return rSquared;
  }

  /** Standard error of {@code a}. */
  public double seA() {
    return seA;
  }

  /** Standard error of {@code b}. */
  public double seB() {
    return seB;
  }

  /** Confidence interval {@code {lo, hi}} of {@code a}. */
  public double[] ciA() {
    return ciA.clone();
  }

  /** Confidence interval {@code {lo, hi}} of {@code b}. */
  public double[] ciB() {
    return ciB.clone();
  }

  /** Confidence level of the intervals. */
  public double confidence() {
    return confidence;
  }

  /** Residuals (observed minus fitted logit) of the used points, in the order of {@link #usedSteps()}. */
  public double[] residuals() {
    return residuals.clone();
  }

  /** Steps of the used points. */
  public double[] usedSteps() {
    return usedSteps.clone();
  }

  /** Points dropped or clamped because their score lies at or beyond L or U. */
  public List<ExcludedPoint> excluded() {
    return excluded;
  }
}
