package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the query reader (check ... --query QUERY.json): a valid result, or one invalid-input line and exit code 2. */
class QueryFileFuzzTest {
  @FuzzTest(maxDuration = "30m")
  void query(byte[] data) {
    ReaderTargets.query(data);
  }
}
