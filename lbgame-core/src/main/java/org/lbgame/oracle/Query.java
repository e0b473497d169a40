package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;

/**
 * One question of the protocol ({@code schema/query.schema.json}): {@code solve} the follower game at
 * {@code tau}, find the stabilizing {@code threshold} tau* (discrete, searched up to {@code maxTau}), or
 * {@code enumerate} every pure equilibrium. {@code steps} (the horizon {@code E}) selects the exact discrete
 * game; without it, {@code solve} is the continuous game.
 */
public final class Query {
  /** Query kind: solve at tau. */
  public static final String SOLVE = "solve";
  /** Query kind: least stabilizing tau. */
  public static final String THRESHOLD = "threshold";
  /** Query kind: every pure equilibrium. */
  public static final String ENUMERATE = "enumerate";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final String kind;
  private final Game game;
  private final JsonNode gameTree;
  private final double tau;
  private final int steps;
  private final double maxTau;

  private Query(String kind, Game game, JsonNode gameTree, double tau, int steps, double maxTau) {
    this.kind = kind;
    this.game = game;
    this.gameTree = gameTree;
    this.tau = tau;
    this.steps = steps;
    this.maxTau = maxTau;
  }

  /** A discrete solve query at integer {@code tau} with horizon {@code steps}. */
  public static Query solve(JsonNode game, int tau, int steps) {
    return new Query(SOLVE, GameJson.fromTree(game), game, tau, steps, -1);
  }

  /** A continuous solve query at {@code tau}. */
  public static Query solveContinuous(JsonNode game, double tau) {
    return new Query(SOLVE, GameJson.fromTree(game), game, tau, -1, -1);
  }

  /** A discrete threshold query: the least integer {@code tau <= maxTau} at which all-zero is a PNE. */
  public static Query threshold(JsonNode game, int steps, int maxTau) {
    return new Query(THRESHOLD, GameJson.fromTree(game), game, 0, steps, maxTau);
  }

  /** A continuous threshold query: the least {@code tau <= maxTau} at which all-zero is a PNE (within tolerances). */
  public static Query thresholdContinuous(JsonNode game, double maxTau) {
    return new Query(THRESHOLD, GameJson.fromTree(game), game, 0, -1, maxTau);
  }

  /** A discrete enumeration query. */
  public static Query enumerate(JsonNode game, int tau, int steps) {
    return new Query(ENUMERATE, GameJson.fromTree(game), game, tau, steps, -1);
  }

  /** Reads a query (strict; invalid input names the field). */
  public static Query fromTree(JsonNode q) {
    Fields.only(q, "", "schema", "query", "game", "tau", "steps", "maxTau");
    String schema = Fields.string(q, "", "schema");
    if (!GameJson.SCHEMA.equals(schema)) {
      throw new InvalidGameException("schema", "must be \"" + GameJson.SCHEMA + "\"", "\"" + schema + "\"");
    }
    String kind = Fields.string(q, "", "query", SOLVE, THRESHOLD, ENUMERATE);
    JsonNode g = Fields.object(q, "", "game");
    Game game;
    try {
      game = GameJson.fromTree(g);
    } catch (InvalidGameException e) {
      throw e.prefixed("game");
    }
    switch (kind) {
      case THRESHOLD:
        if (q.has("tau")) {
          throw new InvalidGameException("tau", "is not a field of a threshold query", q.get("tau"));
        }
        if (!q.has("steps")) {
          double m = Fields.number(q, "", "maxTau");
          if (!Double.isFinite(m) || m < 0) {
            throw new InvalidGameException("maxTau", "must be a finite number >= 0", q.get("maxTau"));
          }
          return new Query(kind, game, g, 0, -1, m);
        }
        return new Query(kind, game, g, 0, Fields.integer(q, "", "steps", 0), Fields.integer(q, "", "maxTau", 0));
      case ENUMERATE:
        noMaxTau(q);
        return new Query(kind, game, g, Fields.integer(q, "", "tau", 0), Fields.integer(q, "", "steps", 0), -1);
      default:
        noMaxTau(q);
        if (q.has("steps")) {
          return new Query(kind, game, g, Fields.integer(q, "", "tau", 0), Fields.integer(q, "", "steps", 0), -1);
        }
        double t = Fields.number(q, "", "tau");
        if (!Double.isFinite(t) || t < 0) {
          throw new InvalidGameException("tau", "must be a finite number >= 0", q.get("tau"));
        }
        return new Query(kind, game, g, t, -1, -1);
    }
  }

  private static void noMaxTau(JsonNode q) {
    if (q.has("maxTau")) {
      throw new InvalidGameException("maxTau", "is a field of threshold queries only", q.get("maxTau"));
    }
  }

  /** The query as JSON (schema {@code lbgame/1}). */
  public ObjectNode toTree() {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", GameJson.SCHEMA);
    o.put("query", kind);
    o.set("game", gameTree);
    if (!kind.equals(THRESHOLD)) {
      if (discrete()) {
        o.put("tau", (int) tau);
      } else {
        o.put("tau", tau);
      }
    }
    if (discrete()) {
      o.put("steps", steps);
    }
    if (kind.equals(THRESHOLD)) {
      if (discrete()) {
        o.put("maxTau", (int) maxTau);
      } else {
        o.put("maxTau", maxTau);
      }
    }
    return o;
  }

  /** {@code solve}, {@code threshold} or {@code enumerate}. */
  public String kind() {
    return kind;
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** The game as it was given. */
  public JsonNode gameTree() {
    return gameTree;
  }

  /** TbT level (an integer in the discrete game; unused by threshold queries). */
  public double tau() {
    return tau;
  }

  /** Horizon {@code E}, or -1 for the continuous game. */
  public int steps() {
    return steps;
  }

  /** True for the exact discrete game (integer efforts {@code 0..E}). */
  public boolean discrete() {
    return steps >= 0;
  }

  /** Largest tau searched by a discrete threshold query (-1 otherwise). */
  public int maxTau() {
    return (int) maxTau;
  }

  /** Largest tau searched by a threshold query, continuous or discrete (-1 otherwise). */
  public double maxTauValue() {
    return maxTau;
  }

  /** The same query about another game (used when shrinking). */
  public Query withGame(JsonNode g) {
    return new Query(kind, GameJson.fromTree(g), g, tau, steps, maxTau);
  }
}
