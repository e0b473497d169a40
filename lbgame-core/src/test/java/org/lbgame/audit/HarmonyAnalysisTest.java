package org.lbgame.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HarmonyAnalysisTest {
  /** The shipped data, relative to the repository root (as in CI); override with -Dlbgame.harmonyData=DIR. */
  static final Path DATA = Path.of(System.getProperty("lbgame.harmonyData", "data/lm-harmony"));
  static HarmonyAnalysis h;

  @BeforeAll
  static void load() {
    h = HarmonyAnalysis.run(HarmonyData.read(DATA), ModelFamily.defaults());
  }

  @Test
  void commonsenseQaInversionWithinQwen25BaseIsRemovedByTbt() throws IOException {
    FamilyRanking r = h.ranking("commonsense_qa", "Qwen2.5 base");
    assertEquals(List.of("Qwen/Qwen2.5-14B", "Qwen/Qwen2.5-7B", "Qwen/Qwen2.5-3B", "Qwen/Qwen2.5-1.5B",
        "Qwen/Qwen2.5-0.5B"), r.models());
    assertEquals(List.of("Qwen/Qwen2.5-14B | Qwen/Qwen2.5-7B"), r.inversionsDirect().stream().map(RankInversion::key).toList());
    assertEquals(List.of(), r.inversionsTbt());
    assertEquals(r.inversionsDirect(), r.removedByTbt());
    // 10 pairs, one discordant: tau = (9 - 1) / 10
    assertEquals(0.8, r.tauDirect().tauB(), 1e-15);
    assertEquals(1.0, r.tauTbt().tauB(), 1e-15);
    // the raw numbers, read independently of HarmonyData
    JsonNode root = new ObjectMapper().readTree(DATA.resolve("all_results.json").toFile());
    JsonNode d = root.get("direct_eval").get("commonsense_qa");
    assertTrue(d.get("Qwen/Qwen2.5-7B").asDouble() > d.get("Qwen/Qwen2.5-14B").asDouble());
  }

  @Test
  void gsm8kInversionWithinQwen25BaseIsRemovedByTbt() {
    FamilyRanking r = h.ranking("gsm8k", "Qwen2.5 base");
    assertEquals(List.of("Qwen/Qwen2.5-3B | Qwen/Qwen2.5-1.5B"), r.removedByTbt().stream().map(RankInversion::key).toList());
    assertEquals(List.of(), r.inversionsTbt());
  }

  @Test
  void lossTasksAreOrientedLowerIsBetter() {
    // on arxiv_2025 the larger Qwen2.5 models have the lower loss: oriented, the size order is mostly kept
    FamilyRanking r = h.ranking("arxiv_2025", "Qwen2.5 base");
    assertTrue(r.tauTbt().tauB() > 0.5);
  }

  @Test
  void tbtRaisesRankAgreementAcrossTasks() {
    RankAgreement all = h.agreements().get(0);
    assertEquals("all models", all.scope());
    assertEquals(61, all.models());
    assertEquals(27 * 26 / 2, all.taskPairs());
    assertTrue(all.meanTauTbt() > all.meanTauDirect());
  }

  @Test
  void familiesAreOrderedBySizeAndSkipSingletons() {
    ModelFamily pythia = ModelFamily.defaults().stream().filter(f -> f.name().equals("Pythia")).findFirst().orElseThrow();
    List<String> m = pythia.members(h.data().allModels());
    assertEquals("EleutherAI/pythia-12b", m.get(0));
    assertEquals("EleutherAI/pythia-70m-deduped", m.get(m.size() - 1));
    assertEquals(8, m.size());
    assertTrue(h.rankings().stream().noneMatch(r -> r.family().equals("Yi chat")));
  }
}
