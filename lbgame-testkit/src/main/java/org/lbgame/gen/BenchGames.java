package org.lbgame.gen;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The games of the end-to-end benchmark ({@code scripts/bench-e2e.sh}, {@code docs/benchmarks.md}), written
 * as files as they are generated:
 * <ul>
 *   <li>{@code power-law N}: N power-law models on a common scale whose pairs are alike whatever N (intercept
 *       steps from one distribution, learning-rate ratio {@code 1 - 1e-7} per pair, reward gaps 0.01, linear
 *       cost 1e-6: every pair needs 10^4 steps), the JMH threshold benchmark's game;</li>
 *   <li>{@code crossing N E} and {@code all-equilibria N E}: the enumeration benchmark's tables (seed 42; "4x30" is 4 models, horizon 29) as
 *       tabulated curves and cost, so that the discrete game at {@code tau = 0} with horizon E has exactly those
 *       tables;</li>
 *   <li>{@code trajectories N}: a CSV of N synthetic power-law trajectories (8 checkpoints each) for {@code audit}.</li>
 * </ul>
 * Usage: {@code java -cp ... org.lbgame.gen.BenchGames KIND N [E] FILE}.
 */
public final class BenchGames {
  private BenchGames() {
  }

  /** Writes one benchmark file. */
  public static void main(String[] args) throws IOException {
    String kind = args[0];
    int n = Integer.parseInt(args[1]);
    Path out = Path.of(args[args.length - 1]);
    switch (kind) {
      case "power-law":
        powerLaw(n, out);
        break;
      case "crossing":
      case "all-equilibria":
        table(n, Integer.parseInt(args[2]), kind, out);
        break;
      case "trajectories":
        trajectories(n, out);
        break;
      default:
        throw new IllegalArgumentException("unknown kind " + kind);
    }
  }

  /** The power-law game of {@code n} models. */
  public static void powerLaw(int n, Path out) throws IOException {
    try (JsonGenerator j = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
      j.writeStartObject();
      j.writeStringField("schema", "lbgame/1");
      j.writeStringField("name", "power-law " + n);
      j.writeArrayFieldStart("models");
      SplittableRandom rng = new SplittableRandom(42);
      double a = 0;
      for (int i = 0; i < n; i++) {
        j.writeStartObject();
        j.writeStringField("name", "m" + i);
        j.writeNumberField("capability", n - i);
        j.writeObjectFieldStart("score");
        j.writeStringField("family", "power-law");
        j.writeNumberField("a", a);
        j.writeNumberField("b", 0.5 * Math.pow(1 - 1e-7, i));
        j.writeNumberField("floor", 0.5);
        j.writeNumberField("ceiling", 1);
        j.writeEndObject();
        j.writeEndObject();
        a -= rng.nextDouble(0.5, 1.0);
      }
      j.writeEndArray();
      j.writeObjectFieldStart("cost");
      j.writeStringField("family", "linear");
      j.writeNumberField("kappa", 1e-6);
      j.writeEndObject();
      j.writeObjectFieldStart("rewards");
      j.writeStringField("scheme", "explicit");
      j.writeArrayFieldStart("values");
      for (int i = 0; i < n; i++) {
        j.writeNumber(0.01 * (n - 1 - i));
      }
      j.writeEndArray();
      j.writeEndObject();
      j.writeEndObject();
    }
  }

  /** The enumeration benchmark's game ({@code EnumerateBenchmarkGame}, seed 42) as a game file. */
  public static void table(int n, int horizon, String kind, Path out) throws IOException {
    boolean apart = kind.equals("all-equilibria");
    SplittableRandom rng = new SplittableRandom(42);
    long[][] score = new long[n][horizon + 1];
    long[] cost = new long[horizon + 1];
    for (int i = 0; i < n; i++) {
      long v = (apart ? 1_000_000L : 1000L) * (n - i);
      long inc = 200 + rng.nextInt(200);
      for (int x = 0; x <= horizon; x++) {
        score[i][x] = v;
        v += inc;
        inc = inc * (90 + rng.nextInt(10)) / 100;
      }
    }
    for (int e = 1; e <= horizon; e++) {
      cost[e] = cost[e - 1] + 3L * e;
    }
    try (JsonGenerator j = new JsonFactory().createGenerator(out.toFile(), JsonEncoding.UTF8)) {
      j.writeStartObject();
      j.writeStringField("schema", "lbgame/1");
      j.writeStringField("name", kind + " " + n + "x" + horizon);
      j.writeArrayFieldStart("models");
      for (int i = 0; i < n; i++) {
        j.writeStartObject();
        j.writeStringField("name", "m" + i);
        j.writeNumberField("capability", n - i);
        j.writeObjectFieldStart("score");
        j.writeStringField("family", "tabulated");
        j.writeArrayFieldStart("x");
        for (int x = 0; x <= horizon; x++) {
          j.writeNumber(x);
        }
        j.writeEndArray();
        j.writeArrayFieldStart("y");
        for (int x = 0; x <= horizon; x++) {
          j.writeNumber(score[i][x]);
        }
        j.writeEndArray();
        j.writeEndObject();
        j.writeEndObject();
      }
      j.writeEndArray();
      j.writeObjectFieldStart("cost");
      if (apart) {
        j.writeStringField("family", "linear");
        j.writeNumberField("kappa", 0);
      } else {
        j.writeStringField("family", "tabulated");
        j.writeArrayFieldStart("effort");
        for (int e = 0; e <= horizon; e++) {
          j.writeNumber(e);
        }
        j.writeEndArray();
        j.writeArrayFieldStart("cost");
        for (int e = 0; e <= horizon; e++) {
          j.writeNumber(cost[e]);
        }
        j.writeEndArray();
      }
      j.writeEndObject();
      j.writeObjectFieldStart("rewards");
      j.writeStringField("scheme", "explicit");
      j.writeArrayFieldStart("values");
      for (int i = 0; i < n; i++) {
        j.writeNumber(100 * (n - 1 - i));
      }
      j.writeEndArray();
      j.writeEndObject();
      j.writeEndObject();
    }
  }

  /** {@code n} synthetic trajectories, 8 checkpoints each, accuracy on a two-choice task (floor 0.5). */
  public static void trajectories(int n, Path out) throws IOException {
    double[] steps = {0, 10, 30, 100, 300, 1000, 3000, 10000};
    SplittableRandom rng = new SplittableRandom(2025);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      w.write("model,capability,steps,score,stderr\n");
      for (int i = 0; i < n; i++) {
        double a = 1.0 - 3.0 * i / n;
        double b = 0.3 - 0.1 * i / n;
        for (double x : steps) {
          double z = a + b * Math.log(1 + x) + 0.02 * rng.nextDouble(-1, 1);
          double s = 0.5 + 0.5 / (1 + Math.exp(-z));
          w.write(String.format(Locale.ROOT, "m%d,%d,%d,%.6f,0.01%n", i, n - i, (long) x, s));
        }
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
