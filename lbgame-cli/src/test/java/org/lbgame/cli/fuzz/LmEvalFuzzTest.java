package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the lm-eval-harness results reader (audit DIR --task t): a valid result, or one invalid-input line and exit code 2. */
class LmEvalFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void lmEval(byte[] data) {
    ReaderTargets.lmEval(data);
  }
}
