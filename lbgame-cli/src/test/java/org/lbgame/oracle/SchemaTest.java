package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lbgame.cli.Main;
import org.lbgame.model.GameJson;

/** Every example, vector and CLI JSON output validates against the schemas in {@code schema/}. */
class SchemaTest {
  private static List<Path> examples() throws Exception {
    try (Stream<Path> s = Files.list(Path.of("examples"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyExampleGameValidatesAndIsRead() throws Exception {
    List<Path> ex = examples();
    assertTrue(ex.size() >= 8, "examples found: " + ex);
    for (Path p : ex) {
      Schemas.assertValid(Schemas.GAME, JsonFiles.read(p, p.toString()), p.toString());
      GameJson.read(p);
    }
  }

  @Test
  void everyVectorValidates() {
    for (Vector v : Vectors.suite()) {
      if (v.invalid()) {
        continue;
      }
      Schemas.assertValid(Schemas.GAME, v.game(), v.id() + " game");
      Schemas.assertValid(Schemas.QUERY, v.query().toTree(), v.id() + " query");
      Schemas.assertValid(Schemas.RESULT, v.expected(), v.id() + " expected");
    }
  }

  @Test
  void structurallyInvalidGamesFailTheSchemaAndValueRulesAreLeftToTheReader() {
    Set<String> structural = Set.of("wrong-schema", "unknown-field", "missing-cost", "no-models", "unknown-tie-rule");
    Set<String> valueRules = Set.of("equal-capabilities", "increasing-rewards", "decreasing-tabulated-score");
    int seen = 0;
    for (Vector v : Vectors.suite()) {
      if (!v.invalid()) {
        continue;
      }
      String id = v.id().substring("invalid/".length());
      boolean fails = !Schemas.errors(Schemas.GAME, v.game()).isEmpty();
      if (structural.contains(id)) {
        assertTrue(fails, id + " should violate the schema");
        seen++;
      } else if (valueRules.contains(id)) {
        assertFalse(fails, id + " is a cross-field value rule: the schema cannot see it");
        seen++;
      }
    }
    assertEquals(structural.size() + valueRules.size(), seen);
  }

  @Test
  void schemaRejectsWhatTheReaderRejectsField() {
    JsonNode g = NfgHandGame.game();
    ((com.fasterxml.jackson.databind.node.ObjectNode) g.get("cost")).put("kappa", 1);
    assertFalse(Schemas.errors(Schemas.GAME, g).isEmpty(), "tabulated cost with kappa");
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, String.join(" ", args) + ": " + err);
    return out.toString();
  }

  @Test
  void everySolveJsonOutputValidates() throws Exception {
    for (Path p : examples()) {
      String f = p.toString();
      Schemas.assertValid(Schemas.SOLUTION, JsonFiles.parse(run("solve", f, "--json"), "out"), f + " continuous");
      Schemas.assertValid(Schemas.SOLUTION, JsonFiles.parse(run("solve", f, "--tau", "1", "--json"), "out"),
          f + " continuous tau 1");
      if (!f.contains("qwen")) {
        Schemas.assertValid(Schemas.SOLUTION, JsonFiles.parse(run("solve", f, "--steps", "3", "--json"), "out"),
            f + " discrete");
      }
    }
  }

  @Test
  void everyThresholdJsonOutputValidates() throws Exception {
    for (Path f : examples()) {
      String s = f.toString();
      Schemas.assertValid(Schemas.THRESHOLD, JsonFiles.parse(run("threshold", s, "--json"), "out"), s + " threshold");
    }
    String q = "examples/qwen25-winogrande.json";
    Schemas.assertValid(Schemas.THRESHOLD, JsonFiles.parse(run("threshold", q, "--steps", "50", "--json"), "out"),
        q + " threshold --steps 50");
  }

  @Test
  void enumerateJsonOutputValidates(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path g = dir.resolve("g.json");
    Files.writeString(g, JsonFiles.write(NfgHandGame.game()));
    JsonNode r = JsonFiles.parse(run("enumerate", g.toString(), "--steps", "1", "--json"), "out");
    Schemas.assertValid(Schemas.RESULT, r, "enumerate --json");
    assertEquals("[]", r.get("equilibria").toString());
    for (Path p : examples()) {
      if (!p.toString().contains("qwen")) {
        Schemas.assertValid(Schemas.RESULT, JsonFiles.parse(run("enumerate", p.toString(), "--steps", "2", "--json"),
            "out"), p + " enumerate --json");
      }
    }
  }

  @Test
  void referenceAnswersForGeneratedGamesValidate() {
    java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
    for (int t = 0; t < 30; t++) {
      Query q = SmallGames.query(rng);
      Schemas.assertValid(Schemas.QUERY, q.toTree(), "query " + t);
      Schemas.assertValid(Schemas.RESULT, Reference.answer(q), "answer " + t);
    }
  }
}
