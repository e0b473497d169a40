package org.lbgame.gen;

import org.lbgame.model.Game;
import org.lbgame.model.Rewards;

/**
 * Adversarial rewards: puts a game on the edge of the adjacent condition, where the paper's shortcuts
 * are most likely to break. Each adjacent reward gap is set to a fraction of the cost of the adjacent
 * overtake at {@code tau}: {@code r_{k-1} - r_k = fraction * c_k(Delta_k(tau))}, so the adjacent
 * condition holds (for {@code fraction <= 1}) with as little margin as asked.
 */
public final class EdgeRewards {
  private EdgeRewards() {
  }

  /** The case with explicit rewards at the edge ({@code r_n = 0}; a never-possible overtake gets gap 1). */
  public static GameCase atAdjacentEdge(GameCase c, double fraction) {
    Game g = c.game();
    int n = g.size();
    double[] r = new double[n];
    for (int k = n - 1; k >= 1; k--) {
      double target = g.curve(k - 1).value(c.tau());
      double x = g.curve(k).exceed(target);
      double gap = x == Double.POSITIVE_INFINITY ? 1 : fraction * g.cost(k, Math.max(0, x - c.tau()));
      r[k - 1] = r[k] + (Double.isFinite(gap) && gap >= 0 ? gap : 1);
    }
    double[] scale = new double[n];
    for (int i = 0; i < n; i++) {
      scale[i] = g.costScale(i);
    }
    Game tuned = Game.of(g.models(), g.cost(), Rewards.explicit(r)).withCostScale(scale).withTieRule(g.tieRule())
        .withDescription(g.name(), g.description());
    return c.withGame(tuned);
  }
}
