package org.lbgame.designer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.lbgame.audit.AuditResult;
import org.lbgame.audit.ReportSection;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.Rewards;
import org.lbgame.plot.Charts;

/**
 * The audit report's designer section (the hook in {@code AuditCommand}): the game of the fitted
 * curves with the given rewards and cost, every {@code tau*_k} and {@code tau*}, Prop 5.6 beside the exact
 * value, the minimum just-overtake effort {@code min_k Delta_k} at {@code tau = 0} and at a chosen {@code tau},
 * Figure 1 (right) beside the fitted curves (Figure 1, left) and the cost-against-gap plot. Register with
 * {@code auditCommand.withSection(DesignerReportSection.of(...))}.
 */
public final class DesignerReportSection implements ReportSection {
  /** The default chosen level: the paper's section 6 example ({@code tau = 3000}). */
  public static final double DEFAULT_TAU = 3000;

  private final IntFunction<Rewards> rewards;
  private final CostFunction cost;
  private final Designer designer;
  private final double tau;
  private final Map<AuditResult, DesignerAnalysis> cache = new IdentityHashMap<>();
  private final Map<AuditResult, DeltaCurve> levels = new IdentityHashMap<>();

  private DesignerReportSection(IntFunction<Rewards> rewards, CostFunction cost, Designer designer, double tau) {
    this.rewards = rewards;
    this.cost = cost;
    this.designer = designer;
    this.tau = tau;
  }

  /** The section for rewards {@code rewards.apply(n)}, cost {@code cost}, an optional designer (may be null), tau 3000. */
  public static DesignerReportSection of(IntFunction<Rewards> rewards, CostFunction cost, Designer designer) {
    return of(rewards, cost, designer, DEFAULT_TAU);
  }

  /** The same with the chosen level {@code tau >= 0} at which the minimum just-overtake effort is reported. */
  public static DesignerReportSection of(IntFunction<Rewards> rewards, CostFunction cost, Designer designer,
      double tau) {
    if (rewards == null || cost == null) {
      throw new InvalidGameException("designer section", "needs rewards and a cost", "null");
    }
    return new DesignerReportSection(rewards, cost, designer, DesignerOptions.tau(tau));
  }

  /** The section that only says the designer part was skipped and how to enable it (no plots; JSON says so too). */
  public static ReportSection skipped() {
    return Skipped.INSTANCE;
  }

  /** The chosen level {@code tau}. */
  public double tau() {
    return tau;
  }

  /**
   * The game of the fitted curves with this section's rewards, cost and designer: the models the audit does not
   * leave out ({@link AuditResult#leftOut()}: poor fits unless {@code --use-poor-fits}, and {@code b <= 0}).
   */
  public Game game(AuditResult audit) {
    List<org.lbgame.model.Model> models = audit.designerModels();
    return Game.of(models, cost, rewards.apply(models.size())).withDesigner(designer)
        .withDescription("fitted", "the audit's fitted power-law curves");
  }

  /** Why the section cannot be computed (fewer than two usable fitted models), or null when it can. */
  String notComputable(AuditResult audit) {
    int n = audit.designerModels().size();
    return n >= 2 ? null : "only " + n + " fitted model(s) remain after leaving out " + leftOutText(audit)
        + "; the game needs two";
  }

  private static String leftOutText(AuditResult audit) {
    List<String> parts = new ArrayList<>();
    audit.leftOut().forEach((m, why) -> parts.add(m + ": " + why));
    return parts.isEmpty() ? "none" : String.join("; ", parts);
  }

  /** The analysis of the fitted game (computed once per audit; the curve reaches the chosen tau). */
  public DesignerAnalysis analysis(AuditResult audit) {
    return cache.computeIfAbsent(audit, a -> {
      Game g = game(a);
      DesignerAnalysis d = DesignerAnalysis.of(g);
      double top = DesignerAnalysis.defaultTauMax(d.threshold());
      return tau > top ? DesignerAnalysis.of(g, tau, DesignerAnalysis.DEFAULT_POINTS) : d;
    });
  }

