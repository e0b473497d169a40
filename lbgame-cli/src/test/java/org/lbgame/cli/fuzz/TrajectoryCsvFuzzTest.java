package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the trajectory CSV reader (audit t.csv): a valid result, or one invalid-input line and exit code 2. */
class TrajectoryCsvFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void csv(byte[] data) {
    ReaderTargets.csv(data);
  }
}
