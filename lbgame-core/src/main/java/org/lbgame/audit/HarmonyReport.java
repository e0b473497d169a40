package org.lbgame.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lbgame.stats.KendallTau;

/** Writes the harmony case study as {@code report.md} with plots and, on request, {@code report.json}. */
public final class HarmonyReport {
  /** Attribution of the shipped data (MIT licence: keep it wherever the data or results derived from it go). */
  public static final String ATTRIBUTION = "Data: lm-harmony `all_results.json` (socialfoundations/lm-harmony, "
      + "commit 88bc5c352f64), Zhang et al. 2025, \"Train-before-test harmonizes language model rankings\" "
      + "(arXiv 2507.05195). MIT licence, copyright Guanhua Zhang and Moritz Hardt.";

  private HarmonyReport() {
  }

  /** Every file of the report, rendered in memory. */
  public static ReportFiles build(HarmonyAnalysis h, boolean json) {
    ReportFiles files = new ReportFiles().text("report.md", markdown(h)).charts(HarmonyPlots.all(h));
    if (json) {
      files.text("report.json", JsonTree.write(jsonTree(h)));
    }
    return files;
  }

  static String shortName(String model) {
    return model.substring(model.lastIndexOf('/') + 1);
  }

  private static String pair(RankInversion v, FamilyRanking r, boolean withTbt) {
    int i = r.models().indexOf(v.larger());
    int j = r.models().indexOf(v.smaller());
    String s = String.format(Locale.ROOT, "%s < %s (direct %.4f vs %.4f", shortName(v.larger()), shortName(v.smaller()),
        Math.abs(r.direct()[i]), Math.abs(r.direct()[j]));
    if (withTbt) {
      s += String.format(Locale.ROOT, "; TbT %.4f vs %.4f", Math.abs(r.tbt()[i]), Math.abs(r.tbt()[j]));
    }
    return s + (v.withinNoise() ? "; within 2 SE)" : ")");
  }

