package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.cli.Main;
import org.lbgame.model.GameJson;

/** The .nfg payoff order on the hand-checked 2x2x2 game, exact rationals, and enumpure's NE line format. */
class NfgTest {
  /**
   * Scores S0 = (4, 6), S1 = (3, 5), S2 = (2, 4.5), cost 1/4 per step, rewards (1, 1/2, 0). By hand, profile
   * (e0, e1, e2) -> ranking -> payoffs: (0,0,0) 4,3,2 -> 1, 1/2, 0; (1,0,0) 6,3,2 -> 3/4, 1/2, 0; (0,1,0) 4,5,2
   * -> 1/2, 3/4, 0; (1,1,0) 6,5,2 -> 3/4, 1/4, 0; (0,0,1) 4,3,4.5 -> 1/2, 0, 3/4; (1,0,1) 6,3,4.5 -> 3/4, 0, 1/4;
   * (0,1,1) 4,5,4.5 -> 0, 3/4, 1/4; (1,1,1) 6,5,4.5 -> 3/4, 1/4, -1/4. Player 1 (model 0) varies fastest.
   */
  private static final String HAND = "1 1/2 0\n3/4 1/2 0\n1/2 3/4 0\n3/4 1/4 0\n1/2 0 3/4\n3/4 0 1/4\n0 3/4 1/4\n"
      + "3/4 1/4 -1/4\n";

  @Test
  void payoffOrderOnTheHandCheckedGame() {
    StringWriter w = new StringWriter();
    Nfg.write(GameJson.fromTree(NfgHandGame.game()), 0, 1, w);
    String[] parts = w.toString().split("\n\n", 2);
    assertEquals("NFG 1 R \"lbgame three-by-two: follower game at tau=0, efforts 0..1 (strategy k = k extra steps)\""
        + " { \"m1\" \"m2\" \"m3\" } { 2 2 2 }", parts[0]);
    assertEquals(HAND, parts[1]);
  }

  @Test
  void rationalsAreExactIntegersOrFractions() {
    assertEquals("3/4", Nfg.rational(3L << 58, 60));
    assertEquals("-1/4", Nfg.rational(-(1L << 58), 60));
    assertEquals("5", Nfg.rational(5L << 10, 10));
    assertEquals("0", Nfg.rational(0, 60));
    assertEquals("12", Nfg.rational(3, -2));
    assertEquals("3/1024", Nfg.rational(3, 10));
  }

  @Test
  void neLinesFollowEnumpure() {
    assertEquals("NE,0,1,1,0,0,1", Nfg.neLine(new int[] {1, 0, 1}, 1));
    assertEquals("NE,1,0,0,0,0,1", Nfg.neLine(new int[] {0, 2}, 2));
  }

  @Test
  void enumerateAndExportCommands(@TempDir Path dir) throws Exception {
    Path game = dir.resolve("g.json");
    Files.writeString(game, JsonFiles.write(TableGames.game("z", "", new double[][] {{4, 5, 6}, {3, 4, 5}},
        new double[] {0, 0, 0}, new double[] {1, 0})));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(new String[] {"enumerate", game.toString(), "--steps", "2"}, new PrintWriter(out),
        new PrintWriter(err)), err.toString());
    // by hand: model 1 wins only at (0, 2); model 0 then deviates; so every profile with e0 >= 1 and only those
    assertEquals("NE,0,1,0,1,0,0\nNE,0,0,1,1,0,0\nNE,0,1,0,0,1,0\nNE,0,0,1,0,1,0\nNE,0,1,0,0,0,1\nNE,0,0,1,0,0,1\n",
        out.toString());
    Path nfg = dir.resolve("g.nfg");
    assertEquals(0, Main.run(new String[] {"export-nfg", game.toString(), "--steps", "2", "--out", nfg.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
    String text = Files.readString(nfg);
    assertEquals(1 + 1 + 9, text.split("\n").length, text);
    assertEquals("0 1", text.split("\n")[2 + 6], "profile (0, 2): model 1 passes 4 with 5");
  }
}
