package org.lbgame.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.model.InvalidGameException;

/** The lm-eval layouts of {@code examples/lm-eval/} (see its README) and the reader's errors. */
class HarnessJsonReaderTest {
  private static final Path LAYOUTS = Path.of("examples", "lm-eval");

  @TempDir
  Path dir;

  private static TrajectorySet layout(String name) {
    return HarnessJsonReader.read(LAYOUTS.resolve(name), HarnessOptions.of("arc_easy", "acc,none"));
  }

  private static double[] steps(Trajectory t) {
    return t.points().stream().mapToDouble(TrajectoryPoint::steps).toArray();
  }

  @Test
  void pretrainedPathsCarryTheStepAndBaseModelsAreStepZero() {
    TrajectorySet s = layout("pretrained-step-path");
    assertEquals(2, s.size());
    assertEquals("/path/models/pythia-1.4b", s.get(0).model());
    assertEquals("/path/models/pythia-410m", s.get(1).model());
    assertEquals(1.4e9, s.get(0).capability());
    assertArrayEquals(new double[] {0, 100, 1000, 10000}, steps(s.get(0)));
    // the Hub base model is step 0 of the only run with its name
    assertArrayEquals(new double[] {0, 100, 1000, 10000}, steps(s.get(1)));
    TrajectoryPoint p = s.get(0).pointAt(1000);
    assertEquals(2376, p.questions());
    assertTrue(p.hasStderr());
    assertTrue(p.source().endsWith("__path__models__pythia-1.4b__step_1000/results_2024-06-01T14-00-00.123460.json"),
        p.source());
    assertTrue(String.join("\n", s.notes()).contains("step 0 of /path/models/pythia-410m: EleutherAI/pythia-410m"),
        s.notes().toString());
  }

  @Test
  void hubRevisionsInOneFolderAreCheckpoints() {
    TrajectorySet s = layout("hf-revision");
    assertEquals("EleutherAI/pythia-410m", s.get(0).model());
    assertEquals("EleutherAI/pythia-160m", s.get(1).model());
    assertArrayEquals(new double[] {0, 100, 1000, 10000}, steps(s.get(1)));
  }

  @Test
  void trainerCheckpointsNeedBaseForDifferentlyNamedBaseModels() {
    Path d = LAYOUTS.resolve("trainer-checkpoints");
    InvalidTrajectoryException e = assertThrows(InvalidTrajectoryException.class,
        () -> HarnessJsonReader.read(d, HarnessOptions.of("arc_easy", "acc,none")));
    assertTrue(e.getMessage().contains("--base MODEL=FILE"), e.getMessage());
    assertTrue(e.file().contains("Qwen__Qwen2.5-"), e.file());
    HarnessOptions o = HarnessOptions.of("arc_easy", "acc,none")
        .withBase("qwen2.5-0.5b-sft", Path.of("base/Qwen__Qwen2.5-0.5B/results_2024-06-02T19-00-00.123475.json"))
        .withBase("./runs/qwen2.5-1.5b-sft", Path.of("base/Qwen__Qwen2.5-1.5B/results_2024-06-03T13-00-00.123479.json"));
    TrajectorySet s = HarnessJsonReader.read(d, o);
    assertEquals("./runs/qwen2.5-1.5b-sft", s.get(0).model());
    assertArrayEquals(new double[] {0, 500, 1000, 1500}, steps(s.get(1)));
  }

  @Test
  void peftAdaptersNameTheModelAndTheirBaseGivesTheSize() {
    TrajectorySet s = layout("peft-adapters");
    assertEquals("/ckpt/lora-b", s.get(0).model());
    assertEquals(1e9, s.get(0).capability());
    assertEquals("/ckpt/lora-a", s.get(1).model());
    assertEquals(410e6, s.get(1).capability());
    assertArrayEquals(new double[] {200, 400, 800}, steps(s.get(1)));
  }

  @Test
  void globalStepAndTrailingStepFolders() {
    TrajectorySet s = layout("global-step");
    assertEquals("/ckpt/neox-350m", s.get(0).model());
    assertEquals("/ckpt/neox-125m", s.get(1).model());
    assertArrayEquals(new double[] {1000, 2000, 4000}, steps(s.get(0)));
    assertArrayEquals(new double[] {1000, 2000, 4000}, steps(s.get(1)));
  }

