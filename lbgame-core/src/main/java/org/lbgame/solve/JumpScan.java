package org.lbgame.solve;

import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.TieRule;
import org.lbgame.model.ValidationReport;

/**
 * The rows of {@link Deviations#of} for every model, walked in order of rising overtaking effort on
 * games whose pairs all share one closed-form latent ({@link LatentOrder}), skipping the jumps that a
 * bound proves cannot pay. One sort of the models by latent ({@code O(n log n)}), then {@code O(log n)}
 * per model to find its rank and {@code O(1)} per examined row.
 *
 * <p>Why the walk gives the rows in {@link Deviations#of}'s order: model {@code i} passes rival
 * {@code j} once its latent reaches {@code j}'s, so its overtaking effort is a nondecreasing function
 * of {@code j}'s latent; in doubles too, because the thresholds are computed by operations that are
 * monotone in IEEE arithmetic (subtraction of a constant, division by a positive constant, and
 * {@code Math.exp}, which the Java specification requires to be semi-monotonic). Walking the rivals
 * from the nearest above upward therefore lists the thresholds in ascending order; runs of equal
 * thresholds are re-sorted by rival index, as {@link Deviations#of} sorts them.
 *
 * <p>Why a skipped jump cannot pay (the pruning bound, used only for a nondecreasing cost): every row
 * after the {@code m}-th starts at a threshold at least {@code T_(m+1)}, so its cost
 * {@code lambda_i inf c} over its efforts is at least {@code lambda_i c(T_(m+1))}, while its reward gain
 * is at most {@code max_r r_r - r_current}. Once {@code lambda_i c(T_(m+1)) - c_current - maxGain}
 * exceeds the tolerance, every later row has a margin above the tolerance: it does not pay, which is
 * the status the full computation gives it. The bound is required to clear the tolerance by a further
 * {@link #SLACK} relative to the magnitudes involved, so that rounding in the cost's evaluation (a few
 * ulps for piecewise costs, none for linear and power costs) cannot make a skipped row undecided.
 */
final class JumpScan {
  /** Relative slack by which the pruning bound must clear the tolerance. */
  static final double SLACK = 1e-12;

  private final Game g;
  private final double tau;
  private final double tol;
  private final boolean prune;
  private final double[] effort;
  private final double[] key;
  private final long[] ord;
  private final int[] order;
  private final int[] position;
  private final PowerLawCurve[] pl;
  private final ExponentialSaturationCurve[] ex;
  private final double[] reward;
  private final double maxReward;
  private final boolean higher;
  private double[] runT = new double[8];
  private int[] runJ = new int[8];

  private long examined;
  private long skipped;

  private JumpScan(Game g, double tau, double[] effort, double tol, boolean prune, LatentOrder latent) {
    int n = g.size();
    this.g = g;
    this.tau = tau;
    this.tol = tol;
    this.prune = prune;
    this.effort = effort.clone();
    this.higher = g.tieRule() == TieRule.HIGHER_CAPABILITY;
    this.key = new double[n];
    this.ord = new long[n];
    this.pl = latent.powerLaws();
    this.ex = latent.exponentials();
    for (int j = 0; j < n; j++) {
      key[j] = latent.key(j, tau + effort[j]);
      ord[j] = LatentOrder.compareKey(key[j]);
    }
    this.order = LatentOrder.sortAbove(ord, higher);
    this.position = new int[n];
    for (int q = 0; q < n; q++) {
      position[order[q]] = q;
    }
    this.reward = g.rewards().values();
    double m = Double.NEGATIVE_INFINITY;
    for (double r : reward) {
      m = Math.max(m, r);
    }
    this.maxReward = m;
  }

  /**
   * The scan of {@code g} at {@code tau} against extra efforts {@code effort}, or null when the game's
   * pairs do not share a closed-form latent. Pruning is on when {@code prune} is set and the cost is
   * nondecreasing (per {@code report}) with positive scales.
   */
  static JumpScan of(Game g, double tau, double[] effort, double tol, boolean prune, ValidationReport report) {
    LatentOrder latent = LatentOrder.of(g);
    if (latent == null) {
      return null;
    }
    boolean nondecreasing = report.holds(Hypothesis.COST_NONDECREASING);
    return new JumpScan(g, tau, effort, tol, prune && nondecreasing, latent);
  }

