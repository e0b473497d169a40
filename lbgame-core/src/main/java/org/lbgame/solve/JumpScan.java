package org.lbgame.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;

/**
 * The rows of {@link Deviations#of} for every model of a profile without computing every row, on games
 * whose pairs share one latent ({@link LatentIndex}) and whose cost is known to be nondecreasing. Each
 * model's rows are those of {@link Deviations#of}, with the same enclosures, up to the first whose
 * threshold is proved at or above the model's cut; the rest are counted, not computed.
 *
 * <p>Why a row not computed cannot pay. The cut {@code E} of model {@code i} is an extra effort at which
 * {@code lambda_i c(E) - lambda_i c(e_i) - maxGain} is proved positive in interval arithmetic, where
 * {@code maxGain} is the best reward minus the current one. A rival {@code j} whose latent enclosure lies
 * entirely above model {@code i}'s at {@code tau + E} scores strictly more than {@code f_i(tau + E)}, so
 * model {@code i} passes it only at an effort above {@code E} (its curve is nondecreasing): its threshold
 * {@code T_j} is at least {@code E}. Only the other rivals (the near ones) have their thresholds enclosed.
 * Let {@code l_m} be the m-th least lower end among the near rivals. The m-th least threshold of all
 * rivals is at least {@code min(l_m, E)}, and at most the m-th least upper end among the near ones. So
 * while {@code l_m <= E}, row {@code m} computed from the near rivals alone encloses the full row's
 * threshold; from the first {@code m} with {@code l_m > E} (or beyond the near rivals) on, every threshold
 * is at least {@code E}, each such row costs at least {@code lambda_i c(E)} (nondecreasing cost), and its
 * margin is at least the cut's, which is positive: it holds. This is the status the full computation
 * gives it, and it is proved here, not estimated.
 */
final class JumpScan {
  /**
   * Rivals beyond the cut whose thresholds are enclosed all the same: the lowest of them end the last row
   * before the cut where the full computation ends it (its witness search stops there). Any superset of the
   * near rivals gives the rows the proof below speaks of.
   */
  static final int FAR_LISTED = 3;
  /** Relative amount by which the cut's margin must exceed zero, so that no row beyond it is near 0. */
  static final double SLACK = 1e-9;

  private final Game g;
  private final double tau;
  private final double[] effort;
  private final LatentIndex index;
  private final double maxReward;
  /** The primitive pass of the usual game (a template: each thread works on its {@link PowerLawPass#copy}), or null. */
  private final PowerLawPass fast;
  /** {@link #currentRank} of every model, when the ranking has computed them (read only once set). */
  private int[] ranks;

  private JumpScan(Game g, double tau, double[] effort, LatentIndex index) {
    this.g = g;
    this.tau = tau;
    this.effort = effort.clone();
    this.index = index;
    this.fast = PowerLawPass.of(g, tau, this.effort, index);
    double m = Double.NEGATIVE_INFINITY;
    for (double r : g.rewards().values()) {
      m = Math.max(m, r);
    }
    this.maxReward = m;
  }

  /**
   * The scan of {@code g} at {@code tau} against extra efforts {@code effort}, or null when the game's
   * pairs do not share one latent or its cost is not known to be nondecreasing (then every row is computed).
   */
  static JumpScan of(Game g, double tau, double[] effort) {
    if (!g.cost().nondecreasing()) {
      return null;
    }
    LatentIndex index = LatentIndex.of(g, tau, effort);
    return index == null ? null : new JumpScan(g, tau, effort, index);
  }

  /** Rank of model {@code i} in the profile, as {@link Overtake#rank(Game, double, double[], int)} gives it. */
  int currentRank(int i) {
    return rankAt(i, effort[i]);
  }

  /** The rows of model {@code i}: those {@link Deviations#of} lists up to the cut, and the jumps beyond it. */
  Rows rows(int i) {
    int n = g.size();
    int current = currentRank(i);
    boolean ambiguous = current < 0;
    if (ambiguous) {
      double[] x = new double[n];
      for (int j = 0; j < n; j++) {
        x[j] = tau + effort[j];
      }
      current = Overtake.rank(g, x, i);
    }
    double cut = cut(i, maxReward - g.rewards().get(current));
    Rows r = rows(i, current, ambiguous, cut);
    // an undecided order makes every row of the model undecided in Deviations.of, beyond the cut too
    return r.open && cut < Double.POSITIVE_INFINITY ? rows(i, current, ambiguous, Double.POSITIVE_INFINITY) : r;
  }

  /**
   * Remembers {@link #currentRank} of every model (-1 where not decided), computed once for the ranking, so that
   * {@link #fastRows} does not compute them again. Call before the scan is shared between threads.
   */
  void rememberRanks(int[] currentRanks) {
    this.ranks = currentRanks;
  }

  /** A primitive pass for one thread, or null when the game is not of the usual kind (then {@link #rows(int)}). */
  PowerLawPass newPass() {
    return fast == null ? null : fast.copy();
  }

  /**
   * Model {@code i}'s rows, as {@link #rows(int)} gives them, into {@code p}; false when this model needs
   * {@link #rows(int)} (its rank or some comparison or margin is not decided in doubles, or a threshold is
   * wide or unreachable): then nothing is decided here.
   */
  boolean fastRows(int i, PowerLawPass p) {
    int current = ranks != null ? ranks[i] : currentRank(i);
    if (current < 0) {
      return false;
    }
    double cut = cut(i, maxReward - g.rewards().get(current));
    // the near rivals of rows(i, current, false, cut), in the same order
    p.clearRivals();
    boolean[] open = new boolean[1];
    int below = nearRivals(i, cut, open, p::addRival);
    return !open[0] && p.run(i, current, g.size() - 1 - below, cut);
  }

