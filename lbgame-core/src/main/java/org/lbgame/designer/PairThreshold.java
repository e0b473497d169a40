package org.lbgame.designer;

/**
 * The stabilizing threshold {@code tau*_k} of one adjacent pair {@code k} (0-based: model {@code k}
 * overtaking model {@code k-1}): the least {@code tau} with {@code lambda_k c(Delta_k(tau)) >= r_{k-1} - r_k},
 * how it was found, and why there is none when there is none.
 */
public final class PairThreshold {
  private final int pair;
  private final double gap;
  private final double requiredEffort;
  private final double tauStar;
  private final double holdsUntil;
  private final PairStatus status;
  private final String method;
  private final boolean monotone;
  private final String reason;
  private final double log10TauStar;
  private final Prop56 prop56;

  PairThreshold(int pair, double gap, double requiredEffort, double tauStar, double holdsUntil, PairStatus status,
      String method, boolean monotone, String reason, double log10TauStar, Prop56 prop56) {
    this.pair = pair;
    this.gap = gap;
    this.requiredEffort = requiredEffort;
    this.tauStar = tauStar;
    this.holdsUntil = holdsUntil;
    this.status = status;
    this.method = method;
    this.monotone = monotone;
    this.reason = reason;
    this.log10TauStar = log10TauStar;
    this.prop56 = prop56;
  }

  /** The pair index {@code k} (model {@code k} overtaking {@code k-1}; the paper's {@code k+1}). */
  public int pair() {
    return pair;
  }

  /** The reward gap {@code r_{k-1} - r_k}. */
  public double gap() {
    return gap;
  }

  /** The least effort whose cost covers the gap, {@code c_k^{-1}(r_{k-1} - r_k)} ({@code +inf} if the cost never does). */
  public double requiredEffort() {
    return requiredEffort;
  }

  /** {@code tau*_k} (NaN unless {@link PairStatus#finite()}). */
  public double tauStar() {
    return tauStar;
  }

  /** The end of the interval on which the condition holds ({@code +inf} when it holds for every larger {@code tau}). */
  public double holdsUntil() {
    return holdsUntil;
  }

  /** How the threshold was settled. */
  public PairStatus status() {
    return status;
  }

  /** The method: closed form, bracketing on the solver's {@code Delta_k}, or a scan. */
  public String method() {
    return method;
  }

  /** True when {@code Delta_k(tau)} is known to be nondecreasing (Lemma 5.2's conclusion, or the closed form). */
  public boolean monotone() {
    return monotone;
  }

  /** Why (for no finite threshold, a scan, or a special case); empty otherwise. */
  public String reason() {
    return reason;
  }

  /** {@code log10(tau*_k)} when the root is beyond the double range (NaN otherwise). */
  public double log10TauStar() {
    return log10TauStar;
  }

  /** Prop 5.6's rule of thumb beside the exact value (power-law pairs on a common scale), or null. */
  public Prop56 prop56() {
    return prop56;
  }
}
