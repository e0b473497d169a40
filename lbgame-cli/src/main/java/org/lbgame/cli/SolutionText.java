package org.lbgame.cli;

import java.util.Arrays;
import java.util.List;
import org.lbgame.model.Game;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.DiscreteJump;
import org.lbgame.solve.DiscreteSolution;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.Solution;
import org.lbgame.solve.Verdict;

/** The readable report of {@code lbgame solve}. Model numbers and ranks are printed 1-based. */
final class SolutionText {
  private SolutionText() {
  }

  static String continuous(Solution s, String file) {
    StringBuilder b = new StringBuilder();
    Game g = s.game();
    header(b, g, file, "tau = " + Num.fmt(s.tau()) + ", continuous effort");
    baseline(b, s);
    b.append("\nJust-overtake efforts and the adjacent condition (Prop 4.5): c_k(Delta_k) >= r_{k-1} - r_k\n");
    b.append("  ").append(Num.cell("pair", 8)).append(Num.cell("Delta_k", 16)).append(Num.cell("c_k(Delta_k)", 14))
        .append(Num.cell("gap", 12)).append(Num.cell("margin", 14)).append("status\n");
    for (PairCheck p : s.pairs()) {
      b.append("  ").append(Num.cell((p.pair() + 1) + "->" + p.pair(), 8)).append(Num.cell(Num.fmt(p.delta()), 16))
          .append(Num.cell(Num.fmt(p.cost()), 14)).append(Num.cell(Num.fmt(p.gap()), 12))
          .append(Num.cell(Num.fmt(p.margin()), 14)).append(p.status().label()).append('\n');
    }
    b.append("\nEvery jump from all-zero to a better rank (the definition of a PNE; margin = cost - gain):\n");
    b.append("  ").append(Num.cell("model", 6)).append(Num.cell("rank", 8)).append(Num.cell("passes", 7))
        .append(Num.cell("effort", 16)).append(Num.cell("cost", 14)).append(Num.cell("gain", 12))
        .append(Num.cell("margin", 14)).append("status\n");
    for (Deviation d : s.jumps()) {
      b.append("  ").append(Num.cell(String.valueOf(d.model() + 1), 6))
          .append(Num.cell((d.fromRank() + 1) + "->" + (d.toRank() + 1), 8))
          .append(Num.cell(d.passes() < 0 ? "-" : String.valueOf(d.passes() + 1), 7))
          .append(Num.cell(Num.fmt(d.effort()), 16)).append(Num.cell(Num.fmt(d.cost()), 14))
          .append(Num.cell(Num.fmt(d.gain()), 12)).append(Num.cell(Num.fmt(d.margin()), 14))
          .append(d.status() == org.lbgame.solve.Status.FAILS ? "pays" : d.status() == org.lbgame.solve.Status.HOLDS
              ? "does not pay" : d.status().label()).append('\n');
    }
    hypotheses(b, s.report().checks(), "Hypotheses (of the curves and the cost):");
    verdict(b, s.verdictSentence(), s.findings());
    b.append("\nCertificate:\n");
    certificate(b, s);
    b.append("\nPrecision: ").append(org.lbgame.solve.Solver.PRECISION).append(".\n");
    return b.toString();
  }

  static void certificate(StringBuilder b, Solution s) {
    Game g = s.game();
    if (s.deviation() != null) {
      Deviation d = s.deviation();
      boolean w = !Double.isNaN(d.witness());
      double paid = w ? g.cost(d.model(), d.witness()) - d.currentCost() : d.cost() - d.currentCost();
      b.append("  profitable deviation from all-zero: model ").append(d.model() + 1).append(" (")
          .append(g.model(d.model()).name()).append(") adds extra effort ")
          .append(w ? String.valueOf(d.witness()) : "just above " + Num.fmt(d.effort()))
          .append(", moves from rank ").append(d.fromRank() + 1).append(" to rank ").append(d.toRank() + 1)
          .append(", gains ").append(Num.fmt(d.gain())).append(" at cost ").append(Num.fmt(paid))
          .append(w ? " (rank and gain proved at that effort; the least such effort is the infimum " + Num.fmt(d.effort())
              + ", margin " + Num.fmt(d.margin()) + ")" : " (the infimum; no double effort was proved to reach that rank"
              + " and pay, though the margin " + Num.fmt(d.margin()) + " is proved negative)").append('\n');
    } else if (s.verdict() == Verdict.UNDECIDED) {
      b.append("  none: some margin is not decided within precision (see the findings)\n");
    } else {
      b.append("  all-zero is a PNE: the ").append(s.pairs().size()).append(" pair rows and the ")
          .append(s.jumps().size()).append(" jump rows above (every model, every better rank: least effort, its cost,"
              + " the reward gain) are the certificate; each cost is at least its gain\n");
    }
    if (s.certificateChecked() != null) {
      b.append("  independent check (").append(org.lbgame.solve.ContinuousCertificate.BASIS).append("): ")
          .append(s.certificateChecked() ? "accepted" : "not accepted (not confirmed within "
              + org.lbgame.solve.ContinuousCertificate.DIGITS + " digits, or the cost is not nondecreasing)").append('\n');
    }
    if (s.otherEquilibrium() != null) {
      b.append("  another PNE (extra efforts, model order): ").append(Arrays.toString(s.otherEquilibrium()))
          .append(", checked by definition\n");
    }
  }

