package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;

/**
 * Checks a result produced by anyone against a game, without trusting its producer: the discrete game
 * exactly with the verified kernel ({@code Certificates}, {@code AllZero}, {@code Enumeration}), the
 * continuous game by recomputation within stated tolerances. A malformed result is invalid input
 * ({@link InvalidGameException}); a well-formed but wrong one is a rejection with its reason.
 */
public final class Checker {
  private Checker() {
  }

  /** Checks {@code result} for {@code game}; when {@code query} is not null, the result must answer it. */
  public static CheckResult check(Game game, JsonNode result, Query query) {
    Fields.only(result, "", "schema", "query", "mode", "tau", "steps", "maxTau", "verdict", "jumps", "tauStar",
        "equilibria", "certificate");
    String schema = Fields.string(result, "", "schema");
    if (!GameJson.SCHEMA.equals(schema)) {
      throw new InvalidGameException("schema", "must be \"" + GameJson.SCHEMA + "\"", "\"" + schema + "\"");
    }
    String kind = Fields.string(result, "", "query", Query.SOLVE, Query.THRESHOLD, Query.ENUMERATE);
    String mode = Fields.string(result, "", "mode", "discrete", "continuous");
    try {
      if (query != null) {
        sameQuestion(result, kind, mode, query);
      }
      if (mode.equals("continuous") && kind.equals(Query.THRESHOLD)) {
        return ContinuousThresholdCheck.check(game, result);
      }
      if (mode.equals("continuous")) {
        if (!kind.equals(Query.SOLVE)) {
          throw new InvalidGameException("mode", "must be \"discrete\" for " + kind + " results", "\"" + mode + "\"");
        }
        return ContinuousCheck.solve(game, result);
      }
      switch (kind) {
        case Query.THRESHOLD:
          return DiscreteCheck.threshold(game, result);
        case Query.ENUMERATE:
          return DiscreteCheck.enumerate(game, result);
        default:
          return DiscreteCheck.solve(game, result);
      }
    } catch (Rejection r) {
      return CheckResult.reject(r.getMessage());
    }
  }

  private static void sameQuestion(JsonNode r, String kind, String mode, Query q) {
    if (!kind.equals(q.kind())) {
      throw new Rejection("the result answers a " + kind + " query, the query asked " + q.kind());
    }
    if (mode.equals("discrete") != q.discrete()) {
      throw new Rejection("the result is about the " + mode + " game, the query asked the "
          + (q.discrete() ? "discrete" : "continuous") + " game");
    }
    if (q.discrete() && r.has("steps") && r.get("steps").asInt() != q.steps()) {
      throw new Rejection("the result is for steps E=" + r.get("steps") + ", the query asked E=" + q.steps());
    }
    if (!kind.equals(Query.THRESHOLD) && r.has("tau") && r.get("tau").asDouble() != q.tau()) {
      throw new Rejection("the result is for tau=" + r.get("tau") + ", the query asked tau=" + ReasonNumbers.show(q.tau()));
    }
    if (kind.equals(Query.THRESHOLD) && r.has("maxTau") && r.get("maxTau").asDouble() != q.maxTauValue()) {
      throw new Rejection("the result searched tau up to " + r.get("maxTau") + ", the query asked up to "
          + q.maxTau());
    }
  }
}