  /** Receives the examined rows of one model, in {@link Deviations#of}'s order. */
  interface Sink {
    /** One examined row, {@code hi} the end of its efforts; returns false to stop scanning this model. */
    boolean row(Deviation d, double hi);
  }

  /** Rows examined so far. */
  long examined() {
    return examined;
  }

  /** Rows skipped so far (proved not to pay by the bound, or unreachable after an unreachable one). */
  long skipped() {
    return skipped;
  }

  /** The models in rank order in the profile ({@code ranking[r]} is the model ranked {@code r}). */
  int[] ranking() {
    return order.clone();
  }

  /**
   * The least overtaking threshold of model {@code i} at zero extra effort over the rivals above it
   * (the nearest one's, thresholds growing up the ranking); {@code +inf} when nobody is above it.
   */
  double nearestThreshold(int i) {
    int end = prefix(i, LatentOrder.compareKey(latentAtZero(i)));
    for (int q = end - 1; q >= 0; q--) {
      if (order[q] != i) {
        return threshold(i, order[q]);
      }
    }
    return Double.POSITIVE_INFINITY;
  }

  /** Number of models above model {@code i} when it plays no extra effort: its number of upward jumps. */
  int rankAtZero(int i) {
    return above(i, LatentOrder.compareKey(latentAtZero(i)));
  }

  /** Rank of model {@code i} in the profile. */
  int currentRank(int i) {
    return above(i, ord[i]);
  }

  private double latentAtZero(int i) {
    return pl != null ? pl[i].logit(tau) : -ex[i].logGap(tau);
  }

  /** Models ranked above {@code i} playing latent order key {@code k}: a prefix of {@link #order}, minus {@code i}. */
  private int above(int i, long k) {
    int end = prefix(i, k);
    return position[i] < end ? end - 1 : end;
  }