  private Rows rows(int i, int current, boolean ambiguous, double cut) {
    List<Integer> near = new ArrayList<>();
    boolean[] open = {ambiguous};
    int below = nearRivals(i, cut, open, near::add);
    int[] rivals = near.stream().mapToInt(Integer::intValue).toArray();
    Deviations.Scope scope = new Deviations.Scope(rivals, g.size() - 1 - below, current, open[0], cut);
    return new Rows(Deviations.rows(g, tau, effort, i, scope), open[0]);
  }

  /**
   * Passes to {@code rival}, in key order, the models whose key lies between model {@code i}'s keys at effort 0 and
   * at {@code cut} that {@code i} is not proved to be above already at effort 0; returns how many models are proved
   * to be below {@code i} at every effort, and sets {@code open[0]} when a comparison is not decided in doubles.
   */
  private int nearRivals(int i, double cut, boolean[] open, IntConsumer rival) {
    Interval k0 = index.key(i, 0);
    double to = Double.isInfinite(cut) ? Double.POSITIVE_INFINITY : index.key(i, cut).upper();
    int[] below = {index.provedBelow(k0, i)};
    index.between(k0, to, i, FAR_LISTED, j -> {
      int s = 0;
      if (index.lower(j) <= k0.upper()) {
        // the enclosures overlap: decided as Deviations.of decides it
        s = Overtake.aboveState(g, i, tau, 0, j, tau, effort[j]);
        open[0] |= s < 0;
      }
      if (s == 1) {
        below[0]++;
      } else {
        rival.accept(j);
      }
    });
    return below[0];
  }

  /**
   * An extra effort at which model {@code i}'s cost increase is proved to exceed {@code maxGain} by a
   * relative {@link #SLACK}; {@code +inf} when none is found (the cost is bounded, or no scale).
   */
  private double cut(int i, double maxGain) {
    CostFunction c = g.cost();
    double lambda = g.costScale(i);
    Interval lam = Interval.of(lambda);
    Interval now = lam.times(c.range(Interval.of(effort[i])));
    double slack = SLACK * Math.max(1, Math.abs(maxGain) + Math.abs(now.upper()));
    double d = c.effortFor(c.cost(effort[i]) + (maxGain + 2 * slack) / lambda);
    for (int t = 0; t < 64 && d >= 0 && Double.isFinite(d); t++) {
      if (lam.times(c.range(Interval.of(d))).minus(now).minus(Interval.of(maxGain)).lower() > slack) {
        return d;
      }
      d = Math.max(Math.nextUp(d), d * (1 + 0x1p-40 * (1L << Math.min(t, 60))));
    }
    return Double.POSITIVE_INFINITY;
  }

  /** {@link Deviations#isPne} for the scan's profile. */
  boolean isPne() {
    for (int i = 0; i < g.size(); i++) {
      Rows r = rows(i);
      for (int m = 0; m < r.size(); m++) {
        if (!r.row(m).status().safe()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Row {@code d} with the witness the full solver finds from {@code from} below {@code limit}. */
  Deviation witnessed(Deviation d, double from, double limit) {
    // ranks by the index: y differs from the profile in model i's effort alone
    return d.withWitness(Deviations.witness(g, tau, effort, d.model(), from, limit, d.toRank(),
        (y, m) -> rankAt(m, y[m])));
  }

  /**
   * Rank of model {@code i} playing extra effort {@code e} against the profile's other efforts, as
   * {@link Overtake#rank(Game, double, double[], int)} gives it; -1 when some comparison is not decided.
   */
  int rankAt(int i, double e) {
    Interval k = index.key(i, e);
    int[] r = {index.provedAbove(k, i)};
    boolean[] open = new boolean[1];
    index.between(k, k.upper(), i, 0, j -> {
      if (!open[0]) {
        int s = Overtake.aboveState(g, j, tau, effort[j], i, tau, e);
        open[0] |= s < 0;
        r[0] += Math.max(s, 0);
      }
    });
    return open[0] ? -1 : r[0];
  }

  /** The rows of one model the scan computed, in {@link Deviations#of}'s order, and how many jumps it skipped. */
  static final class Rows {
    private final List<Deviation> rows;
    private final List<double[]> witnessRange;
    private final long pruned;
    private final boolean open;

    private Rows(Deviations.Pass<?> p, boolean open) {
      this.rows = p.rows;
      this.witnessRange = p.witnessRange;
      this.pruned = p.pruned;
      this.open = open;
    }

    private Rows(List<Deviation> rows) {
      this.rows = rows;
      this.witnessRange = null;
      this.pruned = 0;
      this.open = false;
    }

    /** Every row, computed by {@link Deviations#of}. */
    static Rows full(List<Deviation> rows) {
      return new Rows(rows);
    }

    int size() {
      return rows.size();
    }

    Deviation row(int m) {
      return rows.get(m);
    }

    /** Where the witness search of row {@code m} starts, NaN when the row's witness is final. */
    double witnessFrom(int m) {
      return witnessRange == null ? Double.NaN : witnessRange.get(m)[0];
    }

    /** Where the witness search of row {@code m} ends. */
    double witnessLimit(int m) {
      return witnessRange == null ? Double.NaN : witnessRange.get(m)[1];
    }

    /** Jumps to a better rank proved not to pay without being computed. */
    long pruned() {
      return pruned;
    }

    long unreachable() {
      return 0;
    }
  }
}
