package org.lbgame.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.DesignerAnalysis;
import org.lbgame.designer.DesignerFiles;
import org.lbgame.designer.DesignerJson;
import org.lbgame.designer.DesignerText;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.AtomicOutput;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lbgame curve GAME.json --out DIR [--tau-max T] [--points N] [--json]}: Figure 1 (right) as CSV and plots. */
@Command(name = "curve", mixinStandardHelpOptions = true,
    description = {"The just-overtake efforts Delta_k(tau) and min_k Delta_k(tau) over a tau grid (the paper's"
        + " Figure 1, right, log axes), c(Delta_k(tau)) against the reward gaps, and the designer's utility;"
        + " writes curve.csv, pairs.csv, threshold.json and PNG/SVG plots into DIR."})
public final class CurveCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1).")
  private Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory (created if needed).")
  private Path out;

  @Option(names = "--tau-max", paramLabel = "T",
      description = "Largest tau of the grid (default max(3000, 10 tau*)).")
  private Double tauMax;

  @Option(names = "--points", paramLabel = "N", defaultValue = "200",
      description = "Grid points: 0 and N-1 log-spaced levels in [1, T] (default ${DEFAULT-VALUE}).")
  private int points;

  @Option(names = "--json", description = "Print threshold.json instead of the summary.")
  private boolean json;

  @Override
  public Integer call() {
    Game g = ThresholdCommand.read(file);
    AtomicOutput.checkFolder(out, "--out");
    if (points < 2 || points > 100_000) {
      throw new InvalidGameException("--points", "must be an integer in 2..100000", points);
    }
    if (tauMax != null && !(tauMax >= 1 && tauMax <= 1e15)) {
      throw new InvalidGameException("--tau-max", "must be a number in [1, 1e15]", tauMax);
    }
    ThresholdResult r = ContinuousThreshold.of(g);
    double t = tauMax != null ? tauMax : DesignerAnalysis.defaultTauMax(r);
    DesignerAnalysis a = DesignerAnalysis.of(g, t, points);
    DesignerFiles files = DesignerFiles.curve(a);
    files.writeTo(out);
    String text;
    if (json) {
      ObjectNode o = DesignerAnalysis.json(a);
      o.put("out", out.toString());
      o.putPOJO("files", files.names());
      text = DesignerJson.text(o);
    } else {
      StringBuilder b = new StringBuilder();
      b.append("lbgame curve: ").append(file).append(": ").append(points).append(" levels in [0, ")
          .append(DesignerText.fmt(t)).append("]; min_k Delta_k(0) = ").append(DesignerText.fmt(a.curve().minDelta(0)))
          .append(", at tau = ").append(DesignerText.fmt(t)).append(": ")
          .append(DesignerText.fmt(a.curve().minDelta(a.curve().size() - 1))).append('\n');
      b.append(DesignerText.threshold(r));
      b.append("wrote ").append(String.join(", ", files.names())).append(" to ").append(out).append('\n');
      text = b.toString();
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
