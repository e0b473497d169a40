package org.lbgame.audit;

import java.util.List;

/**
 * The audit verdict of the adjacent pair {@code (k-1, k)} (model {@code k} trying to overtake {@code k-1}):
 * one verdict per check and the first place of failure.
 */
public record PairVerdict(int pair, String stronger, String weaker, AuditVerdict c1Raw, AuditVerdict c1Fit, AuditVerdict c2Raw,
    AuditVerdict c2Fit, AuditVerdict c3Fit, List<Finding> findings) {

  /** The worst of the five verdicts. */
  public AuditVerdict overall() {
    return c1Raw.worse(c1Fit).worse(c2Raw).worse(c2Fit).worse(c3Fit);
  }

  /** Where it first fails (or is undecided), "-" when everything holds. */
  public String place() {
    for (AuditVerdict v : new AuditVerdict[] {AuditVerdict.FAILS, AuditVerdict.UNDECIDED}) {
      for (Finding f : findings) {
        if (f.verdict() == v) {
          return f.check() + " at " + f.place();
        }
      }
    }
    return "-";
  }
}
