package org.lbgame.cli;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.lbgame.model.Game;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.HypothesisCheck;
import org.lbgame.model.ValidationReport;
import org.lbgame.solve.Deviation;
import org.lbgame.solve.PairCheck;
import org.lbgame.solve.SolutionSummary;
import org.lbgame.solve.Status;
import org.lbgame.solve.Verdict;

/** The readable summary of {@code lbgame solve} for large games: totals, the hardest pairs, the jumps that pay. */
final class SummaryText {
  /** Failed hypothesis checks quoted per hypothesis. */
  static final int FAILURES_SHOWN = 5;

  private SummaryText() {
  }

  static String of(SolutionSummary s, String file) {
    StringBuilder b = new StringBuilder();
    Game g = s.game();
    b.append("lbgame solve ").append(file).append('\n');
    b.append("game: ").append(g.name().isEmpty() ? "(unnamed)" : g.name()).append(" (").append(g.size())
        .append(" models), tau = ").append(Num.fmt(s.tau())).append(", continuous effort\n");
    b.append("rewards: ").append(rewards(g)).append("; cost: ").append(g.cost()).append('\n');
    b.append("tie rule: ").append(g.tieRule().statement()).append('\n');
    b.append("summary: totals, the hardest pairs and the jumps that pay (").append(g.size())
        .append(" models; --full lists every model, pair and jump)\n");
    int[] ranking = s.ranking();
    int moved = 0;
    for (int r = 0; r < ranking.length; r++) {
      moved += ranking[r] != r ? 1 : 0;
    }
    b.append("\nRanking at all-zero: ").append(moved == 0 ? "the capability order"
        : moved + " models ranked off their capability order").append('\n');
    b.append("\nAdjacent condition (Prop 4.5): c_k(Delta_k) >= r_{k-1} - r_k for ").append(g.size() - 1)
        .append(" pairs: ").append(counts(s::pairs)).append('\n');
    b.append("  the ").append(s.hardestPairs().size()).append(" smallest margins:\n");
    b.append("  ").append(Num.cell("pair", 8)).append(Num.cell("Delta_k", 16)).append(Num.cell("c_k(Delta_k)", 14))
        .append(Num.cell("gap", 12)).append(Num.cell("margin", 14)).append("status\n");
    for (PairCheck p : s.hardestPairs()) {
      b.append("  ").append(Num.cell((p.pair() + 1) + "->" + p.pair(), 8)).append(Num.cell(Num.fmt(p.delta()), 16))
          .append(Num.cell(Num.fmt(p.cost()), 14)).append(Num.cell(Num.fmt(p.gap()), 12))
          .append(Num.cell(Num.fmt(p.margin()), 14)).append(p.status().label()).append('\n');
    }
    b.append("\nEvery jump from all-zero to a better rank (the definition of a PNE): ").append(s.jumps())
        .append(" jumps; ").append(s.examined()).append(" computed (").append(counts(s::examined)).append("), ")
        .append(s.pruned()).append(" skipped by the bound (their least effort already costs more than the largest"
            + " gain: they cannot pay), ").append(s.unreachableUnexamined()).append(" out of reach beyond a nearer"
            + " rank\n");
    if (s.violating().isEmpty()) {
      b.append("  no jump pays or is undecided\n");
    } else {
      b.append("  ").append(s.violatingCount()).append(" pay or are undecided; the ").append(s.violating().size())
          .append(" with the smallest margins:\n");
      b.append("  ").append(Num.cell("model", 8)).append(Num.cell("rank", 12)).append(Num.cell("passes", 8))
          .append(Num.cell("effort", 16)).append(Num.cell("cost", 14)).append(Num.cell("gain", 12))
          .append(Num.cell("margin", 14)).append("status\n");
      for (Deviation d : s.violating()) {
        b.append("  ").append(Num.cell(String.valueOf(d.model() + 1), 8))
            .append(Num.cell((d.fromRank() + 1) + "->" + (d.toRank() + 1), 12))
            .append(Num.cell(d.passes() < 0 ? "-" : String.valueOf(d.passes() + 1), 8))
            .append(Num.cell(Num.fmt(d.effort()), 16)).append(Num.cell(Num.fmt(d.cost()), 14))
            .append(Num.cell(Num.fmt(d.gain()), 12)).append(Num.cell(Num.fmt(d.margin()), 14))
            .append(d.status() == Status.FAILS ? "pays" : d.status().label()).append('\n');
      }
    }
    hypotheses(b, s.report());
    b.append("\nVerdict: ").append(s.verdictSentence()).append('\n');
    for (String f : s.findings()) {
      b.append("  - ").append(f).append('\n');
    }
    b.append("\nCertificate:\n");
    certificate(b, s);
    b.append("\nPrecision: ").append(org.lbgame.solve.Solver.PRECISION).append(".\n");
    return b.toString();
  }

