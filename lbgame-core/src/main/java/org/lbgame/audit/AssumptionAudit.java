package org.lbgame.audit;

import java.util.ArrayList;
import java.util.List;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.SlopeRatioCheck;

/** Runs C1-C3 (paper Assumption 4.2) on the raw points and the fitted curves, and collects a verdict per pair. */
public final class AssumptionAudit {
  private AssumptionAudit() {
  }

  /** Audits {@code fit} (and the raw data inside it). */
  public static AuditResult run(FitResult fit) {
    List<Finding> all = new ArrayList<>();
    all.addAll(OrderingCheck.raw(fit.data()));
    all.addAll(OrderingCheck.fitted(fit));
    all.addAll(ReturnsCheck.raw(fit.data()));
    all.addAll(ReturnsCheck.fitted(fit));
    all.addAll(EffortGapCheck.fitted(fit));
    List<PairVerdict> pairs = new ArrayList<>();
    List<SlopeRatioCheck> ratios = new ArrayList<>();
    for (int k = 1; k < fit.curves().size(); k++) {
      String s = fit.curve(k - 1).model();
      String w = fit.curve(k).model();
      List<Finding> mine = new ArrayList<>();
      for (Finding f : all) {
        boolean pairCheck = s.equals(f.stronger()) && w.equals(f.weaker());
        boolean modelCheck = f.weaker() == null && (s.equals(f.stronger()) || w.equals(f.stronger()));
        if (pairCheck || modelCheck) {
          mine.add(f);
        }
      }
      pairs.add(new PairVerdict(k, s, w, worst(mine, "C1-raw"), worst(mine, "C1-fit"), worst(mine, "C2-raw"),
          worst(mine, "C2-fit"), worst(mine, "C3-fit"), List.copyOf(mine)));
      ratios.add(SlopeRatioCheck.of(fit, k, 0));
      ratios.add(SlopeRatioCheck.of(fit, k, fit.data().maxSteps()));
    }
    List<Finding> sCurves = new ArrayList<>();
    fit.curves().forEach(c -> sCurves.add(ReturnsCheck.sCurve(c)));
    return new AuditResult(fit, List.copyOf(all), List.copyOf(pairs), List.copyOf(ratios), List.copyOf(sCurves));
  }

  private static AuditVerdict worst(List<Finding> findings, String check) {
    AuditVerdict v = AuditVerdict.HOLDS;
    for (Finding f : findings) {
      if (f.check().equals(check)) {
        v = v.worse(f.verdict());
      }
    }
    return v;
  }
}
