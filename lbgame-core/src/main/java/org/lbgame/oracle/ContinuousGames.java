package org.lbgame.oracle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lbgame.model.GameJson;

/** Continuous games of the vectors: closed-form pairs (exponential saturation, common rate and ceiling). */
final class ContinuousGames {
  private ContinuousGames() {
  }

  /** Two exponential-saturation models, floors 0.6 and 0.5, ceiling 1, rate 1, winner-take-all, given cost. */
  static ObjectNode exponential(String description, String costJson) {
    ObjectNode o = JsonFiles.mapper().createObjectNode();
    o.put("schema", GameJson.SCHEMA);
    o.put("name", "exponential-pair");
    o.put("description", description);
    ArrayNode ms = o.putArray("models");
    model(ms, "strong", 2, 0.6);
    model(ms, "weak", 1, 0.5);
    o.set("cost", JsonFiles.parse(costJson, "cost"));
    o.putObject("rewards").put("scheme", "winner-take-all");
    return o;
  }

  /**
   * Two power-law models, common floor 0, ceiling 1, offset 1: {@code (a, b) = (0.5, 1)} and {@code (0, 0.5)}, so
   * {@code gamma = 1/2}, {@code 1 + Delta0 = e} and {@code Delta(tau) = e (1+tau)^2 - (1+tau)}; linear cost 0.1,
   * winner-take-all: tau* solves {@code e u^2 - u = 10}, {@code u = 1 + tau}.
   */
  static ObjectNode powerLawPair(String description) {
    ObjectNode o = JsonFiles.mapper().createObjectNode();
    o.put("schema", GameJson.SCHEMA);
    o.put("name", "power-law-pair");
    o.put("description", description);
    ArrayNode ms = o.putArray("models");
    powerLaw(ms, "fast", 2, 0.5, 1.0);
    powerLaw(ms, "slow", 1, 0.0, 0.5);
    o.set("cost", JsonFiles.parse("{\"family\": \"linear\", \"kappa\": 0.1}", "cost"));
    o.putObject("rewards").put("scheme", "winner-take-all");
    return o;
  }

  private static void powerLaw(ArrayNode ms, String name, double capability, double a, double b) {
    ObjectNode m = ms.addObject();
    m.put("name", name);
    m.put("capability", capability);
    ObjectNode s = m.putObject("score");
    s.put("family", "power-law");
    s.put("a", a);
    s.put("b", b);
    s.put("floor", 0.0);
    s.put("ceiling", 1.0);
    s.put("offset", 1.0);
  }

  private static void model(ArrayNode ms, String name, double capability, double floor) {
    ObjectNode m = ms.addObject();
    m.put("name", name);
    m.put("capability", capability);
    ObjectNode s = m.putObject("score");
    s.put("family", "exponential-saturation");
    s.put("floor", floor);
    s.put("ceiling", 1.0);
    s.put("rate", 1.0);
  }
}
