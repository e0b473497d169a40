package org.lbgame.model;

import java.util.Arrays;

/** Rank rewards {@code r_1 >= r_2 >= ... >= r_n} (index 0 = first place), with the scheme that produced them. */
public final class Rewards {
  private final double[] r;
  private final String scheme;
  private final double parameter;

  private Rewards(double[] r, String scheme, double parameter) {
    this.r = r;
    this.scheme = scheme;
    this.parameter = parameter;
  }

  /** Winner-take-all: {@code r_1 = 1}, the rest {@code 0}. */
  public static Rewards winnerTakeAll(int n) {
    return topK(n, 1, "winner-take-all");
  }

  /** Top-K: {@code 1} for ranks {@code <= K}, else {@code 0}. */
  public static Rewards topK(int n, int k) {
    return topK(n, k, "top-k");
  }

  private static Rewards topK(int n, int k, String scheme) {
    checkN(n);
    if (k < 1 || k > n) {
      throw new InvalidGameException("rewards.k", "must be in 1.." + n, k);
    }
    double[] v = new double[n];
    Arrays.fill(v, 0, k, 1.0);
    return new Rewards(v, scheme, k);
  }

  /** Reciprocal: {@code r_k = 1/k}. */
  public static Rewards reciprocal(int n) {
    checkN(n);
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = 1.0 / (k + 1);
    }
    return new Rewards(v, "reciprocal", Double.NaN);
  }

  /** Geometric: {@code r_k = q^(k-1)}, {@code 0 < q <= 1}. */
  public static Rewards geometric(int n, double q) {
    checkN(n);
    Require.positive("rewards.q", q);
    if (q > 1) {
      throw new InvalidGameException("rewards.q", "must be <= 1 (rewards non-increasing)", q);
    }
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = Math.pow(q, k);
    }
    return new Rewards(v, "geometric", q);
  }

  /** Linear: {@code r_k = (n - k)/(n - 1)} (first place 1, last 0; a single model gets 1). */
  public static Rewards linear(int n) {
    checkN(n);
    double[] v = new double[n];
    for (int k = 0; k < n; k++) {
      v[k] = n == 1 ? 1 : (double) (n - 1 - k) / (n - 1);
    }
    return new Rewards(v, "linear", Double.NaN);
  }

  /** An explicit non-increasing vector of finite rewards. */
  public static Rewards explicit(double... values) {
    double[] v = Require.finiteArray("rewards.values", values, 1);
    for (int k = 1; k < v.length; k++) {
      if (v[k] > v[k - 1]) {
        throw new InvalidGameException("rewards.values[" + k + "]",
            "must be <= rewards.values[" + (k - 1) + "]=" + Require.format(v[k - 1]) + " (rewards non-increasing in rank)",
            v[k]);
      }
    }
    return new Rewards(v, "explicit", Double.NaN);
  }

  private static void checkN(int n) {
    if (n < 1) {
      throw new InvalidGameException("models", "must list at least one model", n);
    }
  }

  /** Number of ranks {@code n}. */
  public int size() {
    return r.length;
  }

  /** Reward {@code r} of 0-based rank {@code rank}. */
  public double get(int rank) {
    return r[rank];
  }

  /** The vector (a copy), index 0 = first place. */
  public double[] values() {
    return r.clone();
  }

  /** The scheme name used in game files ({@code winner-take-all}, {@code top-k}, ...). */
  public String scheme() {
    return scheme;
  }

  /** The scheme's parameter ({@code K} or {@code q}), NaN if none. */
  public double parameter() {
    return parameter;
  }

  /** Largest absolute reward (the scale of every margin). */
  public double maxAbs() {
    double m = 0;
    for (double v : r) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  @Override
  public String toString() {
    return scheme + Arrays.toString(r);
  }
}
