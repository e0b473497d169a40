package org.lbgame.designer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.lbgame.model.Game;

/**
 * The continuous threshold of a large game in summary form: {@code tau*}, the counts of pairs by status,
 * the pairs with the largest {@code tau*_k} (the hardest) with Prop 5.6 beside them, the pairs without a
 * finite threshold, and the certificate's margins in one line. The full report lists every pair.
 */
public final class ThresholdSummary {
  private final ThresholdResult result;
  private final Map<PairStatus, Integer> counts;
  private final List<PairThreshold> hardest;
  private final List<PairThreshold> without;

  private ThresholdSummary(ThresholdResult result, Map<PairStatus, Integer> counts, List<PairThreshold> hardest,
      List<PairThreshold> without) {
    this.result = result;
    this.counts = counts;
    this.hardest = hardest;
    this.without = without;
  }

  /** The summary of {@code r} with {@code listed} pairs named in each list. */
  public static ThresholdSummary of(ThresholdResult r, int listed) {
    Map<PairStatus, Integer> counts = new EnumMap<>(PairStatus.class);
    PriorityQueue<PairThreshold> top = new PriorityQueue<>((a, b) -> Double.compare(a.tauStar(), b.tauStar()));
    List<PairThreshold> without = new ArrayList<>();
    List<PairThreshold> pairs = r.pairs();
    PowerLawThresholds cols = pairs instanceof PowerLawThresholds ? (PowerLawThresholds) pairs : null;
    double floor = Double.NEGATIVE_INFINITY;
    // counted by ordinal (10^6 pairs: no boxed counts), then kept in the status order
    int[] byStatus = new int[PairStatus.values().length];
    for (int at = 0; at < pairs.size(); at++) {
      PairStatus st = cols != null ? cols.status(at) : pairs.get(at).status();
      byStatus[st.ordinal()]++;
      if (!st.finite()) {
        if (without.size() < listed) {
          without.add(pairs.get(at));
        }
        continue;
      }
      double t = cols != null ? cols.tauStar(at) : pairs.get(at).tauStar();
      // only pairs that enter the top list are made as objects
      if (top.size() < listed || t > floor) {
        top.add(pairs.get(at));
        if (top.size() > listed) {
          top.poll();
        }
        floor = top.peek().tauStar();
      }
    }
    for (PairStatus st : PairStatus.values()) {
      if (byStatus[st.ordinal()] > 0) {
        counts.put(st, byStatus[st.ordinal()]);
      }
    }
    List<PairThreshold> hardest = new ArrayList<>(top);
    hardest.sort((a, b) -> Double.compare(b.tauStar(), a.tauStar()));
    return new ThresholdSummary(r, counts, hardest, without);
  }

  /** The summary as text, in the layout of {@link DesignerText#threshold}. */
  public String text() {
    ThresholdResult r = result;
    Game g = r.game();
    StringBuilder b = new StringBuilder();
    b.append("ties go to the higher-capability model (the paper's rule)\n");
    b.append("continuous: ");
    if (r.finite()) {
      b.append("tau* = ").append(DesignerText.fmt(r.tauStar()));
      if (r.hardestPair() > 0) {
        b.append("  (hardest pair ").append(ThresholdResult.label(g, r.hardestPair())).append(')');
      }
    } else {
      b.append(r.status().label());
    }
    b.append('\n');
    if (!r.reason().isEmpty()) {
      b.append("  ").append(r.reason()).append('\n');
    }
    b.append("summary of ").append(r.pairs().size()).append(" pairs (--full lists every pair):");
    for (Map.Entry<PairStatus, Integer> e : counts.entrySet()) {
      b.append(' ').append(e.getValue()).append(' ').append(e.getKey().label()).append(';');
    }
    b.append('\n');
    b.append("the ").append(hardest.size()).append(" pairs with the largest tau*_k:\n");
    b.append(String.format(Locale.ROOT, "  %-8s %-34s %-10s %-12s %-14s %-10s %-12s %-12s %s%n", "pair",
        "overtaker > overtaken", "gap", "req. effort", "tau*_k", "gamma_k", "Delta0_k", "rho^gamma", "method"));
    for (PairThreshold p : hardest) {
      Prop56 e = p.prop56();
      b.append(String.format(Locale.ROOT, "  %-8d %-34s %-10s %-12s %-14s %-10s %-12s %-12s %s%n", p.pair() + 1,
          shorten(g.model(p.pair()).name() + " > " + g.model(p.pair() - 1).name()), DesignerText.fmt(p.gap()),
          DesignerText.fmt(p.requiredEffort()), DesignerText.fmt(p.tauStar()),
          e == null ? "-" : DesignerText.fmt(e.gamma()), e == null ? "-" : DesignerText.fmt(e.delta0()),
          e == null ? "-" : DesignerText.fmt(e.ruleOfThumb()), p.method()));
    }
    if (!without.isEmpty()) {
      b.append("pairs without a finite tau*_k (the first ").append(without.size()).append("):\n");
      for (PairThreshold p : without) {
        b.append("  ").append(p.pair() + 1).append(' ').append(p.status().label()).append(": ").append(p.reason())
            .append('\n');
      }
    }
    TauStarCertificate c = r.certificate();
    if (c != null && r.finite()) {
      b.append("certificate (solver's Delta_k, not the closed form): ").append(c.note()).append('\n');
      b.append("  smallest margin at tau = ").append(DesignerText.fmt(c.tauAbove())).append(": ")
          .append(DesignerText.fmt(minMargin(c, g.size()))).append('\n');
      if (c.belowPair() > 0) {
        b.append("  just below, at tau = ").append(DesignerText.fmt(c.tauBelow())).append(", pair ")
            .append(c.belowPair() + 1).append(" needs only Delta = ").append(DesignerText.fmt(c.belowDelta()))
            .append(" (margin ").append(DesignerText.fmt(c.belowMargin())).append(" < 0: overtaking pays)\n");
      }
      if (!c.solverVerdict().isEmpty()) {
        b.append("  solver at tau = ").append(DesignerText.fmt(c.tauAbove())).append(": ").append(c.solverVerdict())
            .append('\n');
      }
    }
    return b.toString();
  }

