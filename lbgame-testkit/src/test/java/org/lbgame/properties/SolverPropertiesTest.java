package org.lbgame.properties;

import java.util.Arrays;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.Scale;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.model.Hypotheses;
import org.lbgame.solve.DiscreteSolution;
import org.lbgame.solve.DiscreteSolver;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;

/** The solve layer against the independent computations: brute-force enumeration and the curves' inverses. */
class SolverPropertiesTest {
  static final int TRIES = 300;

  /** Discrete solver: the all-zero verdict and the PNE set are those of the brute force on the same integer grid. */
  static boolean discreteAgrees(GameCase c) {
    DiscreteSolution s = DiscreteSolver.solve(c.game(), c.tau(), c.horizon(), Hypotheses.check(c.game()));
    TableGame t = Tables.discretize(c);
    IndependentSolver b = IndependentSolver.of(t);
    if (s.allZeroPne() != b.allZeroIsPne()) {
      return false;
    }
    int[][] all = s.allPne();
    return all == null || Arrays.deepEquals(all, b.allPne().toArray(new int[0][]));
  }

  /** Continuous solver: its adjacent and every-jump verdicts are those of the curves' inverses, where decided. */
  static boolean continuousAgrees(GameCase c) {
    Solution s = Solver.solve(c.game(), c.tau());
    int a = Continuous.adjacent(c.game(), c.tau());
    int e = Continuous.allZeroByDefinition(c.game(), c.tau());
    return (a == 0 || (a > 0) == s.adjacentConditionHolds()) && (e == 0 || (e > 0) == s.everyJumpConditionHolds());
  }

  @Test
  void discreteSolverAgreesWithTheBruteForce() {
    Predicate<GameCase> p = SolverPropertiesTest::discreteAgrees;
    Property.check("solve-discrete", TRIES, LbGens.validCases(Scale.ENUMERATION), p, c -> Games.shrinkCase(c, p),
        GameCase::toJson);
  }

  @Test
  void discreteSolverAgreesOnGamesBreakingOneHypothesis() {
    for (org.lbgame.model.Hypothesis h : new java.util.TreeSet<>(org.lbgame.gen.InvalidGames.BREAKABLE)) {
      Predicate<GameCase> p = SolverPropertiesTest::discreteAgrees;
      Property.check("solve-discrete-breaks-" + h.label(), TRIES / 6, LbGens.casesBreaking(h), p,
          c -> Games.shrinkCase(c, p), GameCase::toJson);
    }
  }

  @Test
  void continuousSolverAgreesWithTheInverses() {
    Predicate<GameCase> p = SolverPropertiesTest::continuousAgrees;
    Property.check("solve-continuous", TRIES, LbGens.validCases(Scale.PAPER), p, c -> Games.shrinkCase(c, p),
        GameCase::toJson);
  }

  @Test
  void continuousSolverAgreesOnGamesBreakingOneHypothesis() {
    for (org.lbgame.model.Hypothesis h : new java.util.TreeSet<>(org.lbgame.gen.InvalidGames.BREAKABLE)) {
      Predicate<GameCase> p = SolverPropertiesTest::continuousAgrees;
      Property.check("solve-continuous-breaks-" + h.label(), TRIES / 6, LbGens.casesBreakingAtTheEdge(h), p,
          c -> Games.shrinkCase(c, p), GameCase::toJson);
    }
  }
}
