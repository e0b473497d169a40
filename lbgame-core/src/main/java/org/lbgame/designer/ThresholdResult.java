package org.lbgame.designer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lbgame.model.Game;

/**
 * The stabilizing threshold of a game in the continuous model: every pair's {@code tau*_k}, the
 * overall {@code tau* = max_k tau*_k} (or why there is none), the hardest pair, the cost's linear
 * bound behind Prop 5.6, and the certificate.
 */
public final class ThresholdResult {
  /** Pairs whose reasons are quoted in the overall reason. */
  public static final int MAX_REASONS = 5;

  private final Game game;
  private final List<PairThreshold> pairs;
  private final PairStatus status;
  private final double tauStar;
  private final double holdsUntil;
  private final int hardest;
  private final String reason;
  private final CostLowerBound kappa;
  private final TauStarCertificate certificate;

  private ThresholdResult(Game game, List<PairThreshold> pairs, PairStatus status, double tauStar, double holdsUntil,
      int hardest, String reason, CostLowerBound kappa, TauStarCertificate certificate) {
    this.game = game;
    this.pairs = pairs;
    this.status = status;
    this.tauStar = tauStar;
    this.holdsUntil = holdsUntil;
    this.hardest = hardest;
    this.reason = reason;
    this.kappa = kappa;
    this.certificate = certificate;
  }

  /** Combines the pairs: {@code tau*} is the least {@code tau} in every pair's holding interval. */
  static ThresholdResult combine(Game g, List<PairThreshold> pairs, CostLowerBound kappa) {
    // a column store is immutable and made on demand: copying it would make every pair's object
    PowerLawThresholds cols = pairs instanceof PowerLawThresholds ? (PowerLawThresholds) pairs : null;
    List<PairThreshold> ps = cols != null ? pairs : Collections.unmodifiableList(new ArrayList<>(pairs));
    int size = ps.size();
    PairStatus worst = null;
    StringBuilder why = new StringBuilder();
    int listed = 0;
    int more = 0;
    for (int at = 0; at < size; at++) {
      PairStatus st = cols != null ? cols.status(at) : ps.get(at).status();
      if (!st.finite()) {
        PairThreshold p = ps.get(at);
        if (worst == null || rank(p.status()) > rank(worst)) {
          worst = p.status();
        }
        // the first few reasons say why; a game with very many models must not get a megabyte of them
        if (listed < MAX_REASONS) {
          why.append(why.length() == 0 ? "" : "; ").append("pair ").append(label(g, p.pair())).append(": ")
              .append(p.reason());
          listed++;
        } else {
          more++;
        }
      }
    }
    if (more > 0) {
      why.append("; and ").append(more).append(" more pair(s) (see the pairs)");
    }
    if (worst != null) {
      return new ThresholdResult(g, ps, worst, Double.NaN, Double.NaN, -1,
          (worst == PairStatus.NO_FINITE ? "no finite stabilizing TbT: " : worst.label() + ": ") + why, kappa, null);
    }
    double lo = 0;
    double hi = Double.POSITIVE_INFINITY;
    int hardest = ps.isEmpty() ? -1 : 1;
    for (int at = 0; at < size; at++) {
      double t = cols != null ? cols.tauStar(at) : ps.get(at).tauStar();
      if (t > lo) {
        lo = t;
        hardest = at + 1;
      }
      hi = Math.min(hi, cols != null ? cols.holdsUntil(at) : ps.get(at).holdsUntil());
    }
    if (lo > hi) {
      return new ThresholdResult(g, ps, PairStatus.NO_FINITE, Double.NaN, Double.NaN, -1,
          "no finite stabilizing TbT: the pairs' holding intervals do not intersect (some pair holds only up to " + hi
              + ", another needs tau >= " + lo + ")", kappa, null);
    }
    PairStatus s = ps.isEmpty() ? PairStatus.ZERO_GAP : lo == 0 ? PairStatus.HOLDS_AT_ZERO : PairStatus.ROOT;
    String r = ps.isEmpty() ? "a single model: there is nobody to overtake" : "";
    if (Double.isFinite(hi)) {
      r = "the adjacent condition holds only on [" + lo + ", " + hi + "]: Prop 5.3's monotonicity fails here";
    }
    return new ThresholdResult(g, ps, s, lo, hi, hardest, r, kappa, null);
  }

  private static int rank(PairStatus s) {
    return s == PairStatus.NO_FINITE ? 3 : s == PairStatus.BEYOND_RANGE ? 2 : s == PairStatus.UNDECIDED ? 0 : 1;
  }

  /** "k+1 over k" with model names, 1-based as printed. */
  static String label(Game g, int k) {
    return (k + 1) + " (" + g.model(k).name() + " overtaking " + g.model(k - 1).name() + ")";
  }

  /**
   * This result with its certificate; a finite {@code tau*} that the certificate does not accept is
   * not reported: the outcome becomes "undecided within precision", with the candidate and the reason.
   */
  ThresholdResult withCertificate(TauStarCertificate c) {
    if (finite() && !c.accepted()) {
      String why = "the computed candidate tau* = " + tauStar + " (hardest pair " + (hardest + 1) + ") is not certified: "
          + c.note();
      return new ThresholdResult(game, pairs, PairStatus.UNDECIDED, Double.NaN, Double.NaN, hardest, why, kappa, c);
    }
    return new ThresholdResult(game, pairs, status, tauStar, holdsUntil, hardest, reason, kappa, c);
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** Every adjacent pair's threshold, {@code k = 1..n-1}. */
  public List<PairThreshold> pairs() {
    return pairs;
  }

  /** The overall status ({@link PairStatus#finite()} when {@code tau*} exists). */
  public PairStatus status() {
    return status;
  }

  /** True when a finite {@code tau*} exists. */
  public boolean finite() {
    return status.finite();
  }

  /** {@code tau* = max_k tau*_k} (NaN when none). */
  public double tauStar() {
    return tauStar;
  }

  /** Up to where the adjacent condition keeps holding ({@code +inf} under Prop 5.3). */
  public double holdsUntil() {
    return holdsUntil;
  }

  /** The hardest pair {@code k} (the one attaining {@code tau*}), or -1. */
  public int hardestPair() {
    return hardest;
  }

  /** The threshold of pair {@code k}. */
  public PairThreshold pair(int k) {
    return pairs.get(k - 1);
  }

  /** Why there is no finite {@code tau*}, or a caveat; empty otherwise. */
  public String reason() {
    return reason;
  }

  /** The cost's linear lower bound used by Prop 5.6. */
  public CostLowerBound kappa() {
    return kappa;
  }

  /** The certificate (null when not computed). */
  public TauStarCertificate certificate() {
    return certificate;
  }
}