  static String discrete(DiscreteSolution d, String file) {
    StringBuilder b = new StringBuilder();
    Solution s = d.continuous();
    Game g = s.game();
    header(b, g, file, "tau = " + d.tau() + " steps, discrete effort 0.." + d.horizon() + " steps (kernel)");
    baseline(b, s);
    b.append("\nEvery jump k -> j from all-zero, decided by the kernel (AllZero.jumpConditionHolds):"
        + " C_k[Delta_{k->j}] >= r_j - r_k\n");
    b.append("  ").append(Num.cell("jump", 8)).append(Num.cell("Delta", 10)).append(Num.cell("cost", 14))
        .append(Num.cell("gap", 12)).append("condition\n");
    for (DiscreteJump j : d.jumps()) {
      b.append("  ").append(Num.cell((j.overtaker() + 1) + "->" + (j.overtaken() + 1)
          + (j.overtaken() == j.overtaker() - 1 ? "*" : ""), 8))
          .append(Num.cell(j.delta() < 0 ? "> E" : String.valueOf(j.delta()), 10))
          .append(Num.cell(Num.fmt(j.cost()), 14)).append(Num.cell(Num.fmt(j.gap()), 12))
          .append(j.holds() ? "holds" : "fails").append(j.flagged() ? " (within rounding bound)" : "").append('\n');
    }
    b.append("  (* adjacent pair)\n");
    hypotheses(b, d.tableChecks(), "Hypotheses on the discrete tables (kernel Validity):");
    hypotheses(b, s.report().checks(), "Hypotheses of the curves and the cost (continuous):");
    verdict(b, d.verdictSentence(), d.findings());
    b.append("\nCertificate:\n");
    if (d.deviation() != null) {
      int[] dev = d.deviation();
      b.append("  profitable deviation from all-zero: model ").append(dev[0] + 1).append(" (")
          .append(g.model(dev[0]).name()).append(") plays ").append(dev[1]).append(" steps, gains ")
          .append(Num.fmt(d.deviationGain())).append(" at cost ").append(Num.fmt(d.deviationCost())).append('\n');
    } else {
      b.append("  the jump table above (every k -> j: least steps, cost, gap)\n");
    }
    if (d.otherEquilibrium() != null) {
      b.append("  another PNE (steps, model order): ").append(Arrays.toString(d.otherEquilibrium())).append('\n');
    }
    if (d.certified() != null) {
      b.append("  kernel certificate checker: ").append(d.certified() ? "accepted" : "not accepted").append('\n');
    }
    b.append("\nContinuous game at the same tau: ").append(s.verdictSentence()).append('\n');
    return b.toString();
  }

  private static void header(StringBuilder b, Game g, String file, String mode) {
    b.append("lbgame solve ").append(file).append('\n');
    b.append("game: ").append(g.name().isEmpty() ? "(unnamed)" : g.name()).append(" (").append(g.size())
        .append(" models), ").append(mode).append('\n');
    b.append("rewards: ").append(g.rewards()).append("; cost: ").append(g.cost()).append('\n');
    b.append("tie rule: ").append(g.tieRule().statement()).append('\n');
  }

  private static void baseline(StringBuilder b, Solution s) {
    Game g = s.game();
    int[] rankOf = new int[g.size()];
    int[] ranking = s.ranking();
    for (int r = 0; r < ranking.length; r++) {
      rankOf[ranking[r]] = r;
    }
    b.append("\nBaseline scores b_i(tau) = f(theta_i, tau) and ranks at all-zero:\n");
    b.append("  ").append(Num.cell("#", 3)).append(Num.cell("model", 24)).append(Num.cell("capability", 12))
        .append(Num.cell("score", 14)).append("rank\n");
    double[] base = s.baseline();
    for (int i = 0; i < g.size(); i++) {
      b.append("  ").append(Num.cell(String.valueOf(i + 1), 3)).append(Num.cell(g.model(i).name(), 24))
          .append(Num.cell(Num.fmt(g.model(i).capability()), 12)).append(Num.cell(Num.fmt(base[i]), 14))
          .append(rankOf[i] + 1).append('\n');
    }
  }

  private static void hypotheses(StringBuilder b, List<HypothesisCheck> checks, String title) {
    b.append('\n').append(title).append('\n');
    for (HypothesisCheck c : checks) {
      StringBuilder models = new StringBuilder();
      for (int m : c.models()) {
        models.append(models.length() == 0 ? "" : ",").append(m + 1);
      }
      b.append("  ").append(Num.cell(c.hypothesis().label(), 32))
          .append(Num.cell(models.length() == 0 ? "cost" : "models " + models, 16))
          .append(Num.cell(c.passed() ? "holds" : "FAILS", 6))
          .append(c.passed() || Double.isNaN(c.witness()) ? "" : "at " + c.witnessKind() + " " + Num.fmt(c.witness())
              + "; ")
          .append(c.method().label()).append(": ").append(c.detail()).append('\n');
    }
  }

  private static void verdict(StringBuilder b, String sentence, List<String> findings) {
    b.append("\nVerdict: ").append(sentence).append('\n');
    for (String f : findings) {
      b.append("  - ").append(f).append('\n');
    }
  }
}
