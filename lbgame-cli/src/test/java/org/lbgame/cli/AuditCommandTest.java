package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.gen.TrajectoryGenerator.ModelSpec;
import org.lbgame.gen.TrajectoryGenerator;
import org.lbgame.plot.PlotFiles;
import picocli.CommandLine;

class AuditCommandTest {
  @TempDir
  Path dir;

  record Run(int code, String out, String err) {
  }

  static Run run(Object command, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.withErrorLine(new CommandLine(command));
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private Path csv() throws Exception {
    String text = TrajectoryGenerator.toCsv(TrajectoryGenerator.logitNoiseSet(new SplittableRandom(3),
        List.of(new ModelSpec("Qwen2.5-7B", 7, 1.0, 0.45), new ModelSpec("Qwen2.5-3B", 3, 0.3, 0.40),
            new ModelSpec("Qwen2.5-1.5B", 1.5, -0.6, 0.38)), 0.5, 1, 1, TrajectoryGenerator.logSteps(9, 2000), 0.05));
    Path f = dir.resolve("t.csv");
    Files.writeString(f, text);
    return f;
  }

  @Test
  void writesReportWithValidPlots() throws Exception {
    Path out = dir.resolve("out");
    Run r = run(new AuditCommand(), csv().toString(), "--floor", "0.5", "--out", out.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"curves\""));
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("## Verdict per adjacent pair"));
    assertTrue(md.contains("L = 0.500000 (given"));
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("report.json").toFile());
    assertEquals(3, json.get("curves").size());
    assertEquals("Qwen2.5-7B", json.get("curves").get(0).get("model").asText());
    assertEquals(2, json.get("pairs").size());
    for (String stem : new String[] {"fitted-curves", "effort-gaps", "residuals"}) {
      PlotFiles.assertValid(out, stem);
    }
  }

  @Test
  void estimatedCeilingIsNamedInTheReport() throws Exception {
    Path out = dir.resolve("out");
    Run r = run(new AuditCommand(), csv().toString(), "--floor", "0.5", "--ceiling", "estimate", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out.resolve("report.md")).contains("profile least squares"));
  }

  @Test
  void badRowIsOneLineExitTwoAndNothingWritten() throws Exception {
    Path f = dir.resolve("bad.csv");
    Files.writeString(f, "model,capability,steps,score\nm,1,0,0.5\nm,1,10,oops\n");
    Path out = dir.resolve("out");
    Run r = run(new AuditCommand(), f.toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertEquals("lbgame: invalid input: " + f + ":3: score: must be a decimal number (e.g. 0.75, -1e-3) (got oops)", r.err().strip());
    assertFalse(Files.exists(out));
  }

  @Test
  void badOptionsAreOneLineExitTwo() throws Exception {
    Path out = dir.resolve("out");
    Run r = run(new AuditCommand(), csv().toString(), "--ceiling", "high", "--out", out.toString());
    assertEquals(2, r.code());
    assertEquals("lbgame: invalid input: --ceiling: must be a number or 'estimate' (got high)", r.err().strip());
    r = run(new AuditCommand(), csv().toString(), "--offset", "-1", "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().startsWith("lbgame: invalid input: --offset: must be > 0"), r.err());
    r = run(new AuditCommand(), dir.resolve("missing.csv").toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertFalse(Files.exists(out));
  }

  @Test
  void readsAHarnessResultsDirectory() throws Exception {
    Path results = dir.resolve("results");
    double[][] acc = {{0.70, 0.74, 0.76}, {0.60, 0.65, 0.68}};
    String[] models = {"Qwen/Qwen2.5-7B", "Qwen/Qwen2.5-1.5B"};
    int[] steps = {0, 100, 1000};
    for (int m = 0; m < 2; m++) {
      for (int s = 0; s < 3; s++) {
        Path f = results.resolve(models[m].replace('/', '_')).resolve("step-" + steps[s]).resolve("results.json");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "{\"model_name\": \"" + models[m] + "\", \"results\": {\"winogrande\": {\"acc,none\": "
            + acc[m][s] + ", \"acc_stderr,none\": 0.012}}}");
      }
    }
    Path out = dir.resolve("out");
    Run r = run(new AuditCommand(), results.toString(), "--task", "winogrande", "--floor", "0.5", "--out", out.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Qwen/Qwen2.5-7B > Qwen/Qwen2.5-1.5B"), r.out());
    Run noTask = run(new AuditCommand(), results.toString(), "--out", dir.resolve("o2").toString());
    assertEquals(2, noTask.code());
    assertTrue(noTask.err().startsWith("lbgame: invalid input: " + results + ": --task: is required"), noTask.err());
  }
}
