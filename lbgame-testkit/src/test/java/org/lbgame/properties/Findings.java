package org.lbgame.properties;

import java.nio.file.Path;
import org.lbgame.gen.GameFiles;

/** Writes the counterexamples that property searches find to {@code target/counterexamples/} and prints them. */
final class Findings {
  private Findings() {
  }

  /** Reports a continuous case: {@code name.game.json} (the game, tau in its description) and {@code name.json} (its integer-grid tables). */
  static void reportCase(String name, org.lbgame.gen.GameCase c, boolean withTables) {
    if (c == null) {
      report(name, null);
      return;
    }
    report(name + ".game", c.toJson());
    if (withTables) {
      report(name, org.lbgame.gen.Tables.discretize(c).toJson());
    }
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
