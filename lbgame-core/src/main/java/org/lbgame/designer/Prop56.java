package org.lbgame.designer;

/**
 * Prop 5.6's estimate for one adjacent power-law pair beside the exact answer: {@code gamma_k},
 * {@code Delta0_k}, {@code G_k = (r_{k-1} - r_k)/(lambda_k kappa)}, {@code rho_k = G_k / Delta0_k},
 * the rule of thumb {@code rho_k^gamma_k} and the exact {@code tau*_k}.
 */
public final class Prop56 {
  private final double gamma;
  private final double delta0;
  private final double kappa;
  private final double g;
  private final double exact;

  Prop56(double gamma, double delta0, double kappa, double g, double exact) {
    this.gamma = gamma;
    this.delta0 = delta0;
    this.kappa = kappa;
    this.g = g;
    this.exact = exact;
  }

  /** {@code gamma_k = b_k / b_{k-1}}. */
  public double gamma() {
    return gamma;
  }

  /** {@code Delta0_k = Delta_k(0)} (unclamped; negative when the weaker model starts ahead). */
  public double delta0() {
    return delta0;
  }

  /** {@code kappa}, the cost's linear lower bound ({@code c(e) >= kappa e}). */
  public double kappa() {
    return kappa;
  }

  /** {@code G_k}, the reward gap in effort units ({@code +inf} when {@code kappa = 0}). */
  public double rewardGapEffort() {
    return g;
  }

  /** {@code rho_k = G_k / Delta0_k}, the effective incentive (NaN when {@code Delta0_k <= 0}). */
  public double rho() {
    return delta0 > 0 ? g / delta0 : Double.NaN;
  }

  /** The rule of thumb {@code rho_k^gamma_k} (Prop 5.6: {@code tau*_k} grows like it, up to a constant in {@code gamma_k}). */
  public double ruleOfThumb() {
    return Math.pow(rho(), gamma);
  }

  /** The exact {@code tau*_k} it is compared with. */
  public double exact() {
    return exact;
  }

  /** {@code exact / ruleOfThumb}: the constant the rule of thumb leaves out. */
  public double ratio() {
    return exact / ruleOfThumb();
  }
}
