package org.lbgame.solve;

import org.lbgame.model.BigInterval;
import org.lbgame.model.Game;
import org.lbgame.model.Interval;
import org.lbgame.model.Real;

/**
 * The adjacent condition for pair {@code k} (0-based: model {@code k} overtaking model {@code k-1}):
 * {@code lambda_k c(Delta_k) >= r_{k-1} - r_k}, with its margin (left minus right).
 */
public final class PairCheck {
  private final int pair;
  private final double delta;
  private final double cost;
  private final double gap;
  private final Status status;
  private final Bounded deltaBound;
  private final Bounded marginBound;

  PairCheck(int pair, double delta, double cost, double gap, Status status, Bounded deltaBound, Bounded marginBound) {
    this.pair = pair;
    this.delta = delta;
    this.cost = cost;
    this.gap = gap;
    this.status = status;
    this.deltaBound = deltaBound;
    this.marginBound = marginBound;
  }

  /**
   * The adjacent condition of pair {@code k} at {@code tau}: {@code Delta_k} and the margin enclosed in
   * double intervals, re-evaluated in high precision when that does not decide the sign or is wide.
   */
  public static PairCheck of(Game g, double tau, int k) {
    PairCheck c = of(g, tau, k, Interval.of(0));
    if (c.status != Status.UNDECIDED && !Overtake.wide(Interval.of(c.deltaBound.lower(), c.deltaBound.upper()))) {
      return c;
    }
    return of(g, tau, k, BigInterval.of(0, BigInterval.DIGITS));
  }

  /**
   * The sign of pair {@code k}'s margin at {@code tau}, for callers that need only the sign: the double
   * enclosure is kept whenever it decides the sign, however wide it is (its bounds are rigorous, only the
   * printed estimate is coarser), and only an enclosure containing 0 is re-evaluated in high precision.
   * Same status as {@link #of(Game, double, int)} whenever that one is decided.
   */
  public static PairCheck sign(Game g, double tau, int k) {
    PairCheck c = of(g, tau, k, Interval.of(0));
    if (c.status != Status.UNDECIDED) {
      return c;
    }
    return of(g, tau, k, BigInterval.of(0, BigInterval.DIGITS));
  }

  private static <T extends Real<T>> PairCheck of(Game g, double tau, int k, T proto) {
    double gap = g.rewards().get(k - 1) - g.rewards().get(k);
    T t = proto.constant(tau);
    T d = Overtake.effort(g, t, k, k - 1, t);
    Bounded db = Bounded.of(d);
    if (d.lower() >= Double.MAX_VALUE / 2) {
      return new PairCheck(k, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, gap, Status.UNREACHABLE,
          Bounded.exact(Double.POSITIVE_INFINITY), Bounded.exact(Double.POSITIVE_INFINITY));
    }
    T cost = proto.constant(g.costScale(k)).times(g.cost().range(d));
    T margin = cost.minus(proto.constant(gap));
    Status s = margin.lower() >= 0 ? Status.HOLDS : margin.upper() < 0 ? Status.FAILS : Status.UNDECIDED;
    return new PairCheck(k, db.value(), g.cost(k, db.value()), gap, s, db, Bounded.of(margin));
  }

  /** The pair index {@code k} (model {@code k} overtaking {@code k-1}). */
  public int pair() {
    return pair;
  }

  /** {@code Delta_k(tau)}, the just-overtake effort ({@code +inf} if never). */
  public double delta() {
    return delta;
  }

  /** {@code lambda_k c(Delta_k)}. */
  public double cost() {
    return cost;
  }

  /** The reward gap {@code r_{k-1} - r_k}. */
  public double gap() {
    return gap;
  }

  /** {@code cost - gap} (positive: overtaking does not pay), the middle of {@link #marginBound()}. */
  public double margin() {
    return marginBound.value();
  }

  /** The enclosure of {@code Delta_k}. */
  public Bounded deltaBound() {
    return deltaBound;
  }

  /** The enclosure of the margin: its sign decides {@link #status()}. */
  public Bounded marginBound() {
    return marginBound;
  }

  /** Whether the condition holds for this pair. */
  public Status status() {
    return status;
  }
}
