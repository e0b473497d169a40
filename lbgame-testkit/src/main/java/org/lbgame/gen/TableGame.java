package org.lbgame.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;

/**
 * A discrete game in the kernel's form ({@code docs/DESIGN.md}): score table {@code score[i][x]},
 * {@code x = 0..tau+E}; cost rows {@code cost[i][e]}, {@code e = 0..E}; rewards {@code reward[r]} by
 * 0-based rank; {@code tau}; horizon {@code E}. Immutable: accessors return copies.
 */
public final class TableGame {
  private final long[][] score;
  private final long[][] cost;
  private final long[] reward;
  private final int tau;
  private final int horizon;
  private final String note;

  private TableGame(long[][] score, long[][] cost, long[] reward, int tau, int horizon, String note) {
    this.score = score;
    this.cost = cost;
    this.reward = reward;
    this.tau = tau;
    this.horizon = horizon;
    this.note = note;
  }

  /** The game of the given tables; rows must cover {@code x = 0..tau+E} and {@code e = 0..E} exactly or more. */
  public static TableGame of(long[][] score, long[][] cost, long[] reward, int tau, int horizon) {
    return of(score, cost, reward, tau, horizon, "");
  }

  /** The same with a note saying where the game comes from (written into its JSON). */
  public static TableGame of(long[][] score, long[][] cost, long[] reward, int tau, int horizon, String note) {
    int n = score.length;
    if (n == 0 || cost.length != n || reward.length != n || tau < 0 || horizon < 0) {
      throw new IllegalArgumentException("malformed tables: n=" + n + ", cost rows " + cost.length + ", rewards "
          + reward.length + ", tau " + tau + ", horizon " + horizon);
    }
    long[][] s = new long[n][];
    long[][] c = new long[n][];
    for (int i = 0; i < n; i++) {
      if (score[i].length < tau + horizon + 1 || cost[i].length < horizon + 1) {
        throw new IllegalArgumentException("row " + i + " too short for tau=" + tau + ", horizon=" + horizon);
      }
      s[i] = Arrays.copyOf(score[i], tau + horizon + 1);
      c[i] = Arrays.copyOf(cost[i], horizon + 1);
    }
    return new TableGame(s, c, reward.clone(), tau, horizon, note == null ? "" : note);
  }

  /** Number of models {@code n}. */
  public int size() {
    return score.length;
  }

  /** The score table (a deep copy). */
  public long[][] score() {
    return deepCopy(score);
  }

  /** The cost rows (a deep copy). */
  public long[][] cost() {
    return deepCopy(cost);
  }

  /** The rewards by rank (a copy). */
  public long[] reward() {
    return reward.clone();
  }

  /** TbT level {@code tau}. */
  public int tau() {
    return tau;
  }

  /** Horizon {@code E}. */
  public int horizon() {
    return horizon;
  }

  /** Where the game comes from. */
  public String note() {
    return note;
  }

  /** This game with another note. */
  public TableGame withNote(String n) {
    return new TableGame(score, cost, reward, tau, horizon, n);
  }

  /** The game as JSON (schema {@code lbgame-tables/1}): {@code tau}, {@code horizon}, {@code score}, {@code cost}, {@code reward}. */
  public String toJson() {
    ObjectNode o = GameFiles.mapper().createObjectNode();
    o.put("schema", "lbgame-tables/1");
    if (!note.isEmpty()) {
      o.put("description", note);
    }
    o.put("tau", tau);
    o.put("horizon", horizon);
    o.put("tie", "higher-capability");
    rows(o.putArray("score"), score);
    rows(o.putArray("cost"), cost);
    ArrayNode r = o.putArray("reward");
    for (long v : reward) {
      r.add(v);
    }
    return GameFiles.text(o);
  }

  /** Reads a game written by {@link #toJson()}. */
  public static TableGame parse(String json) {
    try {
      com.fasterxml.jackson.databind.JsonNode o = GameFiles.mapper().readTree(json);
      long[][] s = readRows(o.get("score"));
      long[][] c = readRows(o.get("cost"));
      long[] r = readRow(o.get("reward"));
      String d = o.has("description") ? o.get("description").asText() : "";
      return of(s, c, r, o.get("tau").asInt(), o.get("horizon").asInt(), d);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not a table game: " + e.getOriginalMessage(), e);
    }
  }

  @Override
  public String toString() {
    return toJson();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof TableGame)) {
      return false;
    }
    TableGame t = (TableGame) o;
    return tau == t.tau && horizon == t.horizon && Arrays.deepEquals(score, t.score)
        && Arrays.deepEquals(cost, t.cost) && Arrays.equals(reward, t.reward);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(score) * 31 + Arrays.hashCode(reward) + tau;
  }

  private static void rows(ArrayNode a, long[][] rows) {
    for (long[] row : rows) {
      ArrayNode r = a.addArray();
      for (long v : row) {
        r.add(v);
      }
    }
  }

  private static long[][] readRows(com.fasterxml.jackson.databind.JsonNode a) {
    long[][] out = new long[a.size()][];
    for (int i = 0; i < a.size(); i++) {
      out[i] = readRow(a.get(i));
    }
    return out;
  }

  private static long[] readRow(com.fasterxml.jackson.databind.JsonNode a) {
    long[] out = new long[a.size()];
    for (int i = 0; i < a.size(); i++) {
      out[i] = a.get(i).asLong();
    }
    return out;
  }

  static long[][] deepCopy(long[][] a) {
    long[][] c = new long[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
