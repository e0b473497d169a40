package org.lbgame.bench;

import java.util.concurrent.TimeUnit;
import org.lbgame.kernel.Enumeration;
import org.lbgame.oracle.EnumerateBenchmarkGame;
import org.lbgame.oracle.FastEnumeration;
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
 * Pure-equilibrium enumeration, structured ({@link FastEnumeration}) next to the kernel's plain
 * profile-by-profile enumeration ({@link Enumeration#allPne}), on 4 models x 30 effort levels (810,000 profiles)
 * and 6 models x 10 levels (1,000,000 profiles). Run (after {@code mvn -o test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.openjdk.jmh.Main EnumerateBenchmark
 * -prof gc}; figures in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class EnumerateBenchmark {
  /** {@code models x levels}: levels = E + 1. */
  @Param({"4x30", "6x10"})
  public String shape;

  /** {@code crossing} (rows cross, convex cost) or {@code all-equilibria} (every profile a PNE: the worst case). */
  @Param({"crossing", "all-equilibria"})
  public String game;

  private EnumerateBenchmarkGame g;

  /** Builds the seeded game of the shape. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] p = shape.split("x");
    g = EnumerateBenchmarkGame.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]) - 1, 42, game);
  }

  /** Structured enumeration: the equilibria as Gambit indices (4 bytes each). */
  @Benchmark
  public int[] structured() {
    return FastEnumeration.pneIndices(g.score, g.cost, g.reward, 0, g.horizon);
  }

  /** Structured enumeration with every equilibrium materialized as an {@code int[]} (the plain one's output). */
  @Benchmark
  public int[][] structuredProfiles() {
    return FastEnumeration.allPne(g.score, g.cost, g.reward, 0, g.horizon);
  }

  /** The kernel's plain enumeration (the reference). */
  @Benchmark
  public int[][] plain() {
    return Enumeration.allPne(g.score, g.cost, g.reward, 0, g.horizon);
  }

  /**
   * The index-based enumeration that was {@code allPne}'s body until 2026-12-05 (Gambit indices, then their
   * profiles, then every row re-checked), kept in the kernel as {@code certifiedPne}: the peer of {@link #plain}.
   */
  @Benchmark
  public int[][] plainIndexed() {
    return Enumeration.certifiedPne(g.score, g.cost, g.reward, 0, g.horizon);
  }
}
