package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the lm-harmony reader (harmony --data DIR): a valid result, or one invalid-input line and exit code 2. */
class HarmonyFileFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void harmony(byte[] data) {
    ReaderTargets.harmony(data);
  }
}
