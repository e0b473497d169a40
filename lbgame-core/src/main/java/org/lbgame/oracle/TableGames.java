package org.lbgame.oracle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lbgame.model.GameJson;

/**
 * Game files (schema {@code lbgame/1}) whose discrete game is given exactly by tables: each model's score is a
 * {@code tabulated} curve with a point at every integer total effort (so {@code S[i][x]} is the listed value,
 * no interpolation), the cost a {@code tabulated} cost through every integer effort, rewards {@code explicit}.
 */
public final class TableGames {
  private TableGames() {
  }

  /**
   * The game with score rows {@code score[i][x]} (nondecreasing, the strongest model first), costs
   * {@code cost[e]} ({@code e = 0..}, at least two) and rewards by rank.
   */
  public static ObjectNode game(String name, String description, double[][] score, double[] cost, double[] reward) {
    ObjectNode o = JsonFiles.mapper().createObjectNode();
    o.put("schema", GameJson.SCHEMA);
    o.put("name", name);
    if (!description.isEmpty()) {
      o.put("description", description);
    }
    ArrayNode ms = o.putArray("models");
    for (int i = 0; i < score.length; i++) {
      ObjectNode m = ms.addObject();
      m.put("name", "m" + (i + 1));
      m.put("capability", score.length - i);
      ObjectNode s = m.putObject("score");
      s.put("family", "tabulated");
      ArrayNode x = s.putArray("x");
      ArrayNode y = s.putArray("y");
      for (int t = 0; t < score[i].length; t++) {
        x.add(t);
        y.add(score[i][t]);
      }
    }
    ObjectNode c = o.putObject("cost");
    c.put("family", "tabulated");
    ArrayNode ce = c.putArray("effort");
    ArrayNode cc = c.putArray("cost");
    for (int e = 0; e < cost.length; e++) {
      ce.add(e);
      cc.add(cost[e]);
    }
    ObjectNode r = o.putObject("rewards");
    r.put("scheme", "explicit");
    ArrayNode v = r.putArray("values");
    for (double d : reward) {
      v.add(d);
    }
    return o;
  }
}