  /** The markdown report. */
  public static String markdown(HarmonyAnalysis h) {
    StringBuilder b = new StringBuilder("# Train-before-test and the size order (lm-harmony)\n\n");
    b.append(ATTRIBUTION).append("\n\n");
    b.append("Per task and per model family with a known size order, the ranking under direct evaluation and after ")
        .append("train-before-test (TbT) is compared with the size order (size as the capability proxy, as in the ")
        .append("paper's Qwen2.5 study): Kendall's tau-b (exact on ties) and the inversions, i.e. pairs where the ")
        .append("larger model scores no better. Tasks ").append(String.join(", ", HarmonyData.LOWER_IS_BETTER.stream().sorted().toList()))
        .append(" are losses (lower is better) and are oriented accordingly. Data: ").append(h.data().source()).append(".\n\n");
    b.append("![Qwen2.5 base](harmony-qwen25-base.png)\n\n");

    b.append("## Rank agreement across tasks\n\nMean Kendall tau-b between every two tasks' rankings of the same ")
        .append("models (at least 3 shared), before and after TbT.\n\n");
    b.append("| models compared | models | task pairs | direct | TbT |\n|---|---|---|---|---|\n");
    for (RankAgreement a : h.agreements()) {
      b.append(String.format(Locale.ROOT, "| %s | %d | %d | %.3f | %.3f |%n", a.scope(), a.models(), a.taskPairs(),
          a.meanTauDirect(), a.meanTauTbt()));
    }
    b.append("\n![agreement](harmony-agreement.png)\n\n");

    b.append("## Inversions against the size order, per family\n\n");
    b.append("Counted over all tasks; an inversion is a pair (larger, smaller) of one family on one task.\n\n");
    b.append("| family | direct | after TbT | removed by TbT | introduced by TbT |\n|---|---|---|---|---|\n");
    for (ModelFamily f : h.families()) {
      int[] c = new int[4];
      for (FamilyRanking r : h.rankings()) {
        if (r.family().equals(f.name())) {
          c[0] += r.inversionsDirect().size();
          c[1] += r.inversionsTbt().size();
          c[2] += r.removedByTbt().size();
          c[3] += r.introducedByTbt().size();
        }
      }
      if (c[0] + c[1] > 0) {
        b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", f.name(), c[0], c[1], c[2], c[3]));
      }
    }
    b.append("\n## Inversions that TbT removes\n\n");
    b.append("Scores of loss tasks are shown as losses; \"within 2 SE\" marks a direct-evaluation inversion whose gap ")
        .append("is within two combined standard errors (where the data give them).\n\n");
    b.append("| task | family | inversion under direct evaluation (larger < smaller), scores |\n|---|---|---|\n");
    int removed = 0;
    for (FamilyRanking r : h.rankings()) {
      for (RankInversion v : r.removedByTbt()) {
        b.append("| ").append(r.task()).append(" | ").append(r.family()).append(" | ").append(pair(v, r, true)).append(" |\n");
        removed++;
      }
    }
    b.append("\n").append(removed).append(" inversions removed in total.\n\n");
    b.append("## Inversions that TbT introduces or keeps\n\n");
    b.append("| task | family | introduced (after TbT only) | kept (both) |\n|---|---|---|---|\n");
    int introduced = 0;
    int kept = 0;
    for (FamilyRanking r : h.rankings()) {
      List<String> in = r.introducedByTbt().stream().map(v -> pair(v, r, true)).toList();
      List<RankInversion> keptList = new ArrayList<>(r.inversionsTbt());
      keptList.removeIf(v -> r.introducedByTbt().stream().anyMatch(x -> x.key().equals(v.key())));
      if (in.isEmpty() && keptList.isEmpty()) {
        continue;
      }
      introduced += in.size();
      kept += keptList.size();
      b.append("| ").append(r.task()).append(" | ").append(r.family()).append(" | ").append(String.join("; ", in))
          .append(" | ").append(String.join("; ", keptList.stream().map(v -> pair(v, r, true)).toList())).append(" |\n");
    }
    b.append("\n").append(introduced).append(" introduced, ").append(kept).append(" kept.\n\n");

    b.append("## Kendall tau-b with the size order, per task\n\n![tau per task](harmony-tau-per-task.png)\n\n");
    List<String> fams = new ArrayList<>();
    for (ModelFamily f : h.families()) {
      if (h.rankings().stream().anyMatch(r -> r.family().equals(f.name()) && r.models().size() >= 3)) {
        fams.add(f.name());
      }
    }
    b.append("Direct -> TbT, families with at least 3 sizes on the task.\n\n| task | mean |");
    fams.forEach(f -> b.append(' ').append(f).append(" |"));
    b.append("\n|---|---|").append("---|".repeat(fams.size())).append('\n');
    for (String task : h.data().tasks()) {
      double[] m = h.meanTau(task);
      b.append("| ").append(task).append(String.format(Locale.ROOT, " | %.2f -> %.2f |", m[0], m[1]));
      for (String f : fams) {
        FamilyRanking r = h.ranking(task, f);
        b.append(r == null ? " - |" : String.format(Locale.ROOT, " %s -> %s |", tau(r.tauDirect()), tau(r.tauTbt())));
      }
      b.append('\n');
    }
    b.append("\nFamilies (members matched by name, sizes parsed from the names):\n\n");
    for (ModelFamily f : h.families()) {
      List<String> m = f.members(h.data().allModels());
      b.append("- ").append(f.name()).append(": ").append(String.join(", ", m.stream().map(HarmonyReport::shortName).toList()))
          .append(f.note().isEmpty() ? "" : " (" + f.note() + ")").append(m.size() < 2 ? " - skipped, fewer than 2 models" : "")
          .append('\n');
    }
    return b.toString();
  }

  private static String tau(KendallTau t) {
    double v = t.tauB();
    return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
  }

  static Map<String, Object> jsonTree(HarmonyAnalysis h) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("attribution", ATTRIBUTION);
    root.put("source", h.data().source());
    root.put("lower_is_better", HarmonyData.LOWER_IS_BETTER.stream().sorted().toList());
    List<Object> ag = new ArrayList<>();
    for (RankAgreement a : h.agreements()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("scope", a.scope());
      m.put("models", a.models());
      m.put("task_pairs", a.taskPairs());
      m.put("mean_tau_direct", JsonTree.num(a.meanTauDirect()));
      m.put("mean_tau_tbt", JsonTree.num(a.meanTauTbt()));
      ag.add(m);
    }
    root.put("agreement", ag);
    List<Object> rs = new ArrayList<>();
    for (FamilyRanking r : h.rankings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("task", r.task());
      m.put("family", r.family());
      m.put("models_largest_first", r.models());
      m.put("direct", JsonTree.nums(r.direct()));
      m.put("tbt", JsonTree.nums(r.tbt()));
      m.put("tau_direct", JsonTree.num(r.tauDirect().tauB()));
      m.put("tau_tbt", JsonTree.num(r.tauTbt().tauB()));
      m.put("inversions_direct", r.inversionsDirect().stream().map(RankInversion::key).toList());
      m.put("inversions_tbt", r.inversionsTbt().stream().map(RankInversion::key).toList());
      m.put("removed_by_tbt", r.removedByTbt().stream().map(RankInversion::key).toList());
      m.put("introduced_by_tbt", r.introducedByTbt().stream().map(RankInversion::key).toList());
      rs.add(m);
    }
    root.put("rankings", rs);
    return root;
  }
}
