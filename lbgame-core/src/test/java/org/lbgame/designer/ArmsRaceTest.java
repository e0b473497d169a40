package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.solve.DiscreteTables;

/** Best-response dynamics: every move checked by an independent brute-force best response; cycle and PNE stops. */
class ArmsRaceTest {

  /** Utility of {@code i} playing {@code e} against {@code effort}: own ranking (ties to the lower index), in table units. */
  static long utility(long[][] s, long[][] c, long[] r, int tau, int[] effort, int i, int e) {
    long si = s[i][tau + e];
    int rank = 0;
    for (int j = 0; j < s.length; j++) {
      long sj = s[j][tau + effort[j]];
      if (j != i && (sj > si || sj == si && j < i)) {
        rank++;
      }
    }
    return r[rank] - c[i][e];
  }

  static void checkEveryMove(Game g, ArmsRaceResult a) {
    DiscreteTables t = DiscreteTables.of(g, a.tau(), a.horizon());
    long[][] s = t.score();
    long[][] c = t.cost();
    long[] r = t.reward();
    List<ArmsRaceResult.Step> st = a.steps();
    for (int m = 1; m < st.size(); m++) {
      int i = st.get(m).mover();
      int[] before = st.get(m - 1).effort();
      long best = Long.MIN_VALUE;
      int arg = -1;
      for (int e = 0; e <= a.horizon(); e++) {
        long u = utility(s, c, r, a.tau(), before, i, e);
        if (u > best) {
          best = u;
          arg = e;
        }
      }
      int[] expect = before.clone();
      expect[i] = arg;
      assertArrayEquals(expect, st.get(m).effort(), "move " + m);
    }
  }

  @Test
  void atOrAboveTheThresholdNobodyMoves() {
    Game g = GameJson.read(Path.of("examples/qwen25-winogrande.json"));
    ArmsRaceResult a = ArmsRace.run(g, 370, 50001, 10, Progress.NONE);
    assertEquals(ArmsRace.Outcome.PNE, a.outcome());
    assertEquals(1, a.rounds());
    assertArrayEquals(new int[5], a.finalEffort());
    assertTrue(a.finalPne());
  }

  @Test
  void belowTheThresholdTheRaceCycles() {
    Game g = GameJson.read(Path.of("examples/qwen25-winogrande.json"));
    ArmsRaceResult a = ArmsRace.run(g, 0, 50001, 1000, Progress.NONE);
    assertEquals(ArmsRace.Outcome.CYCLE, a.outcome());
    assertFalse(a.finalPne());
    // the repeated state: same efforts, and the developer to move next is the same
    ArmsRaceResult.Step first = a.steps().get(a.cycleStart());
    ArmsRaceResult.Step last = a.steps().get(a.steps().size() - 1);
    assertArrayEquals(first.effort(), last.effort());
    assertEquals((first.mover() + 1) % 5, (last.mover() + 1) % 5);
    assertTrue(a.cyclePeriod() > 0);
  }

  @Test
  void smallGameEveryMoveIsABestResponse() {
    Game g = Game.of(List.of(Model.of("a", 3, PowerLawCurve.of(0.4, 0.8, 0, 1)),
        Model.of("b", 2, PowerLawCurve.of(0.2, 0.7, 0, 1)), Model.of("c", 1, PowerLawCurve.of(0, 0.6, 0, 1))),
        LinearCost.of(0.01), Rewards.reciprocal(3));
    ArmsRaceResult a = ArmsRace.run(g, 0, 60, 500, Progress.NONE);
    checkEveryMove(g, a);
    assertTrue(a.outcome() != ArmsRace.Outcome.ROUND_LIMIT, a.summary());
  }

  @Test
  void qwenMovesAreBestResponses() {
    Game g = GameJson.read(Path.of("examples/qwen25-winogrande.json"));
    ArmsRaceResult a = ArmsRace.run(g, 0, 2000, 40, Progress.NONE);
    checkEveryMove(g, a);
  }
}
