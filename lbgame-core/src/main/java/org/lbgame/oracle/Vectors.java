package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lbgame.model.AtomicOutput;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;

/**
 * The conformance suite (Wycheproof spirit): small games with the expected results, grouped by what they
 * exercise. Deterministic: the same suite byte for byte on every run. Scores and costs are exact in binary
 * (tabulated at every integer step, dyadic values), so every expected answer is exact.
 */
public final class Vectors {
  private Vectors() {
  }

  /** The whole suite, in a fixed order. */
  public static List<Vector> suite() {
    List<Vector> v = new ArrayList<>();
    VectorCatalog.valid(v);
    VectorCatalog.invalid(v);
    return v;
  }

  static Vector solve(String group, String id, String what, ObjectNode game, int tau, int steps) {
    Query q = Query.solve(game, tau, steps);
    return new Vector(id, group, what, game, q, Reference.answer(q));
  }

  static Vector solveContinuous(String group, String id, String what, ObjectNode game, double tau) {
    Query q = Query.solveContinuous(game, tau);
    return new Vector(id, group, what, game, q, Reference.answer(q));
  }

  static Vector threshold(String group, String id, String what, ObjectNode game, int steps, int maxTau) {
    Query q = Query.threshold(game, steps, maxTau);
    return new Vector(id, group, what, game, q, Reference.answer(q));
  }

  static Vector thresholdContinuous(String group, String id, String what, ObjectNode game, double maxTau) {
    Query q = Query.thresholdContinuous(game, maxTau);
    return new Vector(id, group, what, game, q, Reference.answer(q));
  }

  static Vector enumerate(String group, String id, String what, ObjectNode game, int tau, int steps) {
    Query q = Query.enumerate(game, tau, steps);
    return new Vector(id, group, what, game, q, Reference.answer(q));
  }

  /** An invalid game: reading it must fail on {@code field}; checks that it does. */
  static Vector invalid(String id, String what, ObjectNode game, String field) {
    try {
      GameJson.fromTree(game);
      throw new IllegalStateException("vector " + id + " is not invalid");
    } catch (InvalidGameException e) {
      if (!e.field().equals(field)) {
        throw new IllegalStateException("vector " + id + " fails on " + e.field() + ", not " + field, e);
      }
    }
    ObjectNode x = JsonFiles.mapper().createObjectNode();
    x.put("error", "invalid-input");
    x.put("exitCode", 2);
    x.put("field", field);
    return new Vector(id, "invalid", what, game, null, x);
  }

  /**
   * Writes the suite under {@code dir}: {@code index.json} and, per vector, {@code <group>/<id>/game.json},
   * {@code query.json} and {@code expected.json}. Everything is computed first, then written all or nothing.
   */
  public static List<Vector> write(Path dir) {
    List<Vector> all = suite();
    ObjectNode index = JsonFiles.mapper().createObjectNode();
    index.put("schema", GameJson.SCHEMA);
    index.put("suite", "lbgame conformance vectors");
    index.put("count", all.size());
    ArrayNode list = index.putArray("vectors");
    for (Vector v : all) {
      ObjectNode e = list.addObject();
      e.put("id", v.id());
      e.put("group", v.group());
      e.put("exercises", v.exercises());
      e.put("kind", v.invalid() ? "invalid-game" : v.query().kind());
      e.put("mode", v.invalid() ? "none" : v.query().discrete() ? "discrete" : "continuous");
    }
    try (AtomicOutput o = AtomicOutput.folder(dir, "--out")) {
      for (Vector v : all) {
        String d = v.id() + "/";
        o.write(d + "game.json", utf8(JsonFiles.write(v.game())));
        if (!v.invalid()) {
          o.write(d + "query.json", utf8(JsonFiles.write(v.query().toTree())));
        }
        o.write(d + "expected.json", utf8(JsonFiles.write(v.expected())));
      }
      o.write("index.json", utf8(JsonFiles.write(index)));
      o.commit();
    }
    return all;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static JsonNode copy(JsonNode n) {
    return n.deepCopy();
  }
}
