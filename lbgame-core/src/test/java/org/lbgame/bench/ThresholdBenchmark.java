package org.lbgame.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code tau*} of a continuous power-law game with common floor/ceiling for {@code n} models (closed form per
 * pair, Brent's method): time per call should grow linearly in {@code n}. Run (docs/benchmarks.md):
 * {@code mvn -B -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.openjdk.jmh.Main ThresholdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThresholdBenchmark {
  /** Number of models. */
  @Param({"1000", "10000", "100000", "1000000"})
  public int n;

  private Game game;

  /**
   * A game of {@code n} power-law models whose pairs are alike whatever {@code n}: intercept steps drawn
   * from one distribution, learning-rate ratio {@code gamma_k = 1 - 1e-7} for every pair (so {@code b}
   * stays in {@code [0.45, 0.5]} even for 10^6 models), reward gaps 0.01, linear cost 1e-6 (required
   * effort 10^4 steps per pair).
   */
  @Setup(Level.Trial)
  public void setUp() {
    List<Model> ms = new ArrayList<>(n);
    double[] r = new double[n];
    double a = 0;
    java.util.SplittableRandom rng = new java.util.SplittableRandom(42);
    for (int i = 0; i < n; i++) {
      ms.add(Model.of("m" + i, n - i, PowerLawCurve.of(a, 0.5 * Math.pow(1 - 1e-7, i), 0.5, 1, 1)));
      a -= rng.nextDouble(0.5, 1.0);
      r[i] = 0.01 * (n - 1 - i);
    }
    game = Game.of(ms, LinearCost.of(1e-6), Rewards.explicit(r));
  }

  /** The whole threshold: every pair's root, the maximum and the hardest pair (no certificate). */
  @Benchmark
  public ThresholdResult stabilizingThreshold() {
    return ContinuousThreshold.of(game, false);
  }
}
