package org.lbgame.oracle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.lbgame.kernel.AllZero;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Solver;
import org.lbgame.solve.Verdict;

/** lbgame's own answer to a protocol query, as a result in {@code schema/result.schema.json}. */
public final class Reference {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Reference() {
  }

  /** The result lbgame gives for {@code q}. */
  public static ObjectNode answer(Query q) {
    if (!q.discrete()) {
      return continuous(q);
    }
    switch (q.kind()) {
      case Query.THRESHOLD:
        return threshold(q);
      case Query.ENUMERATE:
        return enumerate(q);
      default:
        return solve(q);
    }
  }

  static ObjectNode head(Query q, String mode) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", GameJson.SCHEMA);
    o.put("query", q.kind());
    o.put("mode", mode);
    if (!q.kind().equals(Query.THRESHOLD)) {
      if (q.discrete()) {
        o.put("tau", (int) q.tau());
      } else {
        o.put("tau", q.tau());
      }
    }
    if (q.discrete()) {
      o.put("steps", q.steps());
    }
    return o;
  }

  private static ObjectNode solve(Query q) {
    int tau = (int) q.tau();
    KernelTables t = KernelTables.of(q.game(), tau, q.steps());
    ObjectNode o = head(q, "discrete");
    boolean pne = AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon);
    o.put("verdict", pne ? "all-zero-pne" : "all-zero-not-pne");
    jumps(o.putArray("jumps"), t, tau);
    ObjectNode c = o.putObject("certificate");
    if (pne) {
      c.put("kind", "all-zero-pne");
    } else {
      int[] d = AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, tau, t.horizon);
      deviation(c, t, tau, d[0], d[1]);
    }
    return o;
  }

  static void jumps(ArrayNode a, KernelTables t, int tau) {
    for (int k = 1; k < t.size(); k++) {
      for (int j = 0; j < k; j++) {
        int d = AllZero.justOvertake(t.score, tau, t.horizon, k, j);
        ObjectNode n = a.addObject();
        n.put("overtaker", k);
        n.put("overtaken", j);
        if (d < 0) {
          n.putNull("delta");
        } else {
          n.put("delta", d);
        }
      }
    }
  }

  static void deviation(ObjectNode c, KernelTables t, int tau, int i, int e) {
    c.put("kind", "profitable-deviation");
    c.put("model", i);
    c.put("effort", e);
    c.put("gain", t.gain(tau, i, e));
    c.put("cost", t.extraCost(i, e));
  }

  private static ObjectNode threshold(Query q) {
    KernelTables t = KernelTables.of(q.game(), q.maxTau(), q.steps(), "maxTau", "steps");
    ObjectNode o = head(q, "discrete");
    o.put("maxTau", q.maxTau());
    int star = -1;
    for (int tau = 0; tau <= q.maxTau() && star < 0; tau++) {
      if (AllZero.isAllZeroPne(t.score, t.cost, t.reward, tau, t.horizon)) {
        star = tau;
      }
    }
    ObjectNode c;
    if (star < 0) {
      o.putNull("tauStar");
      c = o.putObject("certificate");
      c.put("kind", "no-threshold");
      int[] d = AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, q.maxTau(), t.horizon);
      deviation(c.putObject("atMaxTau"), t, q.maxTau(), d[0], d[1]);
      return o;
    }
    o.put("tauStar", star);
    c = o.putObject("certificate");
    c.put("kind", "threshold");
    jumps(c.putArray("jumpsAtStar"), t, star);
    if (star == 0) {
      c.putNull("below");
    } else {
      int[] d = AllZero.firstProfitableDeviation(t.score, t.cost, t.reward, star - 1, t.horizon);
      deviation(c.putObject("below"), t, star - 1, d[0], d[1]);
    }
    return o;
  }

  private static ObjectNode enumerate(Query q) {
    int tau = (int) q.tau();
    KernelTables t = KernelTables.of(q.game(), tau, q.steps());
    if (FastEnumeration.profileCount(t.size(), t.horizon) < 0) {
      throw new InvalidGameException("steps", "(E+1)^n must be at most " + FastEnumeration.MAX_PROFILES
          + " profiles to enumerate", "E=" + t.horizon + ", n=" + t.size());
    }
    ObjectNode o = head(q, "discrete");
    ArrayNode a = o.putArray("equilibria");
    for (int[] p : FastEnumeration.allPne(t.score, t.cost, t.reward, tau, t.horizon)) {
      ArrayNode r = a.addArray();
      for (int e : p) {
        r.add(e);
      }
    }
    return o;
  }

  private static ObjectNode continuous(Query q) {
    if (q.kind().equals(Query.THRESHOLD)) {
      return ContinuousThresholdCheck.answer(q);
    }
    if (!q.kind().equals(Query.SOLVE)) {
      throw new InvalidGameException("steps", "is required for " + q.kind() + " queries (discrete game only)",
          "nothing");
    }
    Solution s = Solver.solve(q.game(), q.tau());
    ObjectNode o = head(q, "continuous");
    boolean undecided = s.verdict() == Verdict.UNDECIDED;
    o.put("verdict", s.deviation() != null ? "all-zero-not-pne" : undecided ? "undecided" : "all-zero-pne");
    ArrayNode a = o.putArray("jumps");
    for (Deviation d : s.jumps()) {
      if (d.toRank() >= d.fromRank()) {
        continue; // the solver also lists unsafe moves down the ranking; the protocol's jumps go up
      }
      ObjectNode n = a.addObject();
      n.put("overtaker", d.model());
      n.put("overtaken", d.toRank());
      if (Double.isInfinite(d.effort())) {
        n.put("delta", "inf");
      } else {
        n.put("delta", d.effort());
      }
    }
    ObjectNode c = o.putObject("certificate");
    Deviation d = s.deviation();
    if (d != null) {
      c.put("kind", "profitable-deviation");
      c.put("model", d.model());
      c.put("effort", d.costEffort());
      c.put("gain", d.gain());
      c.put("cost", d.cost() - d.currentCost());
    } else {
      c.put("kind", undecided ? "none" : "all-zero-pne");
    }
    return o;
  }
}