  private int prefix(int i, long k) {
    int lo = 0;
    int hi = order.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int j = order[mid];
      if (beats(j, ord[j], i, k)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** {@link Overtake#above} on order keys. */
  private boolean beats(int j, long kj, int i, long ki) {
    if (kj != ki) {
      return kj > ki;
    }
    return higher ? j < i : j > i;
  }

  /** {@link Overtake#threshold} for a rival {@code j} above model {@code i} at zero extra effort. */
  double threshold(int i, int j) {
    double x = pl != null ? pl[i].reachLogit(key[j]) : ex[i].reachLogGap(-key[j]);
    return Math.max(0, x - tau);
  }

  /**
   * Scans model {@code i}: the rows of {@link Deviations#of} from its rank at zero effort upward, with
   * witnesses for paying rows when {@code witnesses} is set, until the sink says stop, the bound proves
   * the rest cannot pay, or (unless {@code allRows}) the rest are unreachable.
   */
  void scan(int i, boolean witnesses, boolean allRows, Sink sink) {
    long k0 = LatentOrder.compareKey(latentAtZero(i));
    int end = prefix(i, k0);
    int p = position[i] < end ? end - 1 : end;
    int current = currentRank(i);
    double lambda = g.costScale(i);
    CostFunction c = g.cost();
    double currentCost = lambda * c.cost(effort[i]);
    double currentReward = reward[current];
    double maxGain = maxReward - currentReward;
    walkFrom = end - 1;
    walkOf = i;
    gatherInfinite = allRows;
    runLen = 0;
    runAt = 0;
    double lo = 0;
    int passes = -1;
    for (int m = 0; m <= p; m++) {
      if (m > 0) {
        fill();
        lo = runT[runAt];
        passes = runJ[runAt++];
      }
      int rank = p - m;
      double gain = reward[rank] - currentReward;
      if (lo == Double.POSITIVE_INFINITY) {
        // every later threshold is infinite too (they are nondecreasing): nothing there can pay
        if (!allRows) {
          unreachable += p - m + 1;
          return;
        }
        examined++;
        if (!sink.row(new Deviation(i, current, rank, passes, lo, lo, Double.POSITIVE_INFINITY, currentCost, gain,
            Status.UNREACHABLE, Double.NaN), Double.POSITIVE_INFINITY)) {
          return;
        }
        continue;
      }
      double hi = Double.POSITIVE_INFINITY;
      if (m < p) {
        fill();
        hi = runT[runAt];
      }
      double[] inf = c.infimumOn(lo, Math.max(lo, hi));
      double cost = lambda * inf[0];
      double margin = (cost - currentCost) - gain;
      Status s = gain <= 0 && cost >= currentCost ? Status.HOLDS : Status.of(margin, tol);
      double witness = Double.NaN;
      if (s == Status.FAILS && witnesses) {
        witness = Deviations.witness(g, tau, i, lo, hi, inf[1], current, currentCost, ranks());
      }
      examined++;
      if (!sink.row(new Deviation(i, current, rank, passes, lo, inf[1], cost, currentCost, gain, s, witness), hi)) {
        return;
      }
      if (prune && m < p && hi < Double.POSITIVE_INFINITY) {
        double atHi = lambda * c.cost(hi);
        double bound = atHi - currentCost - maxGain;
        if (bound > tol + SLACK * (Math.abs(atHi) + Math.abs(currentCost) + Math.abs(maxGain))) {
          skipped += p - m;
          return;
        }
      }
    }
  }

  /** Rows never examined because an earlier row was unreachable. */
  long unreachable() {
    return unreachable;
  }

  private long unreachable;
  private int walkFrom;
  private int walkOf;
  private int runLen;
  private int runAt;
  private boolean gatherInfinite;

  /**
   * Makes the run buffer hold an unread threshold: when it is used up, reads the next run walking up the
   * order (every rival whose threshold equals the next one), sorted by rival index as the full computation
   * sorts equal thresholds.
   */
  private void fill() {
    if (runAt < runLen) {
      return;
    }
    runLen = 0;
    runAt = 0;
    double first = Double.NaN;
    int q = walkFrom;
    while (q >= 0) {
      int j = order[q];
      if (j == walkOf) {
        q--;
        continue;
      }
      double t = threshold(walkOf, j);
      if (runLen > 0 && (t != first || t == Double.POSITIVE_INFINITY && !gatherInfinite)) {
        break;
      }
      if (runLen == runT.length) {
        runT = java.util.Arrays.copyOf(runT, 2 * runLen);
        runJ = java.util.Arrays.copyOf(runJ, 2 * runLen);
      }
      first = t;
      runT[runLen] = t;
      runJ[runLen++] = j;
      q--;
    }
    walkFrom = q;
    if (runLen > 1) {
      java.util.Arrays.sort(runJ, 0, runLen);
    }
  }

  private Deviations.Ranks ranks;

  /**
   * Rank counts against the profile in {@code O(log n)}: a binary search in the latent order, and in the
   * order of the curves' values (sorted on first use).
   */
  Deviations.Ranks ranks() {
    if (ranks == null) {
      int n = effort.length;
      double[] value = new double[n];
      long[] vkey = new long[n];
      for (int j = 0; j < n; j++) {
        value[j] = g.curve(j).value(tau + effort[j]);
        vkey[j] = Encoding.orderKey(value[j]);
      }
      int[] byValue = LatentOrder.sortAbove(vkey, higher);
      TieRule tie = g.tieRule();
      ranks = new Deviations.Ranks() {
        @Override
        public int rank(int i, double xi) {
          return above(i, LatentOrder.compareKey(pl != null ? pl[i].logit(xi) : -ex[i].logGap(xi)));
        }

        @Override
        public int rankByValue(int i, double si) {
          int lo = 0;
          int hi = n;
          while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            int j = byValue[mid];
            if (tie.above(j, value[j], i, si)) {
              lo = mid + 1;
            } else {
              hi = mid;
            }
          }
          // model i's own entry is in the prefix iff its profile value beats si; it does not count
          return tie.above(i, value[i], i, si) ? lo - 1 : lo;
        }
      };
    }
    return ranks;
  }
}