  /** The summary as a JSON object, keys as in {@link DesignerJson#threshold} where they mean the same. */
  public ObjectNode json() {
    ThresholdResult r = result;
    Game g = r.game();
    ObjectNode o = DesignerJson.object();
    o.put("mode", "continuous");
    o.put("summary", true);
    o.put("status", r.status().name().toLowerCase(Locale.ROOT));
    o.put("finite", r.finite());
    DesignerJson.num(o, "tauStar", r.tauStar());
    DesignerJson.num(o, "holdsUntil", r.holdsUntil());
    o.put("hardestPair", r.hardestPair());
    o.put("reason", r.reason());
    ObjectNode kap = o.putObject("costLowerBound");
    DesignerJson.num(kap, "kappa", r.kappa().kappa());
    kap.put("how", r.kappa().how());
    ObjectNode cn = o.putObject("pairCounts");
    counts.forEach((k, v) -> cn.put(k.name().toLowerCase(Locale.ROOT), v));
    ArrayNode hp = o.putArray("hardestPairs");
    for (PairThreshold p : hardest) {
      ObjectNode q = hp.addObject();
      q.put("pair", p.pair());
      q.put("overtaker", g.model(p.pair()).name());
      q.put("overtaken", g.model(p.pair() - 1).name());
      DesignerJson.num(q, "gap", p.gap());
      DesignerJson.num(q, "requiredEffort", p.requiredEffort());
      q.put("status", p.status().name().toLowerCase(Locale.ROOT));
      DesignerJson.num(q, "tauStar", p.tauStar());
      q.put("method", p.method());
      if (p.prop56() != null) {
        DesignerJson.num(q, "gamma", p.prop56().gamma());
        DesignerJson.num(q, "delta0", p.prop56().delta0());
        DesignerJson.num(q, "ruleOfThumb", p.prop56().ruleOfThumb());
      }
    }
    ArrayNode wo = o.putArray("pairsWithoutFiniteThreshold");
    for (PairThreshold p : without) {
      ObjectNode q = wo.addObject();
      q.put("pair", p.pair());
      q.put("status", p.status().name().toLowerCase(Locale.ROOT));
      q.put("reason", p.reason());
    }
    TauStarCertificate c = r.certificate();
    if (c != null) {
      ObjectNode h = o.putObject("certificate");
      h.put("accepted", c.accepted());
      h.put("note", c.note());
      DesignerJson.num(h, "tauAbove", c.tauAbove());
      DesignerJson.num(h, "smallestMarginAbove", r.finite() ? minMargin(c, g.size()) : Double.NaN);
      DesignerJson.num(h, "tauBelow", c.tauBelow());
      h.put("violatingPairBelow", c.belowPair());
      DesignerJson.num(h, "deltaBelow", c.belowDelta());
      DesignerJson.num(h, "marginBelow", c.belowMargin());
      h.put("solverVerdictAbove", c.solverVerdict());
    }
    return o;
  }

  private static double minMargin(TauStarCertificate c, int n) {
    double m = Double.POSITIVE_INFINITY;
    for (int k = 1; k < n; k++) {
      m = Math.min(m, c.marginAbove(k));
    }
    return m;
  }

  private static String shorten(String s) {
    return s.length() > 34 ? s.substring(0, 31) + "..." : s;
  }
}
