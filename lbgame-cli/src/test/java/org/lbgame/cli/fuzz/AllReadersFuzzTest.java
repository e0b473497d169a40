package org.lbgame.cli.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;

/**
 * The short campaign of {@code mvn verify}: every reader in one fuzz test (Jazzer fuzzes one test per JVM), the
 * first byte choosing the reader and the rest being its file; its seeds are the readers' seeds so prefixed.
 */
class AllReadersFuzzTest {
  @FuzzTest(maxDuration = "5s")
  void anyReader(byte[] data) {
    if (data.length == 0) {
      return;
    }
    byte[] file = Arrays.copyOfRange(data, 1, data.length);
    switch (Math.floorMod(data[0], 6)) {
      case 0 -> ReaderTargets.game(file);
      case 1 -> ReaderTargets.result(file);
      case 2 -> ReaderTargets.query(file);
      case 3 -> ReaderTargets.csv(file);
      case 4 -> ReaderTargets.lmEval(file);
      default -> ReaderTargets.harmony(file);
    }
  }
}
