package org.lbgame.stats;

/**
 * Kendall's rank correlation tau-b, exact on ties: counts concordant and discordant pairs as integers, so the
 * sign and the counts never depend on rounding; {@code tau_b = (C - D) / sqrt((n0 - n1)(n0 - n2))}.
 */
public final class KendallTau {
  private final long concordant;
  private final long discordant;
  private final long tiesX;
  private final long tiesY;
  private final long pairs;

  private KendallTau(long concordant, long discordant, long tiesX, long tiesY, long pairs) {
    this.concordant = concordant;
    this.discordant = discordant;
    this.tiesX = tiesX;
    this.tiesY = tiesY;
    this.pairs = pairs;
  }

  /** Tau-b between {@code x} and {@code y} (same length, at least 2), by counting all pairs (O(n^2)). */
  public static KendallTau of(double[] x, double[] y) {
    if (x.length != y.length || x.length < 2) {
      throw new IllegalArgumentException("need two vectors of equal length >= 2, got " + x.length + ", " + y.length);
    }
    long c = 0;
    long d = 0;
    long tx = 0;
    long ty = 0;
    int n = x.length;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        int sx = Double.compare(x[i], x[j]);
        int sy = Double.compare(y[i], y[j]);
        if (sx == 0) {
          tx++;
        }
        if (sy == 0) {
          ty++;
        }
        if (sx != 0 && sy != 0) {
          if (sx == sy) {
            c++;
          } else {
            d++;
          }
        }
      }
    }
    return new KendallTau(c, d, tx, ty, (long) n * (n - 1) / 2);
  }

  /** Tau-b; NaN when one vector is constant. */
  public double tauB() {
    double den = Math.sqrt((double) (pairs - tiesX) * (double) (pairs - tiesY));
    return den == 0 ? Double.NaN : (concordant - discordant) / den;
  }

  /** Concordant pairs {@code C}. */
  public long concordant() {
    return concordant;
  }

  /** Discordant pairs {@code D}. */
  public long discordant() {
    return discordant;
  }

  /** Pairs tied in {@code x} ({@code n1}). */
  public long tiesX() {
    return tiesX;
  }

  /** Pairs tied in {@code y} ({@code n2}). */
  public long tiesY() {
    return tiesY;
  }

  /** All pairs {@code n0 = n(n-1)/2}. */
  public long pairs() {
    return pairs;
  }
}
