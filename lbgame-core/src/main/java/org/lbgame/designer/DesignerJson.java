package org.lbgame.designer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.lbgame.model.Game;

/**
 * Stable JSON for the designer's results: 0-based model and pair indexes (pair {@code k} is model
 * {@code k} overtaking {@code k-1}), infinities as {@code "inf"}, NaN as null (the solve command's convention).
 */
public final class DesignerJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DesignerJson() {
  }

  /** A fresh object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The continuous threshold as a JSON object. */
  public static ObjectNode threshold(ThresholdResult r) {
    ObjectNode o = object();
    o.put("mode", "continuous");
    o.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
    o.put("finite", r.finite());
    num(o, "tauStar", r.tauStar());
    num(o, "holdsUntil", r.holdsUntil());
    o.put("hardestPair", r.hardestPair());
    o.put("reason", r.reason());
    ObjectNode kap = o.putObject("costLowerBound");
    num(kap, "kappa", r.kappa().kappa());
    kap.put("how", r.kappa().how());
    ArrayNode ps = o.putArray("pairs");
    Game g = r.game();
    for (PairThreshold p : r.pairs()) {
      ObjectNode q = ps.addObject();
      q.put("pair", p.pair());
      q.put("overtaker", g.model(p.pair()).name());
      q.put("overtaken", g.model(p.pair() - 1).name());
      num(q, "gap", p.gap());
      num(q, "requiredEffort", p.requiredEffort());
      q.put("status", p.status().name().toLowerCase(java.util.Locale.ROOT));
      num(q, "tauStar", p.tauStar());
      num(q, "holdsUntil", p.holdsUntil());
      num(q, "log10TauStar", p.log10TauStar());
      q.put("method", p.method());
      q.put("monotone", p.monotone());
      q.put("reason", p.reason());
      Prop56 e = p.prop56();
      if (e != null) {
        ObjectNode h = q.putObject("prop56");
        num(h, "gamma", e.gamma());
        num(h, "delta0", e.delta0());
        num(h, "kappa", e.kappa());
        num(h, "G", e.rewardGapEffort());
        num(h, "rho", e.rho());
        num(h, "ruleOfThumb", e.ruleOfThumb());
        num(h, "exact", e.exact());
        num(h, "exactOverRuleOfThumb", e.ratio());
      }
    }
    TauStarCertificate c = r.certificate();
    if (c != null) {
      ObjectNode h = o.putObject("certificate");
      h.put("accepted", c.accepted());
      h.put("note", c.note());
      num(h, "tauAbove", c.tauAbove());
      ArrayNode m = h.putArray("marginsAbove");
      if (r.finite()) {
        for (int k = 1; k < g.size(); k++) {
          numIn(m, c.marginAbove(k));
        }
      }
      num(h, "tauBelow", c.tauBelow());
      h.put("violatingPairBelow", c.belowPair());
      num(h, "deltaBelow", c.belowDelta());
      num(h, "marginBelow", c.belowMargin());
      h.put("solverVerdictAbove", c.solverVerdict());
      if (c.witnessModel() >= 0) {
        ObjectNode wb = h.putObject("witnessBelow");
        wb.put("model", c.witnessModel());
        num(wb, "effort", c.witnessEffort());
      }
    }
    return o;
  }

  /** The discrete threshold as a JSON object. */
  public static ObjectNode discrete(DiscreteThresholdResult d) {
    ObjectNode o = object();
    o.put("mode", "discrete");
    o.put("horizon", d.horizon());
    o.put("found", d.found());
    o.put("tauStar", d.tauStar());
    o.put("searchedUpTo", d.searchedUpTo());
    o.put("method", d.method());
    o.put("monotoneOnCheckedRange", d.monotone());
    o.put("certifiedByKernel", d.certified());
    o.put("undecidedWithinConversion", d.flagged());
    if (d.found()) {
      ArrayNode pt = o.putArray("pairTauStar");
      for (int k = 1; k < d.game().size(); k++) {
        pt.add(d.pairTauStar(k));
      }
      int[] dev = d.deviationBelow();
      if (dev != null) {
        ObjectNode v = o.putObject("deviationBelow");
        v.put("tau", d.tauStar() - 1);
        v.put("model", dev[0]);
        v.put("effort", dev[1]);
      }
    }
    ArrayNode f = o.putArray("findings");
    d.findings().forEach(f::add);
    return o;
  }

  /** The Stackelberg choice as a JSON object. */
  public static ObjectNode stackelberg(StackelbergChoice s) {
    ObjectNode o = object();
    num(o, "tau", s.tau());
    if (s.effort() == null) {
      o.putNull("effort");
    } else {
      ArrayNode e = o.putArray("effort");
      for (double v : s.effort()) {
        numIn(e, v);
      }
    }
    num(o, "designerUtility", s.utility());
    o.put("stabilizes", s.stabilizes());
    num(o, "stabilizingUtility", s.stabilizingUtility());
    o.put("atZero", s.atZero());
    ArrayNode w = o.putArray("explanation");
    s.explanation().forEach(w::add);
    ObjectNode sm = o.putObject("smooth");
    sm.put("assumption", s.smoothAssumption());
    sm.put("method", KendallChoice.METHOD);
    if (s.smoothBest() != null) {
      num(sm, "bestTau", s.smoothBest().tau());
      num(sm, "bestUtility", s.smoothBest().smoothUtility());
      num(sm, "bestKendall", s.smoothBest().kendall());
    }
    ArrayNode pts = sm.putArray("grid");
    for (SmoothPoint p : s.smooth()) {
      ObjectNode q = pts.addObject();
      num(q, "tau", p.tau());
      q.put("pne", p.pne());
      ArrayNode rk = q.putArray("ranking");
      for (int i : p.ranking()) {
        rk.add(i);
      }
      num(q, "kendall", p.kendall());
      num(q, "smoothUtility", p.smoothUtility());
      num(q, "indicatorUtility", p.indicatorUtility());
    }
    return o;
  }

  /** The arms race as a JSON object (every step). */
  public static ObjectNode dynamics(ArmsRaceResult r) {
    ObjectNode o = object();
    o.put("tau", r.tau());
    o.put("horizon", r.horizon());
    o.put("order", "developers move in index order (strongest first), each playing the kernel's best response");
    o.put("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
    o.put("summary", r.summary());
    o.put("againstCapability", r.againstCapability());
    o.put("continuousComparison", r.continuousComparison());
    o.put("rounds", r.rounds());
    o.put("roundLimit", r.roundLimit());
    o.put("cycleStart", r.cycleStart());
    o.put("cyclePeriod", r.cyclePeriod());
    o.put("finalIsPne", r.finalPne());
    ArrayNode names = o.putArray("models");
    for (int i = 0; i < r.game().size(); i++) {
      names.add(r.game().model(i).name());
    }
    ArrayNode st = o.putArray("steps");
    for (ArmsRaceResult.Step s : r.steps()) {
      ObjectNode q = st.addObject();
      q.put("step", s.index());
      q.put("round", s.round());
      q.put("mover", s.mover());
      ArrayNode e = q.putArray("effort");
      for (int v : s.effort()) {
        e.add(v);
      }
      ArrayNode k = q.putArray("rank");
      for (int v : s.rank()) {
        k.add(v);
      }
    }
    return o;
  }

  /** Pretty-printed text of {@code o}, ending with a newline. */
  public static String text(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Puts {@code v}: a number, {@code "inf"}/{@code "-inf"}, or null for NaN. */
  public static void num(ObjectNode n, String key, double v) {
    if (Double.isNaN(v)) {
      n.putNull(key);
    } else if (Double.isInfinite(v)) {
      n.put(key, v > 0 ? "inf" : "-inf");
    } else {
      n.put(key, v);
    }
  }

  private static void numIn(ArrayNode a, double v) {
    if (Double.isNaN(v)) {
      a.addNull();
    } else if (Double.isInfinite(v)) {
      a.add(v > 0 ? "inf" : "-inf");
    } else {
      a.add(v);
    }
  }
}
