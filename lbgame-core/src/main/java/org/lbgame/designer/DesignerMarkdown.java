package org.lbgame.designer;

import java.util.Locale;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Game;

/** The designer section of the audit's {@code report.md}: markdown tables (1-based pairs, as the paper prints them). */
final class DesignerMarkdown {
  private DesignerMarkdown() {
  }

  /** The section: threshold per pair, Prop 5.6, the minimum just-overtake effort at two levels, Figure 1. */
  static String section(DesignerAnalysis a, DeltaCurve levels, CostFunction cost) {
    ThresholdResult r = a.threshold();
    Game g = r.game();
    StringBuilder b = new StringBuilder("## Stabilizing tune-before-test\n\n");
    b.append("The fitted curves as a game: cost `").append(cost).append("`, rewards `").append(g.rewards())
        .append("`, ties to the higher-capability model (SPEC sections 2-4; docs/designer.md).\n\n");
    b.append("**Minimum just-overtake effort** `min_k Delta_k(tau)` (extra steps the cheapest overtaker needs):\n\n");
    for (int t = 0; t < levels.size(); t++) {
      int k = levels.argminPair(t);
      b.append("- at tau = ").append(DesignerText.fmt(levels.tau(t))).append(": ")
          .append(DesignerText.fmt(levels.minDelta(t))).append(" steps");
      if (k > 0) {
        b.append(" (about ").append(rounded(levels.minDelta(t))).append("; pair ").append(k + 1).append(", ")
            .append(g.model(k).name()).append(" > ").append(g.model(k - 1).name()).append(')');
      }
      b.append('\n');
    }
    b.append("\n**Stabilizing threshold**: ");
    if (r.finite()) {
      b.append("tau* = ").append(DesignerText.fmt(r.tauStar()));
      if (r.hardestPair() > 0) {
        b.append(", hardest pair ").append(ThresholdResult.label(g, r.hardestPair()));
      }
    } else {
      b.append(r.status().label());
    }
    b.append('.');
    if (!r.reason().isEmpty()) {
      b.append("\n\nNote: ").append(r.reason()).append('.');
    }
    b.append("\n\n| pair | overtaker > overtaken | reward gap | required effort c^-1(gap) | tau*_k | status / method |\n"
        + "|---|---|---|---|---|---|\n");
    for (PairThreshold p : r.pairs()) {
      String t = p.status().finite() ? DesignerText.fmt(p.tauStar()) : p.status() == PairStatus.BEYOND_RANGE
          ? "10^" + DesignerText.fmt(p.log10TauStar()) : "none";
      b.append(String.format(Locale.ROOT, "| %d | %s > %s | %s | %s | %s | %s; %s%s |%n", p.pair() + 1,
          g.model(p.pair()).name(), g.model(p.pair() - 1).name(), DesignerText.fmt(p.gap()),
          DesignerText.fmt(p.requiredEffort()), t, p.status().label(), p.method(),
          p.reason().isEmpty() ? "" : "; " + p.reason()));
    }
    prop56(b, r);
    TauStarCertificate c = r.certificate();
    if (c != null && r.finite()) {
      b.append("\nCertificate (the solver's `Delta_k`, not the closed form): ").append(c.note()).append('\n');
      if (c.belowPair() > 0) {
        b.append("Just below, at tau = ").append(DesignerText.fmt(c.tauBelow())).append(", pair ")
            .append(c.belowPair() + 1).append(" needs only Delta = ").append(DesignerText.fmt(c.belowDelta()))
            .append(" (margin ").append(DesignerText.fmt(c.belowMargin())).append(" < 0: overtaking pays).\n");
      }
      if (!c.solverVerdict().isEmpty()) {
        b.append("Solver at tau = ").append(DesignerText.fmt(c.tauAbove())).append(": ").append(c.solverVerdict())
            .append(".\n");
      }
    }
    if (a.stackelberg() != null) {
      b.append("\n```\n").append(DesignerText.stackelberg(a.stackelberg())).append("```\n");
    }
    b.append("\n| Figure 1 (left): fitted curves over the points | Figure 1 (right): min_k Delta_k(tau), log axes |\n"
        + "|---|---|\n| ![fitted curves](fitted-curves.png) | ![Delta_k(tau)](delta-curve.png) |\n");
    b.append("\n![c(Delta_k(tau)) against the reward gaps](cost-vs-gap.png)\n");
    return b.toString();
  }

  private static void prop56(StringBuilder b, ThresholdResult r) {
    if (r.pairs().stream().noneMatch(p -> p.prop56() != null)) {
      b.append("\nProp 5.6 does not apply (no pair is a power law on a common scale).\n");
      return;
    }
    b.append("\n**Prop 5.6** (`tau*_k ~ rho_k^gamma_k`, `rho_k = G_k / Delta0_k`, `G_k = gap / (lambda_k kappa)`) ")
        .append("beside the exact value; `c(e) >= kappa e` with kappa = ").append(DesignerText.fmt(r.kappa().kappa()))
        .append(" (").append(r.kappa().how()).append("):\n\n")
        .append("| pair | gamma_k | Delta0_k | G_k | rho_k | rho_k^gamma_k | exact tau*_k | exact / rule |\n"
            + "|---|---|---|---|---|---|---|---|\n");
    for (PairThreshold p : r.pairs()) {
      Prop56 e = p.prop56();
      if (e != null) {
        b.append(String.format(Locale.ROOT, "| %d%s | %s | %s | %s | %s | %s | %s | %s |%n", p.pair() + 1,
            p.pair() == r.hardestPair() ? " (hardest)" : "", DesignerText.fmt(e.gamma()),
            DesignerText.fmt(e.delta0()), DesignerText.fmt(e.rewardGapEffort()), DesignerText.fmt(e.rho()),
            DesignerText.fmt(e.ruleOfThumb()), DesignerText.fmt(e.exact()), DesignerText.fmt(e.ratio())));
      }
    }
  }

  /** Whole steps with thousands separators (the paper's "384,668"); below 100 one decimal. */
  private static String rounded(double v) {
    if (!Double.isFinite(v)) {
      return DesignerText.fmt(v);
    }
    return v < 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%,.0f", v);
  }
}
