package org.lbgame.properties;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.Scale;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.gen.ValidGames;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.kernel.Enumeration;
import org.lbgame.model.Game;

/**
 * Prop B.1: heterogeneous separable costs {@code c_i = lambda_i c} give the same equilibria as the
 * common-cost game with rewards rescaled per model ({@code r / lambda_i}), and the paper's effort
 * reparametrization {@code e~ = c^{-1}(lambda_i c(e))} turns {@code lambda_i c(e)} into {@code c(e~)}.
 */
class SeparableCostsTest {
  static final int TRIES = 500;

  /** A valid case with integer cost scales {@code lambda_i} in 1..4. */
  static GameCase scaled(java.util.random.RandomGenerator r) {
    GameCase c = ValidGames.gameCase(r, Scale.ENUMERATION);
    double[] lambda = new double[c.game().size()];
    for (int i = 0; i < lambda.length; i++) {
      lambda[i] = 1 + r.nextInt(0, 4);
    }
    return c.withGame(c.game().withCostScale(lambda));
  }

  static long lcm(long a, long b) {
    long x = a;
    long y = b;
    while (y != 0) {
      long t = x % y;
      x = y;
      y = t;
    }
    return a / x * b;
  }

  /** Kernel PNE of the heterogeneous game = brute-force PNE of the common-cost game with per-model rewards {@code r L/lambda_i}. */
  static boolean sameEquilibria(GameCase c) {
    Game g = c.game();
    TableGame hetero = Tables.discretize(c);
    TableGame common = Tables.discretize(c.withGame(g.withCostScale(ones(g.size()))));
    long big = 1;
    for (int i = 0; i < g.size(); i++) {
      big = lcm(big, (long) g.costScale(i));
    }
    long[][] cost = common.cost();
    long[][] reward = new long[g.size()][];
    for (int i = 0; i < g.size(); i++) {
      long li = (long) g.costScale(i);
      for (int e = 0; e < cost[i].length; e++) {
        cost[i][e] *= big;
      }
      reward[i] = common.reward();
      for (int k = 0; k < reward[i].length; k++) {
        reward[i][k] = reward[i][k] * (big / li);
      }
    }
    TableGame rescaled = TableGame.of(common.score(), cost, common.reward(), c.tau(), c.horizon());
    List<int[]> expected = IndependentSolver.perModelRewards(rescaled, reward).allPne();
    int[][] got = Enumeration.allPne(hetero.score(), hetero.cost(), hetero.reward(), c.tau(), c.horizon());
    return Arrays.deepEquals(expected.toArray(new int[0][]), got);
  }

  static double[] ones(int n) {
    double[] o = new double[n];
    Arrays.fill(o, 1);
    return o;
  }

  @Test
  void propB1SameEquilibriaAsTheRescaledCommonCostGame() {
    Predicate<GameCase> p = SeparableCostsTest::sameEquilibria;
    Property.check("propB.1-rescaled-rewards", TRIES, LbGens.of(SeparableCostsTest::scaled), p,
        c -> Games.shrinkCase(c, p), GameCase::toJson);
  }

  /** The reparametrization of the paper's proof: {@code c(c^{-1}(lambda c(e))) = lambda c(e)} for every cost family. */
  @Test
  void propB1EffortReparametrization() {
    Predicate<GameCase> p = c -> {
      Game g = c.game();
      for (int i = 0; i < g.size(); i++) {
        for (double e : new double[] {0, 0.5, 1, 2, 3.25, 10, 100}) {
          double target = g.cost(i, e);
          double tilde = g.cost().effortFor(target);
          if (Math.abs(g.cost().cost(tilde) - target) > 1e-9 * (1 + target)) {
            return false;
          }
        }
      }
      return true;
    };
    Property.check("propB.1-reparametrization", TRIES, LbGens.of(SeparableCostsTest::scaled), p,
        c -> Games.shrinkCase(c, p), GameCase::toJson);
  }
}