  @Test
  void checkpointNamesSplitAsDocumented() {
    String[][] cases = {
        {"/path/models/pythia-1.4b//step_10", "/path/models/pythia-1.4b", "10"},
        {"/runs/pythia-1.4b/step-20/", "/runs/pythia-1.4b", "20"},
        {"pythia-1.4b-step500", "pythia-1.4b", "500"},
        {"step143000", "", "143000"},
        {"./out/checkpoint-500", "./out", "500"},
        {"/ckpt/run/global_step1000", "/ckpt/run", "1000"},
        {"/ckpt/run/iter_0001000", "/ckpt/run", "1000"},
        {"/runs/pythia/checkpoint-500/hf", "/runs/pythia/hf", "500"},
        {"/runs/pythia-1.4b/2000", "/runs/pythia-1.4b", "2000"},
        {"EleutherAI/pythia-1.4b", "EleutherAI/pythia-1.4b", "NaN"},
        {"org/model-2000", "org/model-2000", "NaN"},
        {"mystep5", "mystep5", "NaN"},
        {"results_2024-06-01T14-00-00.123460", "results_2024-06-01T14-00-00.123460", "NaN"},
    };
    for (String[] c : cases) {
      CheckpointName n = CheckpointName.parse(c[0]);
      assertEquals(c[1], n.model(), c[0]);
      assertEquals(Double.parseDouble(c[2]), n.step(), c[0]);
    }
  }

