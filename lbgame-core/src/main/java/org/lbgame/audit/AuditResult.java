package org.lbgame.audit;

import java.util.List;
import org.lbgame.fit.FitResult;
import org.lbgame.fit.SlopeRatioCheck;

/** Everything the assumption audit found: the fit, all findings, a verdict per adjacent pair, slope-ratio checks. */
public record AuditResult(FitResult fit, List<Finding> findings, List<PairVerdict> pairs,
    List<SlopeRatioCheck> slopeRatios, List<Finding> sCurves) {

  /** The worst verdict over all pairs (HOLDS for a single model with clean data). */
  public AuditVerdict overall() {
    AuditVerdict v = AuditVerdict.HOLDS;
    for (Finding f : findings) {
      v = v.worse(f.verdict());
    }
    return v;
  }
}
