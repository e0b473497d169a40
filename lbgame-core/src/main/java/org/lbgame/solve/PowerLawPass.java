package org.lbgame.solve;

import java.util.Arrays;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Directed;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;

/**
 * {@link Deviations}' double pass for one model of a {@link JumpScan}, in primitive arrays, for the usual
 * large game: power laws on a common scale and a linear or power cost. Every enclosure is the one
 * {@link Interval} gives (the same operations in the same order, ends rounded by {@link Directed}), so the
 * rows, their statuses and their bounds are {@link Deviations#rows}' bit for bit; a {@link Deviation} is
 * made only for a row the caller keeps. A model for which that pass would leave a margin open, reach
 * {@code +inf} or re-evaluate a wide threshold in high precision is refused ({@link #run} is false), and
 * the caller computes it the generic way: the fast path never decides what the exact pass would decide
 * otherwise. One instance per thread.
 */
final class PowerLawPass {
  private final double tau;
  private final double[] effort;
  private final double[] a;
  private final double[] b;
  private final double offset;
  private final double[] rewards;
  /** The models' logits at {@code tau + effort[j]}: {@link LatentIndex}'s enclosures, the very ones computed here. */
  private final double[] zLo;
  private final double[] zHi;
  private final Game g;
  private final boolean power;
  private final double kappa;
  private final double exponent;

  // the rows of the last model run
  private int model;
  private int current;
  private int size;
  private long pruned;
  private double currentCostLo;
  private double currentCostHi;
  private double currentCostValue;
  private int[] rank = new int[16];
  private int[] passes = new int[16];
  private Status[] status = new Status[16];
  private double[] effLo = new double[16];
  private double[] effHi = new double[16];
  private double[] costLo = new double[16];
  private double[] costHi = new double[16];
  private double[] marLo = new double[16];
  private double[] marHi = new double[16];
  private double[] gain = new double[16];
  private double[] from = new double[16];
  private double[] limit = new double[16];
  // per rival scratch
  private int[] rivals = new int[16];
  private int rivalCount;
  private double[] tLo = new double[16];
  private double[] tHi = new double[16];
  private double[] lows = new double[16];
  private double[] highs = new double[16];
  private long[] order = new long[16];
  // the interval being computed
  private double lo;
  private double hi;

  private PowerLawPass(Game g, double tau, double[] effort, double[] a, double[] b, double offset, double[] rewards,
      double[] zLo, double[] zHi) {
    this.g = g;
    this.zLo = zLo;
    this.zHi = zHi;
    this.tau = tau;
    this.effort = effort;
    this.a = a;
    this.b = b;
    this.offset = offset;
    this.rewards = rewards;
    CostFunction c = g.cost();
    this.power = c instanceof PowerCost;
    this.kappa = power ? ((PowerCost) c).kappa() : ((LinearCost) c).kappa();
    this.exponent = power ? ((PowerCost) c).exponent() : 1;
  }

