package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lbgame.stats.KendallTau;

/**
 * Agreement of model rankings across tasks: the mean of Kendall's tau-b over every pair of tasks, on the models
 * the two tasks share (at least 3), under direct evaluation and after TbT. Higher means the benchmarks agree more.
 */
public record RankAgreement(String scope, int models, int taskPairs, double meanTauDirect, double meanTauTbt) {

  /** Agreement over {@code candidates} (restricted per task pair to the models both tasks scored). */
  public static RankAgreement of(HarmonyData data, String scope, Set<String> candidates) {
    List<String> tasks = data.tasks();
    double sumD = 0;
    double sumT = 0;
    int pairs = 0;
    Set<String> used = new TreeSet<>();
    for (int i = 0; i < tasks.size(); i++) {
      for (int j = i + 1; j < tasks.size(); j++) {
        List<String> common = new ArrayList<>();
        for (String m : candidates) {
          if (data.models(tasks.get(i)).contains(m) && data.models(tasks.get(j)).contains(m)) {
            common.add(m);
          }
        }
        if (common.size() < 3) {
          continue;
        }
        double tauD = tau(data, tasks.get(i), tasks.get(j), common, false);
        double tauT = tau(data, tasks.get(i), tasks.get(j), common, true);
        if (Double.isNaN(tauD) || Double.isNaN(tauT)) {
          continue;
        }
        sumD += tauD;
        sumT += tauT;
        pairs++;
        used.addAll(common);
      }
    }
    return new RankAgreement(scope, used.size(), pairs, pairs == 0 ? Double.NaN : sumD / pairs,
        pairs == 0 ? Double.NaN : sumT / pairs);
  }

  private static double tau(HarmonyData data, String t1, String t2, List<String> models, boolean tbt) {
    double[] x = new double[models.size()];
    double[] y = new double[models.size()];
    for (int k = 0; k < models.size(); k++) {
      x[k] = data.merit(t1, models.get(k), tbt);
      y[k] = data.merit(t2, models.get(k), tbt);
    }
    return KendallTau.of(x, y).tauB();
  }
}
