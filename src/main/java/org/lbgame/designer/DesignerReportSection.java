package org.lbgame.designer;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.lbgame.audit.AuditResult;
import org.lbgame.audit.Charts;
import org.lbgame.audit.ReportSection;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;

/**
 * The audit report's designer section (the hook in {@code AuditCommand}): the game of the fitted
 * curves with the given rewards and cost, its {@code tau*} with Prop 5.6, Figure 1 (right) and the
 * cost-against-gap plot. Register with {@code auditCommand.withSection(DesignerReportSection.of(...))}.
 */
public final class DesignerReportSection implements ReportSection {
  private final IntFunction<org.lbgame.model.Rewards> rewards;
  private final CostFunction cost;
  private final Designer designer;
  private final Map<AuditResult, DesignerAnalysis> cache = new IdentityHashMap<>();

  private DesignerReportSection(IntFunction<org.lbgame.model.Rewards> rewards, CostFunction cost, Designer designer) {
    this.rewards = rewards;
    this.cost = cost;
    this.designer = designer;
  }

  /** The section for rewards {@code rewards.apply(n)}, cost {@code cost} and an optional designer (may be null). */
  public static DesignerReportSection of(IntFunction<org.lbgame.model.Rewards> rewards, CostFunction cost,
      Designer designer) {
    if (rewards == null || cost == null) {
      throw new InvalidGameException("designer section", "needs rewards and a cost", "null");
    }
    return new DesignerReportSection(rewards, cost, designer);
  }

  /** The analysis of the fitted game (computed once per audit). */
  public DesignerAnalysis analysis(AuditResult audit) {
    return cache.computeIfAbsent(audit, a -> {
      int n = a.fit().toModels().size();
      Game g = Game.of(a.fit().toModels(), cost, rewards.apply(n)).withDesigner(designer)
          .withDescription("fitted", "the audit's fitted power-law curves");
      return DesignerAnalysis.of(g);
    });
  }

  @Override
  public String markdown(AuditResult audit) {
    DesignerAnalysis a = analysis(audit);
    StringBuilder b = new StringBuilder("## Stabilizing tune-before-test\n\n");
    b.append("The fitted curves as a game (cost ").append(cost).append(", rewards ")
        .append(a.threshold().game().rewards()).append("); see docs/designer.md.\n\n```\n")
        .append(DesignerText.threshold(a.threshold()));
    if (a.stackelberg() != null) {
      b.append(DesignerText.stackelberg(a.stackelberg()));
    }
    b.append("```\n\n![Delta_k(tau), log axes](delta-curve.png)\n\n![c(Delta_k(tau)) against the reward gaps]"
        + "(cost-vs-gap.png)\n");
    return b.toString();
  }

  @Override
  public List<Charts.Rendered> plots(AuditResult audit) {
    DesignerAnalysis a = analysis(audit);
    List<Charts.Rendered> out = new ArrayList<>();
    out.add(DesignerPlots.deltaCurve(a.curve(), a.threshold().tauStar()));
    out.add(DesignerPlots.costAgainstGap(a.curve()));
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> json(AuditResult audit) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("designer", new ObjectMapper().convertValue(DesignerAnalysis.json(analysis(audit)), Map.class));
    return m;
  }
}
