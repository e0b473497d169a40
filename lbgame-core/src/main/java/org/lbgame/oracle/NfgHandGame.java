package org.lbgame.oracle;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A three-model game with one step each (2x2x2 profiles), small enough to tabulate by hand: scores
 * {@code S0 = (4, 6)}, {@code S1 = (3, 5)}, {@code S2 = (2, 4.5)}, cost {@code 0.25} per step, rewards
 * {@code (1, 0.5, 0)}. Every profile has a profitable deviation (no PNE).
 */
final class NfgHandGame {
  private NfgHandGame() {
  }

  static ObjectNode game() {
    return TableGames.game("three-by-two", "three models, one step each: the hand-checked 2x2x2 game",
        new double[][] {{4, 6}, {3, 5}, {2, 4.5}}, new double[] {0, 0.25}, new double[] {1, 0.5, 0});
  }
}
