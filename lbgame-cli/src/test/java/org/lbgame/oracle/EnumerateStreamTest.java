package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.cli.Main;

/**
 * {@code lbgame enumerate} writes its equilibria as they are found: its NE lines and its JSON equal what the
 * tree-building answer ({@link Reference#answer}, the protocol's reference) gives, on random small table games;
 * with horizon 0 the single profile is the one equilibrium, found for many models without the per-player sweep.
 */
class EnumerateStreamTest {
  @Test
  void streamedOutputIsTheReferenceAnswer(@TempDir Path dir) throws Exception {
    SplittableRandom rng = new SplittableRandom(5);
    for (int t = 0; t < 40; t++) {
      int n = 1 + rng.nextInt(4);
      int steps = rng.nextInt(4);
      double[][] s = new double[n][steps + 1];
      double[] r = new double[n];
      for (int i = 0; i < n; i++) {
        double v = 10 * (n - i) + rng.nextInt(5);
        for (int x = 0; x <= steps; x++) {
          s[i][x] = v;
          v += rng.nextInt(12);
        }
        r[i] = n - i - (rng.nextInt(3) == 0 ? 0.5 : 0);
      }
      double[] c = new double[Math.max(2, steps + 1)];
      for (int e = 1; e < c.length; e++) {
        c[e] = c[e - 1] + rng.nextInt(3) * 0.25;
      }
      var tree = TableGames.game("t" + t, "", s, c, r);
      Path game = dir.resolve("g" + t + ".json");
      Files.writeString(game, JsonFiles.write(tree));
      var expected = Reference.answer(Query.enumerate(tree, 0, steps));
      assertEquals(JsonFiles.write(expected), run(game, steps, "--json"), "game " + t);
      StringBuilder lines = new StringBuilder();
      for (var p : expected.get("equilibria")) {
        int[] e = new int[p.size()];
        for (int i = 0; i < e.length; i++) {
          e[i] = p.get(i).asInt();
        }
        lines.append(Nfg.neLine(e, steps)).append('\n');
      }
      assertEquals(lines.toString(), run(game, steps), "game " + t);
    }
  }

  @Test
  void horizonZeroIsTheSingleProfileForManyModels(@TempDir Path dir) throws Exception {
    int n = 5_000;
    double[][] s = new double[n][1];
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      s[i][0] = n - i;
      r[i] = n - i;
    }
    Path game = dir.resolve("wide.json");
    Files.writeString(game, JsonFiles.write(TableGames.game("wide", "", s, new double[] {0, 1}, r)));
    String out = run(game, 0);
    assertEquals(2 + 2 * n + 1, out.length());
    assertEquals("NE,1,1", out.substring(0, 6));
  }

  private static String run(Path game, int steps, String... extra) {
    String[] args = new String[3 + extra.length + 1];
    args[0] = "enumerate";
    args[1] = game.toString();
    args[2] = "--steps";
    args[3] = String.valueOf(steps);
    System.arraycopy(extra, 0, args, 4, extra.length);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, Main.run(args, new PrintWriter(out), new PrintWriter(err)), err.toString());
    return out.toString();
  }
}
