package org.lbgame.audit;

import java.util.List;
import java.util.Map;
import org.lbgame.plot.Charts;

/**
 * An extra section of the audit report, contributed by a higher layer. The hook for the designer parts
 * (the {@code Delta_k(tau)} curve, {@code tau*}, the Prop 5.6 estimate, Figure 1 right): implement this and
 * add it to {@code AuditCommand}'s sections.
 */
public interface ReportSection {
  /** Markdown (starting with a {@code ##} heading) for {@code report.md}. */
  String markdown(AuditResult audit);

  /** Plots to write next to the report (may be empty). */
  List<Charts.Rendered> plots(AuditResult audit);

  /** The section's entry in {@code report.json}: key and value (maps, lists, numbers, strings). */
  Map<String, Object> json(AuditResult audit);
}