  /** The pass for {@code g} at {@code tau} against {@code effort}, or null when the game is not of the usual kind. */
  static PowerLawPass of(Game g, double tau, double[] effort, LatentIndex index) {
    PowerLawCurve[] pl = index.latent().powerLaws();
    if (pl == null || !(g.cost() instanceof LinearCost || g.cost() instanceof PowerCost)) {
      return null;
    }
    int n = pl.length;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int j = 0; j < n; j++) {
      a[j] = pl[j].a();
      b[j] = pl[j].b();
    }
    return new PowerLawPass(g, tau, effort, a, b, pl[0].offset(), g.rewards().values(), index.lowerEnds(),
        index.upperEnds());
  }

  /** A fresh pass on the same game, for another thread. */
  PowerLawPass copy() {
    return new PowerLawPass(g, tau, effort, a, b, offset, rewards, zLo, zHi);
  }

  /** Forgets the near rivals of the last model. */
  void clearRivals() {
    rivalCount = 0;
  }

  /** Adds near rival {@code j} (in {@link Deviations.Scope}'s order). */
  void addRival(int j) {
    if (rivalCount == rivals.length) {
      rivals = Arrays.copyOf(rivals, 2 * rivalCount);
    }
    rivals[rivalCount++] = j;
  }

  /**
   * The rows of model {@code i} at rank {@code current} against the near rivals added since
   * {@link #clearRivals} (those of {@link Deviations.Scope}, {@code total} rows in all, those proved at or
   * above {@code cut} pruned); false when the generic pass must compute this model.
   */
  boolean run(int i, int current, int total, double cut) {
    int k = rivalCount;
    model = i;
    this.current = current;
    grow(k + 1);
    for (int q = 0; q < k; q++) {
      int j = rivals[q];
      set(zLo[j], zHi[j]);
      reach(i);
      tLo[q] = lo;
      tHi[q] = hi;
      lows[q] = lo;
      highs[q] = hi;
    }
    // order of the rivals by the middle of their enclosure, then by index (Deviations' comparator)
    for (int q = 0; q < k; q++) {
      order[q] = q;
    }
    sortOrder(k);
    sort(lows, k);
    sort(highs, k);
    double lambda = g.costScale(i);
    cost(lambda, effort[i], effort[i]);
    currentCostLo = lo;
    currentCostHi = hi;
    currentCostValue = lambda * g.cost().cost(effort[i]);
    double currentReward = rewards[current];
    int firstPruned = k + 1;
    size = 0;
    for (int m = 0; m <= k; m++) {
      if (m > 0 && !(lows[m - 1] <= cut)) {
        firstPruned = m;
        break;
      }
      double l = m == 0 ? 0 : lows[m - 1];
      double h = m == 0 ? 0 : highs[m - 1];
      if (l >= Double.MAX_VALUE / 2) {
        return false;
      }
      int q = m == 0 ? -1 : (int) order[m - 1];
      double estimate = m == 0 ? 0 : mid(tLo[q], tHi[q]);
      double elo = Math.min(l, h);
      double ehi = Math.max(l, h);
      if (m > 0 && Overtake.wide(elo, ehi)) {
        return false;
      }
      int r = total - m;
      double gn = rewards[r] - currentReward;
      cost(lambda, elo, ehi);
      double clo = lo;
      double chi = hi;
      // margin = cost - currentCost - gain
      set(Directed.sumDown(clo, -currentCostHi), Directed.sumUp(chi, -currentCostLo));
      set(Directed.sumDown(lo, -gn), Directed.sumUp(hi, -gn));
      Status s = lo >= 0 ? Status.HOLDS : hi < 0 ? Status.FAILS : Status.UNDECIDED;
      if (s == Status.UNDECIDED) {
        return false;
      }
      rank[size] = r;
      passes[size] = q < 0 ? -1 : rivals[q];
      status[size] = s;
      effLo[size] = elo;
      effHi[size] = ehi;
      costLo[size] = clo;
      costHi[size] = chi;
      marLo[size] = lo;
      marHi[size] = hi;
      gain[size] = gn;
      from[size] = s == Status.FAILS ? Math.max(h, estimate) : Double.NaN;
      limit[size] = s == Status.FAILS ? (m < k ? lows[m] : Double.POSITIVE_INFINITY) : Double.NaN;
      size++;
    }
    pruned = Math.max(0, total - Math.max(firstPruned, total - current + 1) + 1);
    return true;
  }

  /**
   * The status of pair {@code k}'s adjacent condition as {@link PairCheck#of} decides it (its margin in
   * {@link #pairMargin()}), or null when {@link PairCheck#of} would not keep its double enclosure (unreachable,
   * undecided or wide): then the caller asks {@link PairCheck#of}.
   */
  Status pair(int k) {
    // at all-zero, whatever the profile
    if (effort[k - 1] == 0) {
      set(zLo[k - 1], zHi[k - 1]);
    } else {
      logit(k - 1, 0);
    }
    reach(k);
    double dl = lo;
    double dh = hi;
    if (dl >= Double.MAX_VALUE / 2 || Overtake.wide(dl, dh)) {
      return null;
    }
    double gap = rewards[k - 1] - rewards[k];
    cost(g.costScale(k), dl, dh);
    set(Directed.sumDown(lo, -gap), Directed.sumUp(hi, -gap));
    return lo >= 0 ? Status.HOLDS : hi < 0 ? Status.FAILS : null;
  }

  /** {@link PairCheck#margin()} of the last {@link #pair}. */
  double pairMargin() {
    return value(lo, hi);
  }

  /** Rows of the last model run. */
  int size() {
    return size;
  }

  int model() {
    return model;
  }

  int fromRank() {
    return current;
  }

  int toRank(int m) {
    return rank[m];
  }

  Status status(int m) {
    return status[m];
  }

  /** {@link Deviation#margin()} of row {@code m}, without making the row. */
  double margin(int m) {
    return value(marLo[m], marHi[m]);
  }

  double witnessFrom(int m) {
    return from[m];
  }

  double witnessLimit(int m) {
    return limit[m];
  }

  long pruned() {
    return pruned;
  }

  /** Row {@code m} as {@link Deviations#rows} makes it (its witness left to the caller). */
  Deviation row(int m) {
    Bounded eb = Bounded.of(Interval.of(effLo[m], effHi[m]));
    Bounded mb = Bounded.of(Interval.of(marLo[m], marHi[m]));
    double costValue = Bounded.of(Interval.of(costLo[m], costHi[m])).value();
    return new Deviation(model, current, rank[m], passes[m], eb.value(), eb.value(), costValue, currentCostValue,
        gain[m], status[m], Double.NaN, eb, mb);
  }

  /** {@link Bounded#of}'s estimate of an enclosure {@code [l, h]}. */
  static double value(double l, double h) {
    double v = l == h ? l : Double.isInfinite(l) && l > 0 ? l : mid(l, h);
    return Math.min(h, Math.max(l, v));
  }

  /** {@link Interval#mid()}. */
  private static double mid(double l, double h) {
    if (l == h) {
      return l;
    }
    double m = 0.5 * l + 0.5 * h;
    return Double.isNaN(m) ? 0 : m;
  }

  /** {@code Interval.of(l, h)}: the whole line when the ends are NaN or reversed. */
  private void set(double l, double h) {
    if (l <= h) {
      lo = l;
      hi = h;
    } else {
      lo = Double.NEGATIVE_INFINITY;
      hi = Double.POSITIVE_INFINITY;
    }
  }

  /** {@code lambda c([el, eh])}: {@code CostFunction#range} then the scale, as the interval code evaluates it. */
  private void cost(double lambda, double el, double eh) {
    set(el, eh);
    if (power) {
      pow();
    }
    timesPoint(kappa);
    timesPoint(lambda);
  }

  /** {@link PowerLawCurve#logit} of model {@code j} at {@code tau + ej} (as {@link LatentIndex} encloses it). */
  private void logit(int j, double ej) {
    set(Directed.sumDown(tau, ej), Directed.sumUp(tau, ej));
    // a + b log(x0 + x)
    set(Directed.sumDown(offset, lo), Directed.sumUp(offset, hi));
    log();
    timesPoint(b[j]);
    set(Directed.sumDown(a[j], lo), Directed.sumUp(a[j], hi));
  }

  /**
   * {@link Overtake#effort} for common power laws, from the overtaken model's logit in {@code [lo, hi]}: model
   * {@code i} reaching it, {@code exp((z - a_i)/b_i) - x0} at least 0, then minus {@code tau}, at least 0.
   */
  private void reach(int i) {
    set(Directed.sumDown(lo, -a[i]), Directed.sumUp(hi, -a[i]));
    set(Math.min(Directed.divDown(lo, b[i]), Directed.divDown(hi, b[i])),
        Math.max(Directed.divUp(lo, b[i]), Directed.divUp(hi, b[i])));
    set(lo == 0 ? 1 : Math.max(0, Math.nextDown(Math.exp(lo))), hi == 0 ? 1 : Math.nextUp(Math.exp(hi)));
    set(Directed.sumDown(lo, -offset), Directed.sumUp(hi, -offset));
    set(Math.max(lo, 0), Math.max(hi, 0));
    set(Directed.sumDown(lo, -tau), Directed.sumUp(hi, -tau));
    set(Math.max(lo, 0), Math.max(hi, 0));
  }

  /** {@code Interval.of(c).times(this)} for a point {@code c}. */
  private void timesPoint(double c) {
    if (c >= 0 && lo >= 0 && hi < Double.POSITIVE_INFINITY) {
      // directed rounding is monotone: on nonnegative factors the ends come from the ends (same doubles)
      set(Directed.mulDown(c, lo), Directed.mulUp(c, hi));
      return;
    }
    set(Math.min(Directed.mulDown(c, lo), Directed.mulDown(c, hi)),
        Math.max(Directed.mulUp(c, lo), Directed.mulUp(c, hi)));
  }

  /** {@link Interval#log()}. */
  private void log() {
    if (!(hi > 0)) {
      set(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
      return;
    }
    set(lo <= 0 ? Double.NEGATIVE_INFINITY : lo == 1 ? 0 : Math.nextDown(Math.log(lo)),
        hi == 1 ? 0 : Math.nextUp(Math.log(hi)));
  }

  /** {@link Interval#pow(double)} with the cost's exponent. */
  private void pow() {
    double p = exponent;
    if (!(p > 0) || !(hi >= 0)) {
      set(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    } else if (p == 1) {
      set(Math.max(0, lo), hi);
    } else {
      set(lo <= 0 ? 0 : lo == 1 ? 1 : Math.max(0, Math.nextDown(Math.pow(lo, p))),
          hi == 1 ? 1 : hi == 0 ? 0 : Math.nextUp(Math.pow(hi, p)));
    }
  }

  /** Sorts {@code v[0..k)} ascending (a handful of rivals: insertion sort; no NaN, no -0.0 here). */
  private static void sort(double[] v, int k) {
    if (k > 32) {
      Arrays.sort(v, 0, k);
      return;
    }
    for (int x = 1; x < k; x++) {
      double d = v[x];
      int y = x - 1;
      while (y >= 0 && v[y] > d) {
        v[y + 1] = v[y];
        y--;
      }
      v[y + 1] = d;
    }
  }

  /** Sorts {@code order[0..k)} by the middle of the rival's enclosure, then by the rival's index. */
  private void sortOrder(int k) {
    for (int x = 1; x < k; x++) {
      long o = order[x];
      int y = x - 1;
      while (y >= 0 && before(o, order[y])) {
        order[y + 1] = order[y];
        y--;
      }
      order[y + 1] = o;
    }
  }

  private boolean before(long p, long q) {
    int c = Double.compare(mid(tLo[(int) p], tHi[(int) p]), mid(tLo[(int) q], tHi[(int) q]));
    return c < 0 || c == 0 && rivals[(int) p] < rivals[(int) q];
  }

  private void grow(int k) {
    if (rank.length >= k) {
      return;
    }
    int c = Math.max(k, 2 * rank.length);
    rank = new int[c];
    passes = new int[c];
    status = new Status[c];
    effLo = new double[c];
    effHi = new double[c];
    costLo = new double[c];
    costHi = new double[c];
    marLo = new double[c];
    marHi = new double[c];
    gain = new double[c];
    from = new double[c];
    limit = new double[c];
    tLo = new double[c];
    tHi = new double[c];
    lows = new double[c];
    highs = new double[c];
    order = new long[c];
  }
}
