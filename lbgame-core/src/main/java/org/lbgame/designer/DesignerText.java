package org.lbgame.designer;

import java.math.BigDecimal;
import java.util.Locale;
import org.lbgame.model.Game;

/** Plain-text reports of the designer's results (1-based model numbers and pairs, as the paper prints them). */
public final class DesignerText {
  private DesignerText() {
  }

  /** The continuous threshold with Prop 5.6 and the certificate. */
  public static String threshold(ThresholdResult r) {
    Game g = r.game();
    StringBuilder b = new StringBuilder();
    b.append("ties go to the higher-capability model (the paper's rule)\n");
    b.append("continuous: ");
    if (r.finite()) {
      b.append("tau* = ").append(fmt(r.tauStar()));
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
    b.append(String.format(Locale.ROOT, "  %-4s %-34s %-10s %-12s %-14s %s%n", "pair", "overtaker > overtaken", "gap",
        "req. effort", "tau*_k", "status / method"));
    for (PairThreshold p : r.pairs()) {
      String who = g.model(p.pair()).name() + " > " + g.model(p.pair() - 1).name();
      String t = p.status().finite() ? fmt(p.tauStar()) : p.status() == PairStatus.BEYOND_RANGE
          ? "10^" + fmt(p.log10TauStar()) : "none";
      b.append(String.format(Locale.ROOT, "  %-4d %-34s %-10s %-12s %-14s %s; %s%n", p.pair() + 1, who, fmt(p.gap()),
          fmt(p.requiredEffort()), t, p.status().label(), p.method()));
      if (!p.reason().isEmpty()) {
        b.append("       ").append(p.reason()).append('\n');
      }
    }
    boolean any = r.pairs().stream().anyMatch(p -> p.prop56() != null);
    if (any) {
      b.append("Prop 5.6 beside the exact answer (c(e) >= kappa e with kappa = ").append(fmt(r.kappa().kappa()))
          .append(": ").append(r.kappa().how()).append(")\n");
      b.append(String.format(Locale.ROOT, "  %-4s %-10s %-12s %-12s %-12s %-12s %-12s %s%n", "pair", "gamma_k",
          "Delta0_k", "G_k", "rho_k", "rho^gamma", "exact", "exact/rule"));
      for (PairThreshold p : r.pairs()) {
        Prop56 e = p.prop56();
        if (e != null) {
          b.append(String.format(Locale.ROOT, "  %-4d %-10s %-12s %-12s %-12s %-12s %-12s %s%s%n", p.pair() + 1,
              fmt(e.gamma()), fmt(e.delta0()), fmt(e.rewardGapEffort()), fmt(e.rho()), fmt(e.ruleOfThumb()),
              fmt(e.exact()), fmt(e.ratio()), p.pair() == r.hardestPair() ? "   <- hardest pair" : ""));
        }
      }
    }
    TauStarCertificate c = r.certificate();
    if (c != null && r.finite()) {
      b.append("certificate (solver's Delta_k, not the closed form): ").append(c.note()).append('\n');
      if (c.belowPair() > 0) {
        b.append("  just below, at tau = ").append(fmt(c.tauBelow())).append(", pair ").append(c.belowPair() + 1)
            .append(" needs only Delta = ").append(fmt(c.belowDelta())).append(" (margin ").append(fmt(c.belowMargin()))
            .append(" < 0: overtaking pays)\n");
        if (c.witnessModel() >= 0) {
          b.append("  there model ").append(c.witnessModel() + 1).append(" (").append(g.model(c.witnessModel()).name())
              .append(") overtakes with extra effort ").append(c.witnessEffort())
              .append(" (rank reached and gain proved at that effort)\n");
        }
      }
      if (!c.solverVerdict().isEmpty()) {
        b.append("  solver at tau = ").append(fmt(c.tauAbove())).append(": ").append(c.solverVerdict()).append('\n');
      }
    }
    return b.toString();
  }

  /** The discrete threshold. */
  public static String discrete(DiscreteThresholdResult d) {
    StringBuilder b = new StringBuilder();
    b.append("discrete (integer steps, horizon E = ").append(d.horizon()).append(", decided by the kernel): ");
    if (!d.found()) {
      b.append("no stabilizing tau found up to ").append(d.searchedUpTo()).append('\n');
    } else {
      b.append("tau* = ").append(d.tauStar()).append(d.flagged() ? "  (undecided within the conversion tolerance)" : "")
          .append('\n');
      b.append("  per pair:");
      for (int k = 1; k < d.game().size(); k++) {
        b.append(' ').append(k + 1).append(": ").append(d.pairTauStar(k));
      }
      b.append('\n');
      b.append("  method: ").append(d.method()).append('\n');
      int[] dev = d.deviationBelow();
      if (dev != null) {
        b.append("  at tau = ").append(d.tauStar() - 1).append(" model ").append(dev[0] + 1).append(" (")
            .append(d.game().model(dev[0]).name()).append(") gains by ").append(dev[1]).append(" extra steps\n");
      }
      b.append("  certificate ").append(d.certified() ? "accepted" : "NOT accepted")
          .append(" by the kernel (Certificates.checkThreshold)\n");
    }
    for (String f : d.findings()) {
      b.append("  ").append(f).append('\n');
    }
    return b.toString();
  }

  /** The Stackelberg choice. */
  public static String stackelberg(StackelbergChoice s) {
    StringBuilder b = new StringBuilder();
    b.append("designer (Stackelberg): tau = ").append(fmt(s.tau())).append(", e* = ")
        .append(s.effort() == null ? "none (no PNE there)" : "all zero").append(", U_D = ").append(fmt(s.utility()))
        .append(s.stabilizes() ? "" : " (worst case)").append('\n');
    for (String w : s.explanation()) {
      b.append("  ").append(w).append('\n');
    }
    if (!s.smooth().isEmpty()) {
      b.append("  smooth variant's profile: ").append(s.smoothAssumption()).append('\n');
    }
    return b.toString();
  }

  /** Up to 9 significant digits, {@code inf} for infinity, {@code -} for NaN. */
  public static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "-";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return "0";
    }
    double a = Math.abs(v);
    if (a >= 1e-4 && a < 1e10) {
      return new BigDecimal(String.format(Locale.ROOT, "%.9g", v)).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.6e", v);
  }
}
