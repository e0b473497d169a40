package org.lbgame.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lbgame.fit.FitQuality;
import org.lbgame.fit.RegressionSummary;

/** Markdown sections of the audit report on the fits themselves: fit quality and the order of {@code a}, {@code b}. */
final class AuditSections {
  private AuditSections() {
  }

  /** The fit-quality table and which models the designer's side leaves out. */
  static String fitQuality(AuditResult audit) {
    StringBuilder b = new StringBuilder("\n### Fit quality\n\n");
    b.append(String.format(Locale.ROOT, "A fit is *poor* when R^2 < %s, when the %d%% CI of `b` contains 0, or when "
        + "it is degenerate (fewer than 3 points, or one logit for every point). Checks on a poor fitted curve are "
        + "undecided.%n%n", OrderingCheck.fmt(audit.options().minRSquared()),
        Math.round(100 * audit.fit().options().confidence())));
    b.append("| model | R^2 | CI of b | fit |\n|---|---|---|---|\n");
    for (int i = 0; i < audit.quality().size(); i++) {
      FitQuality q = audit.quality().get(i);
      RegressionSummary s = audit.fit().curve(i).summary();
      b.append(String.format(Locale.ROOT, "| %s | %.4f | [%.4f, %.4f] | %s |%n", q.model(), s.rSquared(),
          s.ciB()[0], s.ciB()[1], q.good() ? "good" : "**" + q.describe() + "**"));
    }
    Map<String, String> out = audit.leftOut();
    b.append('\n');
    if (out.isEmpty()) {
      b.append("Every fitted model can enter tau* and Prop 5.6").append(audit.options().usePoorFits()
          ? " (--use-poor-fits)" : "").append(".\n");
    } else {
      b.append("Left out of tau* and Prop 5.6:");
      out.forEach((m, why) -> b.append(" ").append(m).append(" (").append(why).append(");"));
      b.setLength(b.length() - 1);
      b.append(audit.options().usePoorFits() ? ".\n" : ". Pass --use-poor-fits to keep poor fits.\n");
    }
    return b.toString();
  }

  /** Every inversion of {@code a} and {@code b} over all pairs, with standard errors. */
  static String parameterOrder(AuditResult audit) {
    int n = audit.fit().curves().size();
    long pairs = (long) n * (n - 1) / 2;
    List<ParameterInversion> inv = audit.inversions();
    StringBuilder b = new StringBuilder("\n## Order of the fitted parameters over all pairs\n\n");
    b.append("The paper's sufficient condition for C1-C3 on the fitted curves: `a` and `b` increase with "
        + "capability. Every pair is compared (a weaker model whose curve starts above several stronger ones shows "
        + "once per stronger model).\n\n");
    for (String p : new String[] {"a", "b"}) {
      long count = inv.stream().filter(v -> v.parameter().equals(p)).count();
      long sig = inv.stream().filter(v -> v.parameter().equals(p) && v.significant()).count();
      b.append(String.format(Locale.ROOT, "- `%s`: %d inversion%s among %d pairs, %d beyond %s combined SE%n", p, count,
          count == 1 ? "" : "s", pairs, sig, OrderingCheck.fmt(Tolerance.NOISE_SE)));
    }
    if (!inv.isEmpty()) {
      b.append("\n| parameter | stronger | weaker | stronger's value | weaker's value | difference | combined SE | z | "
          + "beyond 2 SE |\n|---|---|---|---|---|---|---|---|---|\n");
      List<ParameterInversion> shown = new java.util.ArrayList<>();
      for (String p : new String[] {"a", "b"}) {
        // significant ones first, then the rest, at most LISTED per parameter
        inv.stream().filter(v -> v.parameter().equals(p) && v.significant()).limit(LISTED).forEach(shown::add);
        long room = LISTED - shown.stream().filter(v -> v.parameter().equals(p)).count();
        inv.stream().filter(v -> v.parameter().equals(p) && !v.significant()).limit(Math.max(0, room))
            .forEach(shown::add);
      }
      for (ParameterInversion v : shown) {
        b.append(String.format(Locale.ROOT, "| %s | %s | %s | %.4f | %.4f | %.4f | %.4f | %s | %s |%n",
            v.parameter(), v.stronger(), v.weaker(), v.strongerValue(), v.weakerValue(), v.difference(), v.se(),
            Double.isNaN(v.z()) ? "n/a" : String.format(Locale.ROOT, "%.2f", v.z()), v.significant() ? "**yes**"
                : "no"));
      }
      if (shown.size() < inv.size()) {
        b.append("\n").append(inv.size() - shown.size()).append(" more inversions (at most ").append(LISTED)
            .append(" per parameter are shown, those beyond 2 SE first) are in report.json.\n");
      }
    }
    return b.toString();
  }

  /** Rows listed per check (findings) or per parameter (inversions); report.json lists all. */
  static final int LISTED = 60;

  /**
   * The findings, grouped by check in their order, failures before undecided ones, at most {@link #LISTED} per
   * check with the count of the rest: a large family with noisy neighbours has many, and report.json has them all.
   */
  static String findings(List<Finding> all) {
    StringBuilder b = new StringBuilder();
    java.util.Map<String, List<Finding>> byCheck = new java.util.LinkedHashMap<>();
    for (Finding f : all) {
      byCheck.computeIfAbsent(f.check(), k -> new java.util.ArrayList<>()).add(f);
    }
    for (java.util.Map.Entry<String, List<Finding>> e : byCheck.entrySet()) {
      List<Finding> list = new java.util.ArrayList<>(e.getValue());
      // stable: failures first, each group in its original order
      list.sort(java.util.Comparator.comparingInt(f -> f.verdict() == AuditVerdict.FAILS ? 0 : 1));
      long fails = list.stream().filter(f -> f.verdict() == AuditVerdict.FAILS).count();
      if (list.size() > LISTED) {
        b.append(String.format(Locale.ROOT, "%s: %d findings, %d FAILS; the first %d:%n%n", e.getKey(), list.size(),
            fails, LISTED));
      }
      for (int i = 0; i < Math.min(LISTED, list.size()); i++) {
        b.append("- ").append(list.get(i).describe()).append('\n');
      }
      if (list.size() > LISTED) {
        b.append("- ... ").append(list.size() - LISTED).append(" more ").append(e.getKey())
            .append(" findings in report.json\n\n");
      }
    }
    return b.toString();
  }
}
