package org.lbgame.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.lbgame.audit.AssumptionAudit;
import org.lbgame.audit.AuditReport;
import org.lbgame.audit.AuditResult;
import org.lbgame.audit.ReportFiles;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.TrajectoryCsvReader;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The audit of {@code n} synthetic trajectories ({@code BenchGames trajectories N}: 8 checkpoints each):
 * reading the CSV, fitting every model, auditing C1-C3, and the report with its plots rendered in memory
 * (at most {@code AuditPlots.PLOTTED} models drawn). Run: {@code ... org.openjdk.jmh.Main AuditBenchmark}.
 */
@org.openjdk.jmh.annotations.State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xmx3g", "-XX:+UseSerialGC", "-Djava.awt.headless=true"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
public class AuditBenchmark {
  /** Number of models. */
  @Param({"1000", "10000", "100000"})
  public int n;

  private Path file;

  /** Writes the CSV. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    file = Files.createTempFile("lbgame-audit-", ".csv");
    double[] steps = {0, 10, 30, 100, 300, 1000, 3000, 10000};
    SplittableRandom rng = new SplittableRandom(2025);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("model,capability,steps,score,stderr\n");
      for (int i = 0; i < n; i++) {
        double a = 1.0 - 3.0 * i / n;
        double b = 0.3 - 0.1 * i / n;
        for (double x : steps) {
          double z = a + b * Math.log(1 + x) + 0.02 * rng.nextDouble(-1, 1);
          w.write(String.format(Locale.ROOT, "m%d,%d,%d,%.6f,0.01%n", i, n - i, (long) x, 0.5 + 0.5 / (1 + Math.exp(-z))));
        }
      }
    }
  }

  /** Removes the CSV. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
  }

  /** Read, fit, audit and render the report (no files written). */
  @Benchmark
  public ReportFiles audit() {
    AuditResult a = AssumptionAudit.run(PowerLawFitter.fitAll(TrajectoryCsvReader.read(file),
        FitOptions.defaults().withFloor(0.5)));
    return AuditReport.build(a, List.of(), false);
  }
}