  private void write(String rel, String body) throws IOException {
    Path f = dir.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, body);
  }

  private static String file(String modelArgs, double acc, String extra) {
    return "{\"results\": {\"winogrande\": {\"alias\": \"winogrande\", \"acc,none\": " + acc
        + ", \"acc_stderr,none\": 0.012}}, \"config\": {\"model\": \"hf\", \"model_args\": \"" + modelArgs + "\"}"
        + extra + "}";
  }

  private InvalidTrajectoryException bad(HarnessOptions o) {
    return assertThrows(InvalidTrajectoryException.class, () -> HarnessJsonReader.read(dir, o));
  }

  private InvalidTrajectoryException bad() {
    return bad(HarnessOptions.of("winogrande", "acc,none"));
  }

  @Test
  void stepSourcesMustAgree() throws IOException {
    write("step_200/r.json", file("pretrained=EleutherAI/pythia-1b,revision=step100", 0.6, ""));
    InvalidTrajectoryException e = bad();
    assertEquals("steps", e.field());
    assertTrue(e.value().contains("revision=step100 says 100") && e.value().contains("says 200"), e.value());
  }

  @Test
  void strictJsonDuplicateKeysTrailingContentAndNanAreErrors() throws IOException {
    // the shared strict reader (org.lbgame.model.StrictJson): an InvalidGameException naming the file
    HarnessOptions o = HarnessOptions.of("winogrande", "acc,none");
    write("a/step_1/r.json", file("pretrained=/m/pythia-1b", 0.6, ", \"config\": {}"));
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> HarnessJsonReader.read(dir, o));
    assertTrue(e.rule().startsWith("must not repeat a key"), e.getMessage());
    Files.writeString(dir.resolve("a/step_1/r.json"), file("pretrained=/m/pythia-1b", 0.6, "") + " {}");
    e = assertThrows(InvalidGameException.class, () -> HarnessJsonReader.read(dir, o));
    assertTrue(e.field().endsWith("r.json") && e.rule().startsWith("must hold exactly one JSON value"), e.getMessage());
    Files.writeString(dir.resolve("a/step_1/r.json"), "{\"results\": {\"winogrande\": {\"acc,none\": 0.6, "
        + "\"acc_stderr,none\": NaN}}, \"config\": {\"model_args\": \"pretrained=/m/pythia-1b\"}}");
    e = assertThrows(InvalidGameException.class, () -> HarnessJsonReader.read(dir, o));
    assertTrue(e.rule().contains("NaN and Infinity are not JSON"), e.getMessage());
  }

  @Test
  void aLossMetricIsRejectedAndMissingMetricsAreListed() throws IOException {
    write("s/step_1/r.json", file("pretrained=/m/pythia-1b", 0.6,
        ", \"higher_is_better\": {\"winogrande\": {\"acc\": false}}"));
    assertEquals("higher_is_better.winogrande.acc", bad().field());
    write("s/step_1/r.json", file("pretrained=/m/pythia-1b", 0.6, ""));
    InvalidTrajectoryException e = bad(HarnessOptions.of("winogrande", "acc_norm,none"));
    assertTrue(e.getMessage().contains("--metric") && e.value().contains("acc,none"), e.getMessage());
    e = bad(HarnessOptions.of("piqa", "acc,none"));
    assertEquals("--task", e.field());
    assertTrue(e.value().contains("winogrande"), e.value());
  }

  @Test
  void notAvailableStderrIsNotGiven() throws IOException {
    write("m/step_1/r.json", "{\"results\": {\"winogrande\": {\"acc,none\": 0.6, \"acc_stderr,none\": \"N/A\"}},"
        + " \"config\": {\"model_args\": \"pretrained=/m/pythia-1b\"}}");
    write("m/step_2/r.json", "{\"results\": {\"winogrande\": {\"acc,none\": 0.62}},"
        + " \"config\": {\"model_args\": \"pretrained=/m/pythia-1b\"}, \"n-samples\": {\"winogrande\": "
        + "{\"original\": 1267, \"effective\": 1267}}}");
    TrajectorySet s = HarnessJsonReader.read(dir, HarnessOptions.of("winogrande", "acc,none"));
    assertTrue(s.get(0).points().stream().noneMatch(TrajectoryPoint::hasStderr));
    assertEquals(1267, s.get(0).pointAt(2).questions());
    assertEquals(0, s.get(0).pointAt(1).questions());
    write("m/step_3/r.json", "{\"results\": {\"winogrande\": {\"acc,none\": \"0.7\"}}, \"config\": "
        + "{\"model_args\": \"pretrained=/m/pythia-1b\"}}");
    assertEquals("results.winogrande.acc,none", bad().field());
  }

  @Test
  void sizesOrdersAndTheirErrorsNameTheOption() throws IOException {
    write("a/step_1/r.json", file("pretrained=/runs/alpha/step_1", 0.6, ""));
    write("a/step_2/r.json", file("pretrained=/runs/alpha/step_2", 0.65, ""));
    write("b/step_1/r.json", file("pretrained=/runs/beta/step_1", 0.5, ""));
    InvalidTrajectoryException e = bad();
    assertTrue(e.getMessage().contains("--size MODEL=SIZE") && e.getMessage().contains("--order"), e.getMessage());
    TrajectorySet s = HarnessJsonReader.read(dir, HarnessOptions.of("winogrande", "acc,none")
        .withSize("alpha", HarnessOptions.parseSize("7B")).withSize("/runs/beta", HarnessOptions.parseSize("410m")));
    assertEquals("/runs/alpha", s.get(0).model());
    assertEquals(410e6, s.get(1).capability());
    s = HarnessJsonReader.read(dir, HarnessOptions.of("winogrande", "acc,none").withOrder(List.of("beta", "alpha")));
    assertEquals("/runs/beta", s.get(0).model());
    assertEquals("--order", bad(HarnessOptions.of("winogrande", "acc,none").withOrder(List.of("beta"))).field());
    assertEquals("--order",
        bad(HarnessOptions.of("winogrande", "acc,none").withOrder(List.of("beta", "alpha", "gamma"))).field());
    assertEquals("--size", bad(HarnessOptions.of("winogrande", "acc,none").withSize("gamma", 1e9)).field());
  }

  @Test
  void aFileWithoutCheckpointOrRunIsReportedWithFileAndOption() throws IOException {
    write("m/step-1/r.json", file("pretrained=/m/pythia-1b/step-1", 0.7, ""));
    write("other/r.json", file("pretrained=Qwen/Qwen2.5-7B", 0.7, ""));
    InvalidTrajectoryException e = bad();
    assertEquals("steps", e.field());
    assertTrue(e.file().endsWith("r.json") && e.getMessage().contains("--base MODEL=FILE"), e.getMessage());
  }

  @Test
  void twoResultsForOneCheckpointNameBothFiles() throws IOException {
    write("m/step_1/results_a.json", file("pretrained=/m/pythia-1b/step_1", 0.7, ""));
    write("m/step_1/results_b.json", file("pretrained=/m/pythia-1b/step_1", 0.71, ""));
    InvalidTrajectoryException e = bad();
    assertTrue(e.getMessage().contains("results_a.json") && e.getMessage().contains("results_b.json"), e.getMessage());
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
    assertEquals(1.4e9, HarnessOptions.parseSize("1.4B"));
    assertTrue(Double.isNaN(HarnessOptions.parseSize("big")));
  }
}
