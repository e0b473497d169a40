package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The lm-harmony case study: per task and per family with a known size order, the ranking under direct
 * evaluation and after TbT against the size order; across tasks, rank agreement before and after.
 */
public record HarmonyAnalysis(HarmonyData data, List<ModelFamily> families, List<FamilyRanking> rankings,
    List<RankAgreement> agreements) {

  /** Runs the analysis for {@code families} (families with fewer than 2 models on a task are skipped there). */
  public static HarmonyAnalysis run(HarmonyData data, List<ModelFamily> families) {
    List<FamilyRanking> rankings = new ArrayList<>();
    List<RankAgreement> agreements = new ArrayList<>();
    agreements.add(RankAgreement.of(data, "all models", data.allModels()));
    for (ModelFamily f : families) {
      Set<String> members = new TreeSet<>(f.members(data.allModels()));
      if (members.size() >= 3) {
        agreements.add(RankAgreement.of(data, f.name(), members));
      }
      for (String task : data.tasks()) {
        List<String> m = f.members(data.models(task));
        if (m.size() >= 2) {
          rankings.add(FamilyRanking.of(data, task, f.name(), m));
        }
      }
    }
    return new HarmonyAnalysis(data, List.copyOf(families), List.copyOf(rankings), List.copyOf(agreements));
  }

  /** The ranking of {@code family} on {@code task}, or null. */
  public FamilyRanking ranking(String task, String family) {
    return rankings.stream().filter(r -> r.task().equals(task) && r.family().equals(family)).findFirst().orElse(null);
  }

  /** Mean tau-b with the size order over the families on {@code task}: {direct, tbt}. */
  public double[] meanTau(String task) {
    double d = 0;
    double t = 0;
    int n = 0;
    for (FamilyRanking r : rankings) {
      if (r.task().equals(task) && r.models().size() >= 3) {
        d += r.tauDirect().tauB();
        t += r.tauTbt().tauB();
        n++;
      }
    }
    return new double[] {d / n, t / n};
  }
}
