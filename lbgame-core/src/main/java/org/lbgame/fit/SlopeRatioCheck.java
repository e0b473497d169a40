package org.lbgame.fit;

/**
 * The paper's local slope-ratio check (appendix D) for the adjacent pair {@code (k-1, k)}: {@code gamma_k = b_k /
 * b_{k-1}} from the fitted slopes, against {@code gamma_hat_k} from forward finite differences of the fitted
 * trajectories at a common baseline {@code tau}, step {@code h} in {@code log(x0 + x)}.
 * <ul>
 *   <li>{@code gammaHatScore}: ratio of the score-scale slopes {@code df/dlog(x0+x)} of the two curves at the same
 *       {@code tau} (differs from {@code b_k/b_{k-1}} by the ratio of the sigmoid derivatives and of {@code U-L});</li>
 *   <li>{@code gammaHatMatched}: {@code dlog(x0+tau) / dlog(x0 + X_k(f_{k-1}(tau)))}, the elasticity that governs
 *       {@code Delta_k(tau)}; it equals {@code b_k/b_{k-1}} exactly when {@code L, U} are common and the weaker
 *       model starts below the stronger one's baseline.</li>
 * </ul>
 */
public final class SlopeRatioCheck {
  /** Step in {@code log(x0 + x)} of the finite differences. */
  public static final double H = 0.05;

  private final int pair;
  private final double tau;
  private final double gammaFitted;
  private final double gammaHatScore;
  private final double gammaHatMatched;

  private SlopeRatioCheck(int pair, double tau, double gammaFitted, double gammaHatScore, double gammaHatMatched) {
    this.pair = pair;
    this.tau = tau;
    this.gammaFitted = gammaFitted;
    this.gammaHatScore = gammaHatScore;
    this.gammaHatMatched = gammaHatMatched;
  }

  /** The check for pair {@code k} (weaker model {@code k}, stronger {@code k-1}) at baseline {@code tau}. */
  public static SlopeRatioCheck of(FitResult fit, int k, double tau) {
    FittedCurve strong = fit.curve(k - 1);
    FittedCurve weak = fit.curve(k);
    double x0 = strong.offset();
    double u = Math.log(x0 + tau);
    double tau2 = Math.exp(u + H) - x0;
    double slopeWeak = (weak.value(tau2) - weak.value(tau)) / H;
    double slopeStrong = (strong.value(tau2) - strong.value(tau)) / H;
    double gScore = slopeWeak / slopeStrong;
    double x1 = weak.reach(strong.value(tau));
    double x2 = weak.reach(strong.value(tau2));
    double gMatched = Double.NaN;
    if (x1 > 0 && Double.isFinite(x2)) {
      gMatched = H / (Math.log(x0 + x2) - Math.log(x0 + x1));
    }
    return new SlopeRatioCheck(k, tau, weak.b() / strong.b(), gScore, gMatched);
  }

  /** Pair index {@code k} (0-based weaker model). */
  public int pair() {
    return pair;
  }

  /** The common baseline {@code tau}. */
  public double tau() {
    return tau;
  }

  /** {@code gamma_k = b_k / b_{k-1}}. */
  public double gammaFitted() {
    return gammaFitted;
  }

  /** Ratio of score-scale local slopes at {@code tau}. */
  public double gammaHatScore() {
    return gammaHatScore;
  }

  /** Matched-score elasticity; NaN when the weaker model is already at or above the baseline or never reaches it. */
  public double gammaHatMatched() {
    return gammaHatMatched;
  }
}