  /** {@code Delta_k} at the two levels the paper quotes: {@code tau = 0} (index 0) and the chosen tau (index 1). */
  public DeltaCurve levels(AuditResult audit) {
    return levels.computeIfAbsent(audit, a -> DeltaCurve.of(analysis(a).threshold().game(), new double[] {0, tau}));
  }

  /** One line for the command's summary: {@code tau*} and the minimum just-overtake effort at both levels. */
  public String summary(AuditResult audit) {
    String no = notComputable(audit);
    if (no != null) {
      return "designer: skipped (" + no + ")";
    }
    ThresholdResult r = analysis(audit).threshold();
    DeltaCurve l = levels(audit);
    return "designer: " + (r.finite() ? "tau* = " + DesignerText.fmt(r.tauStar()) : r.status().label())
        + "; min_k Delta_k = " + DesignerText.fmt(l.minDelta(0)) + " at tau = 0, " + DesignerText.fmt(l.minDelta(1))
        + " at tau = " + DesignerText.fmt(l.tau(1));
  }

  @Override
  public String markdown(AuditResult audit) {
    String no = notComputable(audit);
    if (no != null) {
      return "## Stabilizing tune-before-test\n\nNot computed: " + no + ".\n";
    }
    String md = DesignerMarkdown.section(analysis(audit), levels(audit), cost);
    if (audit.leftOut().isEmpty()) {
      return md;
    }
    // the note goes right under the section heading, before any number it qualifies
    int cut = md.indexOf("\n\n");
    String note = "Left out of the game, so of tau* and Prop 5.6: " + leftOutText(audit)
        + (audit.options().usePoorFits() ? "" : " (--use-poor-fits keeps poor fits)") + ".";
    return cut < 0 ? md + "\n" + note + "\n" : md.substring(0, cut + 2) + note + "\n\n" + md.substring(cut + 2);
  }

  @Override
  public List<Charts.Rendered> plots(AuditResult audit) {
    if (notComputable(audit) != null) {
      return List.of();
    }
    DesignerAnalysis a = analysis(audit);
    List<Charts.Rendered> out = new ArrayList<>();
    out.add(DesignerPlots.deltaCurve(a.curve(), a.threshold().tauStar()));
    out.add(DesignerPlots.costAgainstGap(a.curve()));
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> json(AuditResult audit) {
    String no = notComputable(audit);
    if (no != null) {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("designer", Map.of("skipped", no, "leftOut", audit.leftOut()));
      return out;
    }
    ObjectNode o = DesignerAnalysis.json(analysis(audit));
    DeltaCurve l = levels(audit);
    Game g = l.game();
    o.put("cost", String.valueOf(cost));
    o.put("rewards", String.valueOf(g.rewards()));
    ArrayNode m = o.putArray("minJustOvertakeEffort");
    for (int t = 0; t < l.size(); t++) {
      ObjectNode q = m.addObject();
      q.put("tau", l.tau(t));
      DesignerJson.num(q, "minDelta", l.minDelta(t));
      q.put("argminPair", l.argminPair(t));
      q.put("overtaker", l.argminPair(t) > 0 ? g.model(l.argminPair(t)).name() : "");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    Map<String, Object> d = new LinkedHashMap<>(new ObjectMapper().convertValue(o, Map.class));
    d.put("leftOut", audit.leftOut());
    out.put("designer", d);
    return out;
  }

  /** The placeholder section without {@code --rewards/--cost}. */
  private enum Skipped implements ReportSection {
    INSTANCE;

    static final String HOW = "pass --rewards SCHEME and --cost SPEC (e.g. --rewards reciprocal --cost linear:1e-5"
        + " --tau 3000) to compute tau*, the Prop 5.6 estimate and Figure 1 (right)";

    @Override
    public String markdown(AuditResult audit) {
      return "## Stabilizing tune-before-test\n\nSkipped: no reward scheme and cost were given. To enable it, " + HOW
          + "; see docs/audit.md.\n";
    }

    @Override
    public List<Charts.Rendered> plots(AuditResult audit) {
      return List.of();
    }

    @Override
    public Map<String, Object> json(AuditResult audit) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("designer", Map.of("skipped", HOW));
      return m;
    }
  }
}
