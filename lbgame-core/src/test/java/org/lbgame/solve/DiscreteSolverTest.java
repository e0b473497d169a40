package org.lbgame.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.Rewards;

/** The discrete game against an independent brute force written here (doubles, the log-gap win rule). */
class DiscreteSolverTest {

  private static Game twoExp(double strongFloor, double weakFloor, CostFunction cost) {
    return SolverTest.game(cost, Rewards.winnerTakeAll(2), ExponentialSaturationCurve.of(strongFloor, 1, 1),
        ExponentialSaturationCurve.of(weakFloor, 1, 1));
  }

  /** All PNE of the 2-player game by brute force: the weak model wins iff log(1-Lw) - e1 < log(1-Ls) - e0. */
  private static List<int[]> bruteForce(double ls, double lw, CostFunction c, int horizon) {
    List<int[]> out = new ArrayList<>();
    for (int e1 = 0; e1 <= horizon; e1++) {
      for (int e0 = 0; e0 <= horizon; e0++) {
        if (isPne(ls, lw, c, horizon, e0, e1)) {
          out.add(new int[] {e0, e1});
        }
      }
    }
    return out;
  }

  private static boolean weakWins(double ls, double lw, int e0, int e1) {
    return Math.log(1 - lw) - e1 < Math.log(1 - ls) - e0;
  }

  private static boolean isPne(double ls, double lw, CostFunction c, int horizon, int e0, int e1) {
    double u0 = (weakWins(ls, lw, e0, e1) ? 0 : 1) - c.cost(e0);
    double u1 = (weakWins(ls, lw, e0, e1) ? 1 : 0) - c.cost(e1);
    for (int d = 0; d <= horizon; d++) {
      if ((weakWins(ls, lw, d, e1) ? 0 : 1) - c.cost(d) > u0 || (weakWins(ls, lw, e0, d) ? 1 : 0) - c.cost(d) > u1) {
        return false;
      }
    }
    return true;
  }

  @Test
  void cheapOvertakingHasNoPneByEnumerationAndTheKernelCertifiesTheDeviation() {
    CostFunction c = LinearCost.of(0.5);
    Game g = twoExp(0.6, 0.5, c);
    DiscreteSolution d = DiscreteSolver.solve(g, 0, 3, Hypotheses.check(g));
    assertEquals(0, bruteForce(0.6, 0.5, c, 3).size());
    assertEquals(Verdict.NO_PNE, d.verdict());
    assertFalse(d.allZeroPne());
    assertArrayEquals(new int[] {1, 1}, d.deviation()); // weak model, one step (ln 1.25 < 1)
    assertEquals(1, d.deviationGain());
    assertEquals(0.5, d.deviationCost());
    assertEquals(Boolean.TRUE, d.certified());
    assertTrue(d.tables().exact());
    assertEquals(1, d.pairs().get(0).delta());
  }

  @Test
  void aCostlessStepGivesAnotherPneInTheDiscreteGameToo() {
    // Delta = ceil-ish of ln 8 = 2.08: 3 steps costing 4 >= 1; one free step does not overtake
    CostFunction c = PiecewiseLinearCost.of(new double[] {0, 1}, new double[] {0, 2});
    Game g = twoExp(0.9, 0.2, c);
    DiscreteSolution d = DiscreteSolver.solve(g, 0, 3, Hypotheses.check(g));
    List<int[]> expected = bruteForce(0.9, 0.2, c, 3);
    assertEquals(expected.size(), d.allPne().length);
    for (int k = 0; k < expected.size(); k++) {
      assertArrayEquals(expected.get(k), d.allPne()[k]);
    }
    assertTrue(d.allZeroPne());
    assertEquals(3, d.pairs().get(0).delta());
    assertEquals(Verdict.PNE_NOT_UNIQUE, d.verdict());
    // a non-zero profile of the brute-force list (Gambit order: the strong model's free step comes first)
    int[] other = d.otherEquilibrium();
    assertTrue(other[0] + other[1] > 0);
    assertTrue(expected.stream().anyMatch(p -> java.util.Arrays.equals(p, other)));
    assertTrue(d.verdictSentence().contains("(" + Verdict.FLAT_COST + ")"), d.verdictSentence());
  }

  @Test
  void expensiveOvertakingHasTheUniquePneByEnumeration() {
    CostFunction c = LinearCost.of(2);
    Game g = twoExp(0.6, 0.5, c);
    DiscreteSolution d = DiscreteSolver.solve(g, 2, 4, Hypotheses.check(g));
    assertEquals(1, bruteForce(0.6, 0.5, c, 4).size());
    assertEquals(Verdict.UNIQUE_PNE, d.verdict());
    assertEquals(Boolean.TRUE, d.certified());
  }

  @Test
  void inexactConversionIsMeasuredAndReported() {
    Game g = twoExp(0.6, 0.5, LinearCost.of(0.1));
    DiscreteSolution d = DiscreteSolver.solve(g, 0, 20, Hypotheses.check(g));
    assertFalse(d.tables().exact());
    // conversion error in reward units: tiny, but not zero (0.1 is not dyadic)
    double err = d.tables().errorUnits() * d.tables().unit();
    assertTrue(err > 0 && err < 1e-15, "error " + err);
    // c(1) = 0.1 < 1: decided far beyond the rounding bound; enumeration agrees with the brute force
    assertEquals(0, bruteForce(0.6, 0.5, LinearCost.of(0.1), 20).size());
    assertEquals(Verdict.NO_PNE, d.verdict());
    assertFalse(d.jumps().get(0).flagged());
  }
}
