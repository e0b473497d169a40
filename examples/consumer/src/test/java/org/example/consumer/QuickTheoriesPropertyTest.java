package org.example.consumer;

import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.kernel.AllZero;
import org.lbgame.kernel.Equilibrium;

/** README: "Property tests with QuickTheories": draws from the testkit, shrinks with QuickTheories. */
class QuickTheoriesPropertyTest {
  @Test
  void allZeroIsAPneExactlyWhenNoJumpPays() {
    qt().withExamples(300).forAll(LbGens.validTables()).check(t -> AllZero.isAllZeroPne(t.score(), t.cost(),
        t.reward(), t.tau(), t.horizon()) == AllZero.everyJumpConditionHolds(t.score(), t.cost(), t.reward(),
        t.tau(), t.horizon()));
  }

  @Test
  void theDefinitionOfAllZeroPneAgreesWithTheGeneralPneCheck() {
    qt().withExamples(300).forAll(LbGens.randomTables()).check(t -> agrees(t));
  }

  private static boolean agrees(TableGame t) {
    return AllZero.isAllZeroPne(t.score(), t.cost(), t.reward(), t.tau(), t.horizon())
        == Equilibrium.isPne(t.score(), t.cost(), t.reward(), t.tau(), t.horizon(), new int[t.size()]);
  }
}
