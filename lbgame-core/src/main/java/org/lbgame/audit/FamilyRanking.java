package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.lbgame.fit.ModelSize;
import org.lbgame.stats.KendallTau;

/**
 * One family on one task: its models largest first, their scores under direct evaluation and after TbT,
 * Kendall's tau-b of each ranking with the size order, and the inversions of each.
 */
public record FamilyRanking(String task, String family, List<String> models, double[] sizes, double[] direct,
    double[] tbt, KendallTau tauDirect, KendallTau tauTbt, List<RankInversion> inversionsDirect,
    List<RankInversion> inversionsTbt) {

  /** Computes the ranking of {@code models} (largest first) on {@code task}. */
  public static FamilyRanking of(HarmonyData data, String task, String family, List<String> models) {
    int n = models.size();
    double[] sizes = new double[n];
    double[] d = new double[n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      sizes[i] = ModelSize.parameters(models.get(i)).getAsDouble();
      d[i] = data.merit(task, models.get(i), false);
      t[i] = data.merit(task, models.get(i), true);
    }
    return new FamilyRanking(task, family, List.copyOf(models), sizes, d, t, KendallTau.of(sizes, d),
        KendallTau.of(sizes, t), inversions(data, task, models, d, false), inversions(data, task, models, t, true));
  }

  private static List<RankInversion> inversions(HarmonyData data, String task, List<String> models, double[] s,
      boolean tbt) {
    List<RankInversion> out = new ArrayList<>();
    for (int i = 0; i < models.size(); i++) {
      for (int j = i + 1; j < models.size(); j++) {
        if (s[i] <= s[j]) {
          double se = Math.hypot(data.stderr(task, models.get(i), tbt), data.stderr(task, models.get(j), tbt));
          boolean noise = !Double.isNaN(se) && s[j] - s[i] <= Tolerance.NOISE_SE * se;
          out.add(new RankInversion(models.get(i), models.get(j), s[i], s[j], noise));
        }
      }
    }
    return out;
  }

  /** Inversions under direct evaluation that TbT removes. */
  public List<RankInversion> removedByTbt() {
    Set<String> after = inversionsTbt.stream().map(RankInversion::key).collect(Collectors.toSet());
    return inversionsDirect.stream().filter(v -> !after.contains(v.key())).toList();
  }

  /** Inversions after TbT that direct evaluation did not have. */
  public List<RankInversion> introducedByTbt() {
    Set<String> before = inversionsDirect.stream().map(RankInversion::key).collect(Collectors.toSet());
    return inversionsTbt.stream().filter(v -> !before.contains(v.key())).toList();
  }
}
