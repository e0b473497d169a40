package org.lbgame.cli;

import java.util.List;
import org.lbgame.audit.AuditResult;
import org.lbgame.audit.ParameterInversion;
import org.lbgame.fit.FitQuality;

/** One line of the audit's text summary on the fits: poor fits and the inversions of {@code a} and {@code b}. */
final class AuditSummary {
  private AuditSummary() {
  }

  /** {@code fits: 1 poor (m), left out of tau*; inversions over all pairs: a 3 (1 beyond 2 SE), b 0}. */
  static String fitsAndOrder(AuditResult audit) {
    List<String> poor = audit.quality().stream().filter(q -> !q.good()).map(FitQuality::model).toList();
    StringBuilder b = new StringBuilder("fits: ");
    b.append(poor.isEmpty() ? "all good" : poor.size() + " poor (" + String.join(", ", poor) + ")"
        + (audit.options().usePoorFits() ? ", kept by --use-poor-fits" : ", left out of tau*"));
    b.append("; inversions over all pairs:");
    for (String p : new String[] {"a", "b"}) {
      List<ParameterInversion> inv = audit.inversions().stream().filter(v -> v.parameter().equals(p)).toList();
      long sig = inv.stream().filter(ParameterInversion::significant).count();
      b.append(' ').append(p).append(' ').append(inv.size()).append(sig > 0 ? " (" + sig + " beyond 2 SE)" : "")
          .append(p.equals("a") ? "," : "");
    }
    return b.toString();
  }
}
