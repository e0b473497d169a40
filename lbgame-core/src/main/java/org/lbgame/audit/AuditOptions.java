package org.lbgame.audit;

import org.lbgame.fit.FitQuality;
import org.lbgame.fit.InvalidTrajectoryException;

/**
 * How the audit judges the data: the noise model of the raw checks, the R^2 threshold of the fit-quality verdict,
 * and whether poor fits still feed the designer's side ({@code tau*}, Prop 5.6).
 */
public final class AuditOptions {
  private final NoiseModel noise;
  private final double minRSquared;
  private final boolean usePoorFits;

  private AuditOptions(NoiseModel noise, double minRSquared, boolean usePoorFits) {
    this.noise = noise;
    this.minRSquared = minRSquared;
    this.usePoorFits = usePoorFits;
  }

  /** Noise from the data, R^2 threshold {@link FitQuality#DEFAULT_MIN_R_SQUARED}, poor fits left out. */
  public static AuditOptions defaults() {
    return new AuditOptions(NoiseModel.fromData(), FitQuality.DEFAULT_MIN_R_SQUARED, false);
  }

  /** With the noise model of the raw checks. */
  public AuditOptions withNoise(NoiseModel n) {
    return new AuditOptions(n, minRSquared, usePoorFits);
  }

  /** With the R^2 threshold in [0, 1] below which a fit is poor. */
  public AuditOptions withMinRSquared(double r2) {
    if (!(r2 >= 0 && r2 <= 1)) {
      throw InvalidTrajectoryException.of(InvalidTrajectoryException.OPTIONS, 0, "--min-r2", "must lie in [0, 1]",
          Double.toString(r2));
    }
    return new AuditOptions(noise, r2, usePoorFits);
  }

  /** With poor fits kept in the designer's game ({@code --use-poor-fits}). */
  public AuditOptions withPoorFitsUsed(boolean use) {
    return new AuditOptions(noise, minRSquared, use);
  }

  /** The noise model. */
  public NoiseModel noise() {
    return noise;
  }

  /** The R^2 threshold. */
  public double minRSquared() {
    return minRSquared;
  }

  /** True when poor fits feed {@code tau*} and Prop 5.6 anyway. */
  public boolean usePoorFits() {
    return usePoorFits;
  }
}
