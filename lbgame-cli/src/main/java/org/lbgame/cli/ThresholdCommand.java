package org.lbgame.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.DeltaCurve;
import org.lbgame.designer.DesignerAnalysis;
import org.lbgame.designer.DesignerJson;
import org.lbgame.designer.DesignerText;
import org.lbgame.designer.DiscreteThreshold;
import org.lbgame.designer.DiscreteThresholdResult;
import org.lbgame.designer.ProgressBar;
import org.lbgame.designer.Stackelberg;
import org.lbgame.designer.StackelbergChoice;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.designer.ThresholdSummary;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lbgame threshold GAME.json [--steps E] [--json]}: the stabilizing TbT level tau* and the designer's choice. */
@Command(name = "threshold", mixinStandardHelpOptions = true,
    description = {"The stabilizing tune-before-test level (Definition 5.4): tau*_k per adjacent pair and"
        + " tau* = max_k tau*_k, Prop 5.6's rule of thumb beside the exact value, the certificate, and the"
        + " designer's Stackelberg choice when the game has a designer.",
        "With --steps E also the discrete game's least integer tau*, decided by the verified kernel."})
public final class ThresholdCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1, docs/game-schema.md).")
  private Path file;

  @Option(names = "--steps", paramLabel = "E",
      description = "Discrete mode too: integer extra efforts 0..E, decided exactly by the verified kernel.")
  private Integer steps;

  @Option(names = "--json", description = "Print stable JSON instead of the table.")
  private boolean json;

  @Option(names = "--full", description = "List every pair, however many models (the default up to "
      + SolveCommand.SUMMARY_ABOVE + " models).")
  private boolean full;

  @Option(names = "--summary", description = "tau*, counts, the hardest pairs and the pairs without a threshold only"
      + " (the default above " + SolveCommand.SUMMARY_ABOVE + " models).")
  private boolean summary;

  @Override
  public Integer call() {
    Game g = read(file);
    if (steps != null && steps < 0) {
      throw new InvalidGameException("--steps", "must be an integer >= 0", steps);
    }
    if (full && summary) {
      throw new InvalidGameException("--full", "cannot be combined with --summary", "--full --summary");
    }
    boolean brief = summary || !full && g.size() > SolveCommand.SUMMARY_ABOVE;
    ThresholdResult r = ContinuousThreshold.of(g);
    ThresholdSummary sum = brief ? ThresholdSummary.of(r, SolveCommand.SUMMARY_LISTED) : null;
    DiscreteThresholdResult d = steps == null ? null : DiscreteThreshold.of(g, steps, ProgressBar.forTerminal());
    StackelbergChoice s = g.designer().isPresent()
        ? Stackelberg.choose(g, r, DeltaCurve.grid(DesignerAnalysis.defaultTauMax(r), 60)) : null;
    String text;
    if (json) {
      ObjectNode o = DesignerJson.object();
      o.put("file", file.toString());
      o.put("game", g.name());
      o.put("tieRule", "ties go to the higher-capability model");
      o.set("threshold", brief ? sum.json() : DesignerJson.threshold(r));
      if (d != null) {
        o.set("discrete", DesignerJson.discrete(d));
      }
      if (s != null) {
        o.set("stackelberg", DesignerJson.stackelberg(s));
      }
      text = DesignerJson.text(o);
    } else {
      StringBuilder b = new StringBuilder();
      b.append("lbgame threshold: ").append(file).append(" (").append(g.name().isEmpty() ? "" : g.name() + ", ")
          .append(g.size()).append(" models)\n");
      b.append(brief ? sum.text() : DesignerText.threshold(r));
      if (d != null) {
        b.append(DesignerText.discrete(d));
      }
      if (s != null) {
        b.append(DesignerText.stackelberg(s));
      }
      text = b.toString();
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** Reads a game file; a missing file is invalid input. */
  static Game read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InvalidGameException("GAME.json", "must be an existing game file", file);
    }
    return GameJson.read(file);
  }
}
