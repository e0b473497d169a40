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
  private final double covAB;
  private final double[] ciA;
  private final double[] ciB;
  private final double confidence;
  private final double[] residuals;
  private final double[] usedSteps;
  private final List<ExcludedPoint> excluded;

  private RegressionSummary(int n, double rSquared, double seA, double seB, double covAB, double[] ciA, double[] ciB,
      double confidence, double[] residuals, double[] usedSteps, List<ExcludedPoint> excluded) {
    this.n = n;
    this.rSquared = rSquared;
    this.seA = seA;
    this.seB = seB;
    this.covAB = covAB;
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
    return of(n, rSquared, seA, seB, Double.NaN, ciA, ciB, confidence, residuals, usedSteps, excluded);
  }

  /** A summary with the estimated covariance of {@code a} and {@code b} ({@code -mean(u) s^2 / Sxx} for OLS). */
  public static RegressionSummary of(int n, double rSquared, double seA, double seB, double covAB, double[] ciA,
      double[] ciB, double confidence, double[] residuals, double[] usedSteps, List<ExcludedPoint> excluded) {
    return new RegressionSummary(n, rSquared, seA, seB, covAB, ciA.clone(), ciB.clone(), confidence,
        residuals.clone(), usedSteps.clone(), List.copyOf(excluded));
  }

  /** A summary for a curve given rather than fitted. */
  public static RegressionSummary none() {
    double[] nan = {Double.NaN, Double.NaN};
    return of(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, nan, nan, Double.NaN, new double[0], new double[0],
        List.of());
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

  /** Estimated covariance of {@code a} and {@code b} (NaN when unknown). */
  public double covAB() {
    return covAB;
  }

  /**
   * Standard error of the fitted logit {@code a + b u} at {@code u = log(x0 + x)}:
   * {@code sqrt(SE(a)^2 + u^2 SE(b)^2 + 2 u cov(a, b))} (NaN when the covariance is unknown).
   */
  public double seFittedLogit(double u) {
    double v = seA * seA + u * u * seB * seB + 2 * u * covAB;
    return Math.sqrt(Math.max(0, v));
  }

  /** Smallest and largest step among the used points ({@code {NaN, NaN}} when none). */
  public double[] stepRange() {
    double lo = Double.NaN;
    double hi = Double.NaN;
    for (double s : usedSteps) {
      lo = Double.isNaN(lo) ? s : Math.min(lo, s);
      hi = Double.isNaN(hi) ? s : Math.max(hi, s);
    }
    return new double[] {lo, hi};
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
