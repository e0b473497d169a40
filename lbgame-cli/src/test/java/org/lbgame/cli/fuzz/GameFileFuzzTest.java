package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the game reader (solve GAME.json): a valid result, or one invalid-input line and exit code 2. */
class GameFileFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void game(byte[] data) {
    ReaderTargets.game(data);
  }
}
