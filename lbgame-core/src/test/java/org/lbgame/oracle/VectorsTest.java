package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;

/** Round trip of the conformance vectors: every expected result ACCEPTed, every single-field alteration not. */
class VectorsTest {
  private static Map<String, Vector> byId() {
    Map<String, Vector> m = new HashMap<>();
    for (Vector v : Vectors.suite()) {
      m.put(v.id(), v);
    }
    return m;
  }

  private static CheckResult check(Vector v, JsonNode result) {
    return Checker.check(GameJson.fromTree(v.game()), result, v.query());
  }

  @Test
  void everyExpectedResultIsAccepted() {
    for (Vector v : Vectors.suite()) {
      if (!v.invalid()) {
        CheckResult r = check(v, v.expected());
        assertTrue(r.accepted(), v.id() + ": " + r);
      }
    }
  }

  @Test
  void everySingleFieldAlterationIsRejected() {
    int mutants = 0;
    int invalid = 0;
    for (Vector v : Vectors.suite()) {
      if (v.invalid()) {
        continue;
      }
      for (JsonNode m : mutants(v.expected())) {
        mutants++;
        boolean accepted;
        String why;
        try {
          CheckResult r = check(v, m);
          accepted = r.accepted();
          why = r.toString();
        } catch (InvalidGameException e) {
          accepted = false;
          why = "invalid input: " + e.getMessage();
          invalid++;
        }
        assertFalse(accepted, v.id() + " accepted an altered result " + m + " (" + why + ")");
      }
    }
    assertTrue(mutants > 200, "mutants: " + mutants);
    // most alterations keep the result well-formed, so the checker's reasons (not the reader) catch them
    assertTrue(invalid < mutants / 4, invalid + " of " + mutants + " mutants were invalid input");
    System.out.println("VectorsTest: " + mutants + " altered results, " + (mutants - invalid) + " REJECTed, " + invalid
        + " invalid input (exit 2)");
  }

  /** One altered copy per leaf (numbers +1, null to 0, enum strings swapped) and per array element removed. */
  static List<JsonNode> mutants(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    collect(root, root, new ArrayList<>(), out);
    return out;
  }

