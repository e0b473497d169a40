package org.lbgame.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lbgame.fit.ExcludedPoint;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.FittedCurve;
import org.lbgame.fit.RegressionSummary;
import org.lbgame.fit.SlopeRatioCheck;
import org.lbgame.plot.Charts;

/** Writes the audit as {@code report.md} (tables, plots) and, on request, {@code report.json}. */
public final class AuditReport {
  private AuditReport() {
  }

  /** Every file of the report (markdown, plots, optional JSON), rendered in memory. */
  public static ReportFiles build(AuditResult audit, List<ReportSection> sections, boolean json) {
    ReportFiles files = new ReportFiles();
    // the charts (XChart and AWT loaded and drawn) on a second core while the text is written: both only read
    // the immutable audit, and every chart is drawn on that one thread
    java.util.concurrent.FutureTask<List<Charts.Rendered>> charts =
        new java.util.concurrent.FutureTask<>(() -> AuditPlots.all(audit));
    Thread drawing = new Thread(charts, "lbgame-charts");
    drawing.setDaemon(true);
    drawing.start();
    StringBuilder md = new StringBuilder(markdown(audit));
    List<Charts.Rendered> plots = new ArrayList<>(done(charts));
    for (ReportSection s : sections) {
      md.append('\n').append(s.markdown(audit));
      plots.addAll(s.plots(audit));
    }
    files.text("report.md", md.toString()).charts(plots);
    if (json) {
      Map<String, Object> tree = JsonTree.audit(audit);
      sections.forEach(s -> tree.putAll(s.json(audit)));
      files.text("report.json", JsonTree.write(tree));
    }
    return files;
  }

