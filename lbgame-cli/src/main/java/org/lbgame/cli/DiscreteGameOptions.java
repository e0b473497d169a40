package org.lbgame.cli;

import java.nio.file.Path;
import org.lbgame.model.InvalidGameException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The game file, integer TbT level and horizon shared by the commands that work on the discrete game. */
final class DiscreteGameOptions {
  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1).")
  Path game;

  @Option(names = "--tau", paramLabel = "T", defaultValue = "0", description = "Integer TbT level (default 0).")
  int tau;

  @Option(names = "--steps", paramLabel = "E", required = true, description = "Horizon: efforts 0..E.")
  int steps;

  /** Rejects a negative level or horizon, naming the option. */
  void requireNonNegative() {
    if (tau < 0 || steps < 0) {
      throw new InvalidGameException(tau < 0 ? "--tau" : "--steps", "must be an integer >= 0", tau < 0 ? tau : steps);
    }
  }
}
