package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the result reader (check GAME.json RESULT.json): a valid result, or one invalid-input line and exit code 2. */
class ResultFileFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void result(byte[] data) {
    ReaderTargets.result(data);
  }
}
