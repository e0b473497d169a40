package org.lbgame.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.plot.PlotFiles;

class HarmonyCommandTest {
  static final String DATA = System.getProperty("lbgame.harmonyData", "data/lm-harmony");

  @TempDir
  Path dir;

  @Test
  void reportListsTheInversionsTbtRemovesWithValidPlots() throws Exception {
    Path out = dir.resolve("h");
    AuditCommandTest.Run r = AuditCommandTest.run(new HarmonyCommand(), "--data", DATA, "--out", out.toString(), "--json");
    assertEquals(0, r.code(), r.err());
    String md = Files.readString(out.resolve("report.md"));
    assertTrue(md.contains("| commonsense_qa | Qwen2.5 base | Qwen2.5-14B < Qwen2.5-7B"), md);
    assertTrue(md.contains("| gsm8k | Qwen2.5 base | Qwen2.5-3B < Qwen2.5-1.5B"), md);
    assertTrue(md.contains("MIT licence, copyright Guanhua Zhang and Moritz Hardt"));
    for (String stem : new String[] {"harmony-tau-per-task", "harmony-agreement", "harmony-qwen25-base"}) {
      PlotFiles.assertValid(out, stem);
    }
  }

  @Test
  void defaultDataIsFoundFromTheCodeNotTheWorkingDirectory() {
    Path found = HarmonyCommand.defaultData();
    assertTrue(found.isAbsolute(), "resolved against the code location, not the working directory: " + found);
    assertTrue(Files.isRegularFile(found.resolve("all_results.json")), found.toString());
    assertTrue(Files.isRegularFile(found.resolve("LICENSE.txt")), "the MIT licence ships with the data");
  }

  @Test
  void missingDataIsOneLineExitTwo() {
    AuditCommandTest.Run r = AuditCommandTest.run(new HarmonyCommand(), "--data", dir.resolve("nope").toString(),
        "--out", dir.resolve("h").toString());
    assertEquals(2, r.code());
    assertEquals(1, r.err().strip().lines().count());
    assertTrue(r.err().startsWith("lbgame: invalid input: --data: must be the lm-harmony directory"), r.err());
  }
}
