package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Certificates;
import org.lbgame.kernel.Equilibrium;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.Hypotheses;
import org.lbgame.solve.DiscreteSolution;
import org.lbgame.solve.DiscreteSolver;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Verdict;

/** The README's library snippets, compiled and run against the installed artifacts. */
class LibraryTest {
  private static Game qwen() throws IOException {
    try (InputStream in = LibraryTest.class.getResourceAsStream("/qwen25-winogrande.json")) {
      return GameJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void solveAGameThroughTheApi() throws IOException {
    // README: "Solve a game"
    Game game = qwen();
    Solution s = Solver.solve(game, 3000);
    assertEquals(Verdict.UNIQUE_PNE, s.verdict(), s.verdictSentence());
    assertTrue(s.adjacentConditionHolds());
    Solution low = Solver.solve(game, 0);
    assertFalse(low.adjacentConditionHolds(), "at tau = 0 some model benchmaxxes");
  }

  @Test
  void solveTheDiscreteGameAndRecheckItsVerdictWithTheKernel() throws IOException {
    Game game = qwen();
    DiscreteSolution d = DiscreteSolver.solve(game, 3000, 100, Hypotheses.check(game));
    long[][] score = d.tables().score();
    long[][] cost = d.tables().cost();
    long[] reward = d.tables().reward();
    assertEquals(d.allZeroPne(), AllZero.isAllZeroPne(score, cost, reward, 3000, 100));
    assertEquals(d.allZeroPne(), Equilibrium.isPne(score, cost, reward, 3000, 100, new int[game.size()]));
  }

  @Test
  void checkAnotherImplementationsCertificateWithTheKernel() {
    // README: "Check a certificate with the verified kernel". Two models, efforts 0..2, tau = 0:
    // model 1 overtakes model 0 with one step (score 31 > 30) at cost 5 for a prize gap of 10.
    long[][] score = {{30, 40, 50}, {10, 31, 45}};
    long[][] cost = {{0, 5, 10}, {0, 5, 10}};
    long[] reward = {10, 0};
    // someone claims "no PNE at all-zero: model 1 gains by playing 1"; the kernel checks the claim
    assertTrue(Certificates.checkAllZeroNotPne(score, cost, reward, 0, 2, 1, 1));
    // a wrong claim (playing 0 gains nothing) is rejected
    assertFalse(Certificates.checkAllZeroNotPne(score, cost, reward, 0, 2, 1, 0));
    assertEquals(1, AllZero.justOvertake(score, 0, 2, 1, 0));
    assertFalse(AllZero.isAllZeroPne(score, cost, reward, 0, 2));
  }
}
