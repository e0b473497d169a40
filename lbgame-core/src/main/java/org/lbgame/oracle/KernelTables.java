package org.lbgame.oracle;

import org.lbgame.kernel.AllZero;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.TieRule;
import org.lbgame.solve.DiscreteTables;

/**
 * The kernel's exact tables of a game's discrete follower game, wide enough for every tau up to
 * {@code maxTau} (the kernel reads only columns {@code tau..tau+E}), with the reward-unit view of gains and costs.
 */
final class KernelTables {
  final Game game;
  final long[][] score;
  final long[][] cost;
  final long[] reward;
  final int horizon;
  final DiscreteTables tables;

  private KernelTables(Game game, DiscreteTables t, int horizon) {
    this.game = game;
    this.tables = t;
    this.score = t.score();
    this.cost = t.cost();
    this.reward = t.reward();
    this.horizon = horizon;
  }

  /** Tables for {@code tau = 0..maxTau} and horizon {@code E}; the kernel's tie rule only. */
  static KernelTables of(Game g, int maxTau, int horizon) {
    return of(g, maxTau, horizon, "tau", "steps");
  }

  /** As {@link #of(Game, int, int)}, a too large table named on {@code tauField} or {@code horizonField}. */
  static KernelTables of(Game g, int maxTau, int horizon, String tauField, String horizonField) {
    requireTieRule(g);
    return new KernelTables(g, DiscreteTables.of(g, maxTau, horizon, tauField, horizonField), horizon);
  }

  /** The input errors {@link #of(Game, int, int)} would raise, without building the tables. */
  static void check(Game g, int maxTau, int horizon) {
    requireTieRule(g);
    DiscreteTables.check(g, maxTau, horizon, "tau", "steps");
  }

  private static void requireTieRule(Game g) {
    if (g.tieRule() != TieRule.HIGHER_CAPABILITY) {
      throw new InvalidGameException("tie", "the discrete game (steps) supports only \"higher-capability\"",
          "\"" + g.tieRule().label() + "\"");
    }
  }

  int size() {
    return score.length;
  }

  /** Rank of {@code i} at all-zero when it alone plays {@code e} (kernel). */
  int rank(int tau, int i, int e) {
    return AllZero.rankAtAllZero(score, tau, i, e);
  }

  /** Reward gained by model {@code i} playing {@code e} against all-zero, in reward units. */
  double gain(int tau, int i, int e) {
    return game.rewards().get(rank(tau, i, e)) - game.rewards().get(rank(tau, i, 0));
  }

  /** Extra cost {@code c_i(e) - c_i(0)} in reward units. */
  double extraCost(int i, int e) {
    return game.cost(i, e) - game.cost(i, 0);
  }

  /** Kernel-unit margin of deviation {@code (i, e)} from all-zero: extra cost minus gain (negative: it pays). */
  long deviationMargin(int tau, int i, int e) {
    return (cost[i][e] - cost[i][0]) - (reward[rank(tau, i, e)] - reward[rank(tau, i, 0)]);
  }

  /** Kernel-unit margin of jump {@code k -> j} at its just-overtake effort {@code d >= 0}. */
  long jumpMargin(int k, int j, int d) {
    return cost[k][d] - (reward[j] - reward[k]);
  }

  /** True when the conversion to kernel units was exact (no rounding anywhere). */
  boolean exact() {
    return tables.exact();
  }

  /** Kernel units within which a decision may flip through rounding (0 when exact). */
  long flagUnits() {
    return tables.flagUnits();
  }
}
