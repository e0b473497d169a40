package org.lbgame.designer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lbgame.audit.AssumptionAudit;
import org.lbgame.audit.AuditReport;
import org.lbgame.audit.AuditResult;
import org.lbgame.fit.FitOptions;
import org.lbgame.fit.PowerLawFitter;
import org.lbgame.fit.TrajectoryCsvReader;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Rewards;
import org.lbgame.plot.PlotFiles;

/** The audit hook: the designer section on the fitted example trajectories lands in report.md/json with its plots. */
class DesignerReportSectionTest {
  @Test
  void sectionInTheAuditReport(@TempDir Path dir) throws Exception {
    AuditResult audit = AssumptionAudit.run(PowerLawFitter.fitAll(
        TrajectoryCsvReader.read(Path.of("examples/trajectories-qwen25-like.csv")), FitOptions.defaults().withFloor(0.5)));
    DesignerReportSection s = DesignerReportSection.of(Rewards::reciprocal, LinearCost.of(1e-5), null);
    AuditReport.build(audit, List.of(s), true).writeTo(dir);
    String md = Files.readString(dir.resolve("report.md"));
    assertTrue(md.contains("## Stabilizing tune-before-test"), md);
    assertTrue(md.contains("tau*"), md);
    assertTrue(Files.readString(dir.resolve("report.json")).contains("\"designer\""));
    PlotFiles.assertValid(dir, "delta-curve");
    PlotFiles.assertValid(dir, "cost-vs-gap");
    assertTrue(s.analysis(audit).threshold().pairs().size() >= 1);
  }
}