  private static void collect(JsonNode root, JsonNode node, List<Object> path, List<JsonNode> out) {
    if (node.isObject()) {
      node.fieldNames().forEachRemaining(k -> {
        path.add(k);
        collect(root, node.get(k), path, out);
        path.remove(path.size() - 1);
      });
      return;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        final int idx = i;
        out.add(edit(root, path, c -> ((ArrayNode) c).remove(idx)));
        path.add(i);
        collect(root, node.get(i), path, out);
        path.remove(path.size() - 1);
      }
      return;
    }
    Object last = path.get(path.size() - 1);
    List<Object> parent = path.subList(0, path.size() - 1);
    JsonNode altered = node.isNull() ? JsonFiles.mapper().getNodeFactory().numberNode(0)
        : node.isIntegralNumber() ? JsonFiles.mapper().getNodeFactory().numberNode(node.asLong() + 1)
        : node.isNumber() ? JsonFiles.mapper().getNodeFactory().numberNode(node.asDouble() + 1)
        : TextNode.valueOf(swap(node.asText()));
    out.add(edit(root, parent, c -> {
      if (c.isArray()) {
        ((ArrayNode) c).set((Integer) last, altered);
      } else {
        ((ObjectNode) c).set((String) last, altered);
      }
    }));
  }

  private static String swap(String s) {
    switch (s) {
      case "all-zero-pne":
        return "all-zero-not-pne";
      case "all-zero-not-pne":
        return "all-zero-pne";
      case "solve":
        return "enumerate";
      case "discrete":
        return "continuous";
      case "continuous":
        return "discrete";
      case "profitable-deviation":
        return "all-zero-pne";
      case "threshold":
        return "no-threshold";
      case "no-threshold":
        return "threshold";
      case "enumerate":
      default:
        return s + "x";
    }
  }

  private static JsonNode edit(JsonNode root, List<Object> path, Consumer<JsonNode> change) {
    JsonNode copy = root.deepCopy();
    JsonNode c = copy;
    for (Object p : path) {
      c = p instanceof Integer ? c.get((Integer) p) : c.get((String) p);
    }
    change.accept(c);
    return copy;
  }

  @Test
  void handComputedExpectations() {
    Map<String, Vector> v = byId();
    JsonNode t = v.get("ties/tie-is-not-overtake").expected();
    assertEquals("all-zero-pne", t.get("verdict").asText());
    assertEquals(2, t.get("jumps").get(0).get("delta").asInt(), "4 = 4 at e=1 is a tie, 5 > 4 at e=2");
    JsonNode m = v.get("multi-rank-jumps/two-rank-jump-pays").expected();
    assertEquals(List.of(3, 2, 2), List.of(m.get("jumps").get(0).get("delta").asInt(),
        m.get("jumps").get(1).get("delta").asInt(), m.get("jumps").get(2).get("delta").asInt()));
    JsonNode d = m.get("certificate");
    assertEquals(2, d.get("model").asInt());
    assertEquals(2, d.get("effort").asInt());
    assertEquals(1.0, d.get("gain").asDouble());
    assertEquals(0.875, d.get("cost").asDouble());
    assertEquals("all-zero-pne", v.get("multi-rank-jumps/two-rank-jump-at-margin-zero").expected().get("verdict")
        .asText(), "cost 1 = gain 1 is no strict gain");
    assertEquals(4, v.get("threshold/tau-star-unreachable").expected().get("tauStar").asInt());
    assertEquals(3, v.get("threshold/tau-star-convex-cost").expected().get("tauStar").asInt());
    assertEquals(0, v.get("threshold/tau-star-zero").expected().get("tauStar").asInt());
    assertTrue(v.get("no-finite-tau-star/parallel-rows").expected().get("tauStar").isNull());
    assertEquals("[[0,0],[1,0],[0,1],[1,1]]",
        v.get("flat-costs/flat-cost-many-equilibria").expected().get("equilibria").toString());
    assertEquals("[[1,0],[2,0],[1,1],[2,1],[1,2],[2,2]]",
        v.get("enumerate/zero-cost").expected().get("equilibria").toString());
    assertEquals("[]", v.get("enumerate/three-by-two").expected().get("equilibria").toString());
    assertEquals("[[0,2]]", v.get("enumerate/tie-at-baseline").expected().get("equilibria").toString());
    JsonNode cd = v.get("hypothesis-broken/cost-decreasing").expected().get("certificate");
    assertEquals(3, cd.get("effort").asInt(), "only 3 steps (cost 0.25) pay; Delta = 1 costs 1.5");
    assertEquals(Math.log(1.25), v.get("continuous/exponential-linear-cost").expected().get("jumps").get(0)
        .get("delta").asDouble(), 1e-9);
    assertTrue(v.get("unreachable/beyond-horizon").expected().get("jumps").get(0).get("delta").isNull());
    assertEquals(5, v.get("unreachable/within-longer-horizon").expected().get("jumps").get(0).get("delta").asInt());
  }

  @Test
  void invalidVectorsFailWithTheirField() {
    for (Vector v : Vectors.suite()) {
      if (v.invalid()) {
        InvalidGameException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidGameException.class,
            () -> GameJson.fromTree(v.game()));
        assertEquals(v.expected().get("field").asText(), e.field(), v.id());
      }
    }
  }

  @Test
  void writtenSuiteIsDeterministicAndIndexed(@TempDir Path a, @TempDir Path b) throws Exception {
    List<Vector> all = Vectors.write(a);
    Vectors.write(b);
    JsonNode index = JsonFiles.read(a.resolve("index.json"), "index");
    assertEquals(all.size(), index.get("vectors").size());
    for (Vector v : all) {
      for (String f : new String[] {"game.json", "expected.json"}) {
        assertEquals(Files.readString(a.resolve(v.id()).resolve(f)), Files.readString(b.resolve(v.id()).resolve(f)));
      }
    }
  }
}
