package org.lbgame.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.Hypotheses;
import org.lbgame.oracle.Equilibria;
import org.lbgame.solve.SolutionSummary;
import org.lbgame.solve.Solver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Every scaling path of issue 22 on the power-law game of {@link ThresholdBenchmark} (and of
 * {@code BenchGames power-law N}) with {@code n = 10^3 .. 10^6} models: reading the file (streaming
 * reader), the summary solve with the pruning bound (hypotheses included), the threshold (primitive
 * arrays, no certificate), and the single-profile enumeration ({@code --steps 0}: tables and the one
 * profile). Time per call should grow as {@code n} (times {@code log n} for the solve's sort). Run
 * (docs/benchmarks.md): {@code java -cp ... org.openjdk.jmh.Main ScaleBenchmark -f 2 -wi 3 -i 5}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ScaleBenchmark {
  /** Number of models. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int n;

  private Path file;
  private Game game;

  /** Writes the game file and reads it once. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("lbgame-scale-", ".json");
    write(n, file);
    game = GameJson.read(file);
  }

  /** Removes the game file. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Reading the game file with the streaming reader. */
  @Benchmark
  public Game read() {
    return GameJson.read(file);
  }

  /** The summary solve at {@code tau = 0}, hypotheses included (the verdict is "no PNE": many jumps pay). */
  @Benchmark
  public SolutionSummary solveSummary() {
    return Solver.summarize(game, 0, Hypotheses.check(game), 20);
  }

  /** The summary solve at {@code tau = 10^4}, where all-zero is a PNE (the independent check included). */
  @Benchmark
  public SolutionSummary solveSummaryStable() {
    return Solver.summarize(game, 1e4, Hypotheses.check(game), 20);
  }

  /** The stabilizing threshold of every pair, without the certificate. */
  @Benchmark
  public ThresholdResult threshold() {
    return ContinuousThreshold.of(game, false);
  }

  /** The discrete game's single profile at horizon 0: its tables and the one equilibrium. */
  @Benchmark
  public long enumerateSingleProfile() {
    return Equilibria.each(game, 0, 0, p -> { });
  }

  /** The game of {@code BenchGames power-law n}, written as it is generated. */
  static void write(int n, Path out) throws IOException {
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
}
