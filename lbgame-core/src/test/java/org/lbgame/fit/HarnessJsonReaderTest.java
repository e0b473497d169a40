package org.lbgame.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HarnessJsonReaderTest {
  @TempDir
  Path dir;

  private void write(String rel, String model, String args, String task, double acc) throws IOException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, "{\"results\": {\"" + task + "\": {\"alias\": \"" + task + "\", \"acc,none\": " + acc
        + ", \"acc_stderr,none\": 0.01}}, \"config\": {\"model\": \"hf\", \"model_args\": \"" + args + "\"}"
        + (model == null ? "" : ", \"model_name\": \"" + model + "\"") + "}");
  }

  @Test
  void readsOneFilePerModelAndStep() throws IOException {
    write("Qwen2.5-7B/step-0/results_2025.json", "Qwen/Qwen2.5-7B", "pretrained=Qwen/Qwen2.5-7B", "winogrande", 0.70);
    write("Qwen2.5-7B/step-100/results_2025.json", "Qwen/Qwen2.5-7B", "pretrained=x", "winogrande", 0.75);
    write("a/results.json", null, "pretrained=Qwen/Qwen2.5-0.5B,revision=step0", "winogrande", 0.55);
    write("b/results.json", null, "pretrained=Qwen/Qwen2.5-0.5B,revision=step100", "winogrande", 0.58);
    TrajectorySet s = HarnessJsonReader.read(dir, "winogrande", "acc,none", List.of());
    assertEquals("Qwen/Qwen2.5-7B", s.get(0).model());
    assertEquals(0.75, s.get(0).scoreAt(100));
    assertEquals(0.58, s.get(1).scoreAt(100));
    assertEquals(0.01, s.get(1).points().get(0).stderr());
  }

  @Test
  void missingTaskOrStepIsReportedWithFile() throws IOException {
    write("m/step-1/r.json", "Qwen/Qwen2.5-7B", "", "piqa", 0.7);
    InvalidTrajectoryException e = assertThrows(InvalidTrajectoryException.class,
        () -> HarnessJsonReader.read(dir, "winogrande", "acc,none", List.of()));
    assertEquals("results.winogrande", e.field());
    write("m/r2.json", "Qwen/Qwen2.5-7B", "", "winogrande", 0.7);
    Files.delete(dir.resolve("m/step-1/r.json"));
    e = assertThrows(InvalidTrajectoryException.class,
        () -> HarnessJsonReader.read(dir, "winogrande", "acc,none", List.of()));
    assertEquals("steps", e.field());
  }

  @Test
  void parsesModelSizes() {
    assertEquals(0.5e9, ModelSize.parameters("Qwen/Qwen2.5-0.5B-Instruct").getAsDouble());
    assertEquals(70e6, ModelSize.parameters("EleutherAI/pythia-70m-deduped").getAsDouble());
    assertEquals(8e9, ModelSize.parameters("meta-llama/Llama-3.1-8B").getAsDouble());
    assertEquals(2e9, ModelSize.parameters("google/gemma-2-2b-it").getAsDouble());
    assertEquals(774e6, ModelSize.parameters("openai-community/gpt2-large").getAsDouble());
    assertEquals(9e9, ModelSize.parameters("01-ai/Yi-1.5-9B-Chat").getAsDouble());
    assertEquals("0.5B", ModelSize.label(0.5e9));
    assertEquals("70M", ModelSize.label(70e6));
  }
}
