package org.lbgame.properties;

import java.nio.file.Path;
import org.lbgame.gen.GameFiles;

/** Writes the counterexamples that property searches find to {@code target/counterexamples/} and prints them. */
final class Findings {
  private Findings() {
  }

  static void report(String name, String json) {
    if (json == null) {
      System.out.println("[finding] " + name + ": no counterexample found");
      return;
    }
    Path f = GameFiles.save(Path.of("target", "counterexamples", name + ".json"), json);
    System.out.println("[finding] " + name + ": counterexample written to " + f + "\n" + json);
  }
}
