package org.lbgame.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.lbgame.model.Game;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.DiscreteJump;
import org.lbgame.solve.DiscreteSolution;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.Solution;

/**
 * The stable JSON of {@code lbgame solve --json} (schema {@code lbgame-solution/1}): fixed key order,
 * 0-based model indexes and ranks, infinities as the strings {@code "inf"}/{@code "-inf"}, NaN as null.
 */
final class SolutionJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SolutionJson() {
  }

  static String continuous(Solution s, String file) {
    ObjectNode o = head(s, file, "continuous");
    o.put("tau", s.tau());
    o.put("tolerance", s.tolerance());
    o.put("precision", org.lbgame.solve.Solver.PRECISION);
    ArrayNode pairs = o.putArray("pairs");
    for (PairCheck p : s.pairs()) {
      ObjectNode n = pairs.addObject();
      n.put("pair", p.pair());
      n.put("overtaker", p.pair());
      n.put("overtaken", p.pair() - 1);
      num(n, "delta", p.delta());
      num(n, "cost", p.cost());
      num(n, "gap", p.gap());
      num(n, "margin", p.margin());
      bound(n, "deltaBound", p.deltaBound());
      bound(n, "marginBound", p.marginBound());
      n.put("status", p.status().name());
    }
    ArrayNode jumps = o.putArray("jumps");
    for (Deviation d : s.jumps()) {
      deviation(jumps.addObject(), d);
    }
    checks(o.putArray("hypotheses"), s.report().checks());
    o.put("adjacentConditionHolds", s.adjacentConditionHolds());
    o.put("everyJumpConditionHolds", s.everyJumpConditionHolds());
    verdict(o, s.verdict().name(), s.verdictSentence(), s.findings());
    ObjectNode c = o.putObject("certificate");
    if (s.deviation() != null) {
      c.put("kind", "profitable-deviation");
      deviation(c.putObject("deviation"), s.deviation());
    } else if (s.verdict() == org.lbgame.solve.Verdict.UNDECIDED) {
      c.put("kind", "none");
    } else {
      c.put("kind", "all-zero-pne");
      c.put("rows", "pairs and jumps");
    }
    if (s.certificateChecked() != null) {
      c.put("independentlyChecked", s.certificateChecked());
    }
    if (s.otherEquilibrium() != null) {
      ArrayNode a = c.putArray("otherEquilibrium");
      for (double e : s.otherEquilibrium()) {
        a.add(e);
      }
    }
    return text(o);
  }

  static String discrete(DiscreteSolution d, String file) {
    Solution s = d.continuous();
    ObjectNode o = head(s, file, "discrete");
    o.put("tau", d.tau());
    o.put("horizon", d.horizon());
    ObjectNode enc = o.putObject("encoding");
    enc.put("scores", "orderKey(" + d.tables().latentName() + ")");
    enc.put("scaleExponent", d.tables().scaleExponent());
    enc.put("exact", d.tables().exact());
    enc.put("roundingBound", d.tables().errorUnits() * d.tables().unit());
    enc.put("flagUnits", d.tables().flagUnits());
    ArrayNode jumps = o.putArray("jumps");
    for (DiscreteJump j : d.jumps()) {
      ObjectNode n = jumps.addObject();
      n.put("overtaker", j.overtaker());
      n.put("overtaken", j.overtaken());
      n.put("adjacent", j.overtaken() == j.overtaker() - 1);
      n.put("delta", j.delta());
      num(n, "cost", j.cost());
      num(n, "gap", j.gap());
      n.put("holds", j.holds());
      n.put("marginUnits", j.marginUnits());
      n.put("flagged", j.flagged());
    }
    checks(o.putArray("tableHypotheses"), d.tableChecks());
    checks(o.putArray("hypotheses"), s.report().checks());
    o.put("allZeroPne", d.allZeroPne());
    verdict(o, d.verdict().name(), d.verdictSentence(), d.findings());
    ObjectNode c = o.putObject("certificate");
    if (d.deviation() != null) {
      c.put("kind", "profitable-deviation");
      c.put("model", d.deviation()[0]);
      c.put("effort", d.deviation()[1]);
      num(c, "gain", d.deviationGain());
      num(c, "cost", d.deviationCost());
    } else {
      c.put("kind", "all-zero-pne");
      c.put("rows", "jumps");
    }
    if (d.certified() != null) {
      c.put("kernelAccepted", d.certified());
    }
    if (d.otherEquilibrium() != null) {
      ArrayNode a = c.putArray("otherEquilibrium");
      for (int e : d.otherEquilibrium()) {
        a.add(e);
      }
    }
    if (d.allPne() != null) {
      ArrayNode a = o.putArray("allPne");
      for (int[] p : d.allPne()) {
        ArrayNode q = a.addArray();
        for (int e : p) {
          q.add(e);
        }
      }
    }
    o.put("continuousVerdict", s.verdict().name());
    return text(o);
  }

  private static ObjectNode head(Solution s, String file, String mode) {
    Game g = s.game();
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", "lbgame-solution/1");
    o.put("game", file);
    o.put("name", g.name());
    o.put("mode", mode);
    o.put("tieRule", g.tieRule().label());
    o.put("tieStatement", g.tieRule().statement());
    ArrayNode models = o.putArray("models");
    double[] base = s.baseline();
    int[] ranking = s.ranking();
    int[] rankOf = new int[g.size()];
    for (int r = 0; r < ranking.length; r++) {
      rankOf[ranking[r]] = r;
    }
    for (int i = 0; i < g.size(); i++) {
      ObjectNode m = models.addObject();
      m.put("index", i);
      m.put("name", g.model(i).name());
      m.put("capability", g.model(i).capability());
      num(m, "baseline", base[i]);
      m.put("rank", rankOf[i]);
    }
    return o;
  }

  private static void deviation(ObjectNode n, Deviation d) {
    n.put("model", d.model());
    n.put("fromRank", d.fromRank());
    n.put("toRank", d.toRank());
    n.put("passes", d.passes());
    num(n, "effort", d.effort());
    num(n, "costEffort", d.costEffort());
    num(n, "cost", d.cost());
    num(n, "currentCost", d.currentCost());
    num(n, "gain", d.gain());
    num(n, "margin", d.margin());
    bound(n, "effortBound", d.effortBound());
    bound(n, "marginBound", d.marginBound());
    n.put("status", d.status().name());
    num(n, "witness", d.witness());
  }

  /** A rigorous enclosure: the exact value lies in [lower, upper]; the arithmetic that proved it. */
  private static void bound(ObjectNode n, String field, org.lbgame.solve.Bounded b) {
    ObjectNode o = n.putObject(field);
    num(o, "lower", b.lower());
    num(o, "upper", b.upper());
    o.put("arithmetic", b.arithmetic());
  }

  private static void checks(ArrayNode a, List<HypothesisCheck> checks) {
    for (HypothesisCheck c : checks) {
      ObjectNode n = a.addObject();
      n.put("hypothesis", c.hypothesis().label());
      ArrayNode m = n.putArray("models");
      for (int i : c.models()) {
        m.add(i);
      }
      n.put("holds", c.passed());
      num(n, "witness", c.witness());
      n.put("witnessKind", c.witnessKind());
      n.put("method", c.method().label());
      n.put("detail", c.detail());
    }
  }

  private static void verdict(ObjectNode o, String code, String sentence, List<String> findings) {
    ObjectNode v = o.putObject("verdict");
    v.put("code", code);
    v.put("sentence", sentence);
    ArrayNode f = v.putArray("findings");
    findings.forEach(f::add);
  }

  private static void num(ObjectNode n, String key, double v) {
    if (Double.isNaN(v)) {
      n.putNull(key);
    } else if (Double.isInfinite(v)) {
      n.put(key, v > 0 ? "inf" : "-inf");
    } else {
      n.put(key, v);
    }
  }

  private static String text(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