  /** The reward scheme and, for long vectors, its first and last entries. */
  static String rewards(Game g) {
    int n = g.size();
    if (n <= 12) {
      return g.rewards().toString();
    }
    StringBuilder b = new StringBuilder(g.rewards().scheme()).append('[');
    for (int r = 0; r < 5; r++) {
      b.append(g.rewards().get(r)).append(", ");
    }
    b.append("..., ").append(g.rewards().get(n - 1)).append("] (").append(n).append(" ranks)");
    return b.toString();
  }

  private static String counts(java.util.function.Function<Status, Long> count) {
    StringBuilder b = new StringBuilder();
    for (Status st : Status.values()) {
      long c = count.apply(st);
      if (c > 0) {
        b.append(b.length() == 0 ? "" : ", ").append(c).append(' ').append(st == Status.FAILS ? "fail"
            : st == Status.HOLDS ? "hold" : st.label());
      }
    }
    return b.length() == 0 ? "none" : b.toString();
  }

  private static void hypotheses(StringBuilder b, ValidationReport report) {
    Map<Hypothesis, long[]> tally = new EnumMap<>(Hypothesis.class);
    for (Hypothesis h : Hypothesis.values()) {
      if (report.passedCount(h) + report.notPassedCount(h) > 0) {
        tally.put(h, new long[] {report.passedCount(h), report.notPassedCount(h)});
      }
    }
    List<HypothesisCheck> checks = report.checks();
    b.append("\nHypotheses (checks that hold / fail; failures quoted):\n");
    for (Map.Entry<Hypothesis, long[]> e : tally.entrySet()) {
      b.append("  ").append(Num.cell(e.getKey().label(), 32)).append(e.getValue()[0]).append(" hold, ")
          .append(e.getValue()[1]).append(" fail\n");
      int shown = 0;
      for (HypothesisCheck c : checks) {
        if (c.hypothesis() == e.getKey() && !c.passed() && shown++ < FAILURES_SHOWN) {
          StringBuilder models = new StringBuilder();
          for (int m : c.models()) {
            models.append(models.length() == 0 ? "" : ",").append(m + 1);
          }
          b.append("    FAILS ").append(models.length() == 0 ? "cost" : "models " + models)
              .append(Double.isNaN(c.witness()) ? "" : " at " + c.witnessKind() + " " + Num.fmt(c.witness()))
              .append("; ").append(c.method().label()).append(": ").append(c.detail()).append('\n');
        }
      }
    }
  }

  private static void certificate(StringBuilder b, SolutionSummary s) {
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
      b.append("  all-zero is a PNE: every model's jumps were checked, each computed margin proved >= 0 and the"
          + " skipped ones proved >= 0 by the bound (run with --full for every row)\n");
    }
    if (s.certificateChecked() != null) {
      b.append("  independent check (").append(org.lbgame.solve.ContinuousCertificate.BASIS).append("): ")
          .append(s.certificateChecked() ? "accepted" : "not accepted (not confirmed within "
              + org.lbgame.solve.ContinuousCertificate.DIGITS + " digits, or the cost is not nondecreasing)").append('\n');
    }
    if (s.otherEquilibrium() != null) {
      double[] e = s.otherEquilibrium();
      for (int i = 0; i < e.length; i++) {
        if (e[i] != 0) {
          b.append("  another PNE: model ").append(i + 1).append(" adds extra effort ").append(Num.fmt(e[i]))
              .append(", every other model none; checked by definition\n");
        }
      }
    }
  }
}