  /** The task's result, its failure rethrown as it was thrown. */
  private static <T> T done(java.util.concurrent.FutureTask<T> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (java.util.concurrent.ExecutionException e) {
          Throwable c = e.getCause();
          if (c instanceof RuntimeException) {
            throw (RuntimeException) c;
          }
          if (c instanceof Error) {
            throw (Error) c;
          }
          throw new IllegalStateException(c);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The markdown report without extra sections. */
  public static String markdown(AuditResult audit) {
    FitResult fit = audit.fit();
    StringBuilder b = new StringBuilder();
    b.append("# Research audit: ").append(fit.data().source()).append("\n\n");
    b.append("Overall: **").append(audit.overall().label()).append("** (C1-C3 of the paper's Assumption 4.2, ")
        .append(fit.curves().size()).append(" models, strongest first by the given capability: the CSV's column, ")
        .append("--order, or model size).\n\n");
    b.append("- Model: `logit((f - L)/(U - L)) = a + b log(x0 + x)` fitted per model by OLS (SPEC section 4).\n");
    b.append("- ").append(fit.floorNote()).append("\n- ").append(fit.ceilingNote()).append("\n");
    b.append("- x0 = ").append(num(fit.options().offset())).append("; points at or beyond L or U are ")
        .append(fit.options().policy().name().toLowerCase(Locale.ROOT)).append("ped and listed below.\n");
    b.append("- Ties in score go to the higher-capability model (the paper's tie rule).\n");
    b.append("- Noise model of the raw checks: ").append(audit.noise()).append(".\n");
    b.append("- A violation fails only where both models were measured and beyond ")
        .append(OrderingCheck.fmt(Tolerance.NOISE_SE))
        .append(" standard errors (of the scores for raw checks, of the fitted logits or of `b` for fitted ones); ")
        .append("within that, on an extrapolated crossing, with unknown noise or on a poor fit it is *undecided*, as ")
        .append("are fitted margins below ").append(OrderingCheck.fmt(Tolerance.RELATIVE)).append(" (relative).\n");
    b.append("- C1 is checked over all pairs of models, C3 over adjacent pairs (the paper's overtaking pairs).\n");
    for (String note : fit.data().notes()) {
      b.append("- Input: ").append(note).append(".\n");
    }
    b.append("\n![fitted curves](fitted-curves.png)\n\n");

    b.append("## Fitted curves\n\n");
    int pct = (int) Math.round(100 * fit.options().confidence());
    b.append("| rank | model | a | ").append(pct).append("% CI of a | b | ").append(pct)
        .append("% CI of b | SE(a) | SE(b) | R^2 | points used | dropped/clamped |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (int i = 0; i < fit.curves().size(); i++) {
      FittedCurve c = fit.curve(i);
      RegressionSummary s = c.summary();
      b.append(String.format(Locale.ROOT, "| %d | %s | %.4f | [%.4f, %.4f] | %.4f | [%.4f, %.4f] | %.4f | %.4f | %.4f | %d | %d |%n",
          i + 1, c.model(), c.a(), s.ciA()[0], s.ciA()[1], c.b(), s.ciB()[0], s.ciB()[1], s.seA(), s.seB(),
          s.rSquared(), s.n(), s.excluded().size()));
    }
    List<String> excluded = new ArrayList<>();
    for (FittedCurve c : fit.curves()) {
      for (ExcludedPoint e : c.summary().excluded()) {
        excluded.add(String.format(Locale.ROOT, "- %s, step %s (%s:%d): %s; %s%n", c.model(),
            OrderingCheck.fmt(e.point().steps()), e.point().source(), e.point().line(), e.reason(),
            Double.isNaN(e.usedScore()) ? "dropped" : "clamped to " + num(e.usedScore())));
      }
    }
    b.append(AuditSections.fitQuality(audit));
    b.append("\nPoints not used as measured: ").append(excluded.isEmpty() ? "none.\n" : "\n\n");
    excluded.forEach(b::append);

    b.append(AuditSections.parameterOrder(audit));
    b.append("\n## Verdict per adjacent pair\n\n");
    b.append("| pair | stronger | weaker | C1 raw | C1 fit | C2 raw | C2 fit | C3 fit | verdict | first failure |\n");
    b.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (PairVerdict p : audit.pairs()) {
      b.append(String.format(Locale.ROOT, "| %d-%d | %s | %s | %s | %s | %s | %s | %s | **%s** | %s |%n", p.pair(),
          p.pair() + 1, p.stronger(), p.weaker(), p.c1Raw().label(), p.c1Fit().label(), p.c2Raw().label(),
          p.c2Fit().label(), p.c3Fit().label(), p.overall().label(), p.place()));
    }
    b.append("\n## Findings\n\n");
    if (audit.findings().isEmpty()) {
      b.append("None: every check holds.\n");
    }
    b.append(AuditSections.findings(audit.findings()));

    b.append("\n## C2 on the fitted curves (S-curve condition)\n\n");
    b.append("For `b > 1` the curve is concave on `[0, inf)` iff `e^{-z0} (b-1)/(b+1) <= 1`, `z0 = a + b log x0`.\n\n");
    b.append("| model | b | verdict | detail |\n|---|---|---|---|\n");
    for (int i = 0; i < fit.curves().size(); i++) {
      Finding f = audit.sCurves().get(i);
      b.append(String.format(Locale.ROOT, "| %s | %.4f | %s | %s |%n", f.stronger(), fit.curve(i).b(),
          f.verdict().label(), f.detail()));
    }

    if (fit.curves().size() > 1) {
      b.append("\n## C3: effort gaps\n\n![effort gaps](effort-gaps.png)\n");
      b.append("\n## Slope-ratio check (paper appendix D)\n\n");
      b.append("`gamma = b_k / b_{k-1}` against finite differences (step ").append(num(SlopeRatioCheck.H))
          .append(" in log(x0 + x)) of the fitted curves at the common baseline tau: the ratio of score slopes, and ")
          .append("the matched-score elasticity that governs `Delta_k(tau)`. `Delta0` is the weaker model's effort ")
          .append("to reach the stronger one's zero-effort score.\n\n");
      b.append("| pair | tau | gamma = b_k/b_{k-1} | gamma_hat (score slopes) | gamma_hat (matched score) | Delta0 (tau = 0) |\n");
      b.append("|---|---|---|---|---|---|\n");
      for (SlopeRatioCheck r : audit.slopeRatios()) {
        double delta0 = fit.curve(r.pair()).reach(fit.curve(r.pair() - 1).value(0));
        b.append(String.format(Locale.ROOT, "| %d-%d | %s | %.4f | %.4f | %s | %s |%n", r.pair(), r.pair() + 1,
            OrderingCheck.fmt(r.tau()), r.gammaFitted(), r.gammaHatScore(),
            Double.isNaN(r.gammaHatMatched()) ? "n/a" : String.format(Locale.ROOT, "%.4f", r.gammaHatMatched()),
            num(delta0)));
      }
    }
    b.append("\n## Residuals\n\n![residuals](residuals.png)\n\n");
    for (FittedCurve c : fit.curves()) {
      double[] r = c.summary().residuals();
      double maxAbs = 0;
      for (double v : r) {
        maxAbs = Math.max(maxAbs, Math.abs(v));
      }
      b.append(String.format(Locale.ROOT, "- %s: max |residual| %.4f on the logit scale over %d points%n",
          c.model(), maxAbs, r.length));
    }
    return b.toString();
  }

  static String num(double v) {
    return Double.isInfinite(v) ? (v > 0 ? "inf" : "-inf") : String.format(Locale.ROOT, "%.6g", v);
  }

  /** A compact map of the pair verdicts (for other reports). */
  static Map<String, Object> verdictMap(PairVerdict p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("pair", p.pair());
    m.put("stronger", p.stronger());
    m.put("weaker", p.weaker());
    m.put("C1_raw", p.c1Raw().name());
    m.put("C1_fit", p.c1Fit().name());
    m.put("C2_raw", p.c2Raw().name());
    m.put("C2_fit", p.c2Fit().name());
    m.put("C3_fit", p.c3Fit().name());
    m.put("verdict", p.overall().name());
    m.put("first_failure", p.place());
    return m;
  }
}
