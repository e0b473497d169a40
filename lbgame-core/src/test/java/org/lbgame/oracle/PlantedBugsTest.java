package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The harness's default run (100 tries, as {@code lbgame harness}) catches an implementation with any one of the
 * known mistakes for at least 99 of 100 seeds, and a correct implementation for none; every exposure class's game
 * is answered correctly by the correct implementation and wrongly by the mistake it exposes.
 */
class PlantedBugsTest {
  /** {@code lbgame harness}'s default number of tries. */
  static final int DEFAULT_TRIES = 100;

  @ParameterizedTest
  @EnumSource(value = PlantedImplementation.Bug.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void theDefaultRunCatchesEachPlantedBugForAtLeast99Of100Seeds(PlantedImplementation.Bug bug, @TempDir Path out) {
    int caught = 0;
    StringWriter missed = new StringWriter();
    for (long seed = 1; seed <= 100; seed++) {
      StringWriter log = new StringWriter();
      Harness.Report r = Harness.run(new PlantedImplementation(bug), DEFAULT_TRIES, seed, out, new PrintWriter(log));
      if (!r.clean()) {
        caught++;
      } else {
        missed.append("seed ").append(String.valueOf(seed)).append('\n');
      }
    }
    assertTrue(caught >= 99, bug + " caught for " + caught + " of 100 seeds; missed:\n" + missed);
  }

  @Test
  void theCorrectImplementationAgreesOnEveryTry(@TempDir Path out) {
    for (long seed = 1; seed <= 20; seed++) {
      StringWriter log = new StringWriter();
      Harness.Report r = Harness.run(new PlantedImplementation(PlantedImplementation.Bug.NONE), DEFAULT_TRIES, seed,
          out, new PrintWriter(log));
      assertTrue(r.clean(), "seed " + seed + ":\n" + log);
      assertEquals(DEFAULT_TRIES, r.counts.get("AGREE"));
    }
  }

  @ParameterizedTest
  @EnumSource(SmallGames.Exposure.class)
  void everyExposureGameSeparatesItsMistakeFromTheCorrectAnswer(SmallGames.Exposure e) {
    PlantedImplementation.Bug bug = exposes(e);
    SplittableRandom rng = new SplittableRandom(7);
    for (int k = 0; k < 50; k++) {
      Query q = SmallGames.exposing(rng, e).query();
      assertEquals(ExternalRun.Outcome.AGREE, ExternalRun.judge(q,
          new PlantedImplementation(PlantedImplementation.Bug.NONE).answer(q)).outcome, e + " " + q.toTree());
      ExternalRun wrong = ExternalRun.judge(q, new PlantedImplementation(bug).answer(q));
      assertTrue(wrong.outcome != ExternalRun.Outcome.AGREE, e + " does not expose " + bug + ": " + q.toTree());
    }
  }

  private static PlantedImplementation.Bug exposes(SmallGames.Exposure e) {
    switch (e) {
      case MULTI_RANK_JUMP:
        return PlantedImplementation.Bug.ADJACENT_ONLY;
      case EXACT_TIE:
        return PlantedImplementation.Bug.REVERSED_TIES;
      case FLAT_COST:
        return PlantedImplementation.Bug.WEAK_IMPROVEMENT;
      case C1_FAILS:
        return PlantedImplementation.Bug.INDEX_ORDER;
      case NON_ZERO_PNE:
        return PlantedImplementation.Bug.THEOREM_ENUMERATION;
      default:
        return PlantedImplementation.Bug.EXCLUSIVE_RANGE;
    }
  }
}
