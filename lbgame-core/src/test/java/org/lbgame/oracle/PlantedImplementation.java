package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A textbook implementation of the discrete protocol (every deviation of every model against all-zero, by
 * the definition) with at most one planted mistake: the known ways to get this game wrong, each of which the
 * harness must catch ({@code PlantedBugsTest}). {@link Bug#NONE} is correct and must agree everywhere.
 */
final class PlantedImplementation implements Harness.Implementation {
  /** The planted mistake. */
  enum Bug {
    /** Correct. */
    NONE,
    /** Checks only the adjacent jumps k -> k-1 (Prop 4.5's shortcut without its hypotheses). */
    ADJACENT_ONLY,
    /** A tie counts as an overtake ('>=' for '>'; ties reversed against the stronger model). */
    REVERSED_TIES,
    /** A deviation counts when it is merely as good (weak improvement: costless effort under a flat cost). */
    WEAK_IMPROVEMENT,
    /** Ranks at all-zero assumed to be the index order (C1 assumed at tau). */
    INDEX_ORDER,
    /** Enumerates by the theorem: all-zero if it is a PNE, nothing else. */
    THEOREM_ENUMERATION,
    /** Searches tau in 0..maxTau-1 (the boundary left out). */
    EXCLUSIVE_RANGE
  }

  private final Bug bug;

  PlantedImplementation(Bug bug) {
    this.bug = bug;
  }

  @Override
  public String answer(Query q) {
    JsonNode game = q.gameTree();
    int steps = q.steps();
    ObjectNode o = JsonFiles.mapper().createObjectNode();
    o.put("schema", "lbgame/1");
    o.put("query", q.kind());
    o.put("mode", "discrete");
    if (q.kind().equals(Query.THRESHOLD)) {
      int maxTau = q.maxTau();
      double[][] s = table(game, maxTau + steps + 1);
      o.put("steps", steps);
      o.put("maxTau", maxTau);
      int top = bug == Bug.EXCLUSIVE_RANGE ? maxTau - 1 : maxTau;
      for (int tau = 0; tau <= top; tau++) {
        if (firstPaying(game, s, tau, steps) == null) {
          o.put("tauStar", tau);
          ObjectNode c = o.putObject("certificate");
          c.put("kind", "threshold");
          c.set("jumpsAtStar", jumps(s, tau, steps));
          ObjectNode below = tau == 0 ? null : firstPaying(game, s, tau - 1, steps);
          c.set("below", below);
          return JsonFiles.write(o);
        }
      }
      o.putNull("tauStar");
      ObjectNode c = o.putObject("certificate");
      c.put("kind", "no-threshold");
      c.set("atMaxTau", firstPaying(game, s, maxTau, steps));
      return JsonFiles.write(o);
    }
    int tau = (int) q.tau();
    double[][] s = table(game, tau + steps + 1);
    o.put("tau", tau);
    o.put("steps", steps);
    if (q.kind().equals(Query.ENUMERATE)) {
      ArrayNode eq = o.putArray("equilibria");
      int n = s.length;
      if (bug == Bug.THEOREM_ENUMERATION) {
        if (firstPaying(game, s, tau, steps) == null) {
          ArrayNode p = eq.addArray();
          for (int i = 0; i < n; i++) {
            p.add(0);
          }
        }
        return JsonFiles.write(o);
      }
      int count = (int) Math.pow(steps + 1, n);
      for (int idx = 0; idx < count; idx++) {
        int[] p = new int[n];
        for (int i = 0, v = idx; i < n; i++, v /= steps + 1) {
          p[i] = v % (steps + 1);
        }
        if (isPne(game, s, tau, steps, p)) {
          ArrayNode a = eq.addArray();
          for (int v : p) {
            a.add(v);
          }
        }
      }
      return JsonFiles.write(o);
    }
    ObjectNode dev = firstPaying(game, s, tau, steps);
    o.put("verdict", dev == null ? "all-zero-pne" : "all-zero-not-pne");
    o.set("jumps", jumps(s, tau, steps));
    if (dev == null) {
      o.putObject("certificate").put("kind", "all-zero-pne");
    } else {
      o.set("certificate", dev);
    }
    return JsonFiles.write(o);
  }

  private static double[][] table(JsonNode game, int width) {
    JsonNode ms = game.get("models");
    double[][] s = new double[ms.size()][width];
    for (int i = 0; i < ms.size(); i++) {
      JsonNode y = ms.get(i).get("score").get("y");
      for (int x = 0; x < width; x++) {
        s[i][x] = y.get(Math.min(x, y.size() - 1)).asDouble();
      }
    }
    return s;
  }

  private static double cost(JsonNode game, int e) {
    JsonNode c = game.get("cost").get("cost");
    int m = c.size() - 1;
    if (e <= m) {
      return c.get(e).asDouble();
    }
    return c.get(m).asDouble() + (c.get(m).asDouble() - c.get(m - 1).asDouble()) * (e - m);
  }

  private static double reward(JsonNode game, int rank) {
    return game.get("rewards").get("values").get(rank).asDouble();
  }

  private boolean overtakes(double a, double b) {
    return bug == Bug.REVERSED_TIES ? a >= b : a > b;
  }

  private Integer justOvertake(double[][] s, int tau, int steps, int k, int j) {
    for (int e = 0; e <= steps; e++) {
      if (overtakes(s[k][tau + e], s[j][tau])) {
        return e;
      }
    }
    return null;
  }

  private ArrayNode jumps(double[][] s, int tau, int steps) {
    ArrayNode a = JsonFiles.mapper().createArrayNode();
    for (int k = 1; k < s.length; k++) {
      for (int j = 0; j < k; j++) {
        ObjectNode n = a.addObject();
        n.put("overtaker", k);
        n.put("overtaken", j);
        Integer d = justOvertake(s, tau, steps, k, j);
        if (d == null) {
          n.putNull("delta");
        } else {
          n.put("delta", d);
        }
      }
    }
    return a;
  }

  /** The first profitable deviation from all-zero, as a certificate, or null. */
  private ObjectNode firstPaying(JsonNode game, double[][] s, int tau, int steps) {
    int n = s.length;
    if (bug == Bug.ADJACENT_ONLY || bug == Bug.INDEX_ORDER || bug == Bug.REVERSED_TIES) {
      // the textbook jump table: model k reaching model j's rank gains r_j - r_k (ranks assumed in index order)
      for (int k = 1; k < n; k++) {
        for (int j = bug == Bug.ADJACENT_ONLY ? k - 1 : 0; j < k; j++) {
          Integer d = justOvertake(s, tau, steps, k, j);
          if (bug == Bug.INDEX_ORDER || bug == Bug.REVERSED_TIES) {
            if (d != null && cost(game, d) - cost(game, 0) < reward(game, j) - reward(game, k)) {
              return deviation(k, d, reward(game, j) - reward(game, k), cost(game, d) - cost(game, 0));
            }
            continue;
          }
          if (d != null && cost(game, d) - cost(game, 0) < reward(game, j) - reward(game, k)) {
            return deviation(k, d, reward(game, j) - reward(game, k), cost(game, d) - cost(game, 0));
          }
        }
      }
      if (bug == Bug.ADJACENT_ONLY || bug == Bug.REVERSED_TIES) {
        return null;
      }
    }
    int[] zero = new int[n];
    for (int i = 0; i < n; i++) {
      double u0 = utility(game, s, tau, zero, i);
      for (int e = 1; e <= steps; e++) {
        int[] p = zero.clone();
        p[i] = e;
        double u = utility(game, s, tau, p, i);
        if (u > u0 || (bug == Bug.WEAK_IMPROVEMENT && u == u0)) {
          return deviation(i, e, u + cost(game, e) - (u0 + cost(game, 0)), cost(game, e) - cost(game, 0));
        }
      }
    }
    return null;
  }

  private static ObjectNode deviation(int model, int effort, double gain, double cost) {
    ObjectNode c = JsonFiles.mapper().createObjectNode();
    c.put("kind", "profitable-deviation");
    c.put("model", model);
    c.put("effort", effort);
    c.put("gain", gain);
    c.put("cost", cost);
    return c;
  }

  private boolean isPne(JsonNode game, double[][] s, int tau, int steps, int[] p) {
    for (int i = 0; i < p.length; i++) {
      double u = utility(game, s, tau, p, i);
      for (int e = 0; e <= steps; e++) {
        int[] d = p.clone();
        d[i] = e;
        double v = utility(game, s, tau, d, i);
        if (v > u || (bug == Bug.WEAK_IMPROVEMENT && v == u && e != p[i])) {
          return false;
        }
      }
    }
    return true;
  }

  private double utility(JsonNode game, double[][] s, int tau, int[] p, int i) {
    int rank = 0;
    double si = s[i][tau + p[i]];
    for (int j = 0; j < p.length; j++) {
      double sj = s[j][tau + p[j]];
      boolean tieToJ = bug == Bug.REVERSED_TIES ? j > i : j < i;
      if (j != i && (sj > si || (sj == si && tieToJ))) {
        rank++;
      }
    }
    return reward(game, rank) - cost(game, p[i]);
  }
}
