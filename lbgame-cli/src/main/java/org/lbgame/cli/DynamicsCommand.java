package org.lbgame.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.lbgame.designer.ArmsRace;
import org.lbgame.designer.ArmsRaceResult;
import org.lbgame.designer.ContinuousThreshold;
import org.lbgame.designer.DesignerFiles;
import org.lbgame.designer.DesignerJson;
import org.lbgame.designer.PairThreshold;
import org.lbgame.designer.ProgressBar;
import org.lbgame.designer.ThresholdResult;
import org.lbgame.model.AtomicOutput;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lbgame dynamics GAME.json --tau T [--steps E] [--rounds N] [--json] [--out DIR]}: the arms race below tau*. */
@Command(name = "dynamics", mixinStandardHelpOptions = true,
    description = {"Best-response dynamics on the discrete game at TbT level tau: from all-zero, developers move in"
        + " index order (strongest first), each playing the verified kernel's best response; stops at a PNE, at a"
        + " cycle (repeated state) or at the round limit (\"no repeat within N rounds\"). With --out, writes"
        + " dynamics.json and plots."})
public final class DynamicsCommand implements Callable<Integer> {
  /** Largest default horizon derived from the reward gaps. */
  static final int MAX_DEFAULT_STEPS = 1_000_000;

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1).")
  private Path file;

  @Option(names = "--tau", required = true, paramLabel = "T", description = "TbT level (an integer number of steps).")
  private String tau;

  @Option(names = "--steps", paramLabel = "E", description = "Effort horizon: extra efforts 0..E (default: the"
      + " least horizon covering every pair's required effort c^-1(r_{k-1} - r_k), plus one).")
  private Integer steps;

  @Option(names = "--rounds", paramLabel = "N", defaultValue = "500",
      description = "Round limit (a round: every developer moves once; default ${DEFAULT-VALUE}).")
  private int rounds;

  @Option(names = "--json", description = "Print the trajectory as JSON instead of the summary.")
  private boolean json;

  @Option(names = "--out", paramLabel = "DIR", description = "Also write dynamics.json and PNG/SVG plots into DIR.")
  private Path out;

  @Override
  public Integer call() {
    Game g = ThresholdCommand.read(file);
    if (out != null) {
      AtomicOutput.checkFolder(out, "--out");
    }
    double t = SolveCommand.parseTau(tau);
    if (t != Math.rint(t) || t > Integer.MAX_VALUE) {
      throw new InvalidGameException("--tau", "must be an integer number of steps", tau);
    }
    if (rounds < 1 || rounds > 1_000_000) {
      throw new InvalidGameException("--rounds", "must be an integer in 1..1000000", rounds);
    }
    int e = steps != null ? steps : defaultSteps(g);
    if (e < 0) {
      throw new InvalidGameException("--steps", "must be an integer >= 0", e);
    }
    ArmsRaceResult r = ArmsRace.run(g, (int) t, e, rounds, ProgressBar.forTerminal());
    if (out != null) {
      DesignerFiles.dynamics(r).writeTo(out);
    }
    String text;
    if (json) {
      text = DesignerJson.text(DesignerJson.dynamics(r));
    } else {
      StringBuilder b = new StringBuilder();
      b.append("lbgame dynamics: ").append(file).append(" at tau = ").append((int) t).append(", E = ").append(e)
          .append(" (ties to the higher-capability model; developers move strongest first)\n");
      b.append(r.summary()).append('\n');
      String cmp = r.continuousComparison();
      if (!cmp.isEmpty()) {
        b.append(cmp).append('\n');
      }
      List<ArmsRaceResult.Step> s = r.steps();
      int from = Math.max(0, s.size() - 2 * g.size());
      b.append("last moves (step, round, mover, efforts, ranks 1-based):\n");
      for (ArmsRaceResult.Step st : s.subList(from, s.size())) {
        int[] rk = st.rank();
        for (int i = 0; i < rk.length; i++) {
          rk[i]++;
        }
        b.append("  ").append(st.index()).append("  r").append(st.round()).append("  ")
            .append(st.mover() < 0 ? "start" : (st.mover() + 1) + "").append("  ").append(Arrays.toString(st.effort()))
            .append("  ").append(Arrays.toString(rk)).append('\n');
      }
      if (out != null) {
        b.append("wrote dynamics.json, dynamics-effort.{png,svg}, dynamics-rank.{png,svg} to ").append(out).append('\n');
      }
      text = b.toString();
    }
    spec.commandLine().getOut().print(text);
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The least horizon under which every pair's profitable adjacent overtake is within reach, plus one. */
  static int defaultSteps(Game g) {
    ThresholdResult r = ContinuousThreshold.of(g, false);
    double m = 0;
    for (PairThreshold p : r.pairs()) {
      m = Math.max(m, p.requiredEffort());
    }
    if (!(m + 1 <= MAX_DEFAULT_STEPS)) {
      throw new InvalidGameException("--steps", "is required here: the largest required effort c^-1(gap) is "
          + m + ", above " + MAX_DEFAULT_STEPS, "absent");
    }
    return (int) Math.ceil(m) + 1;
  }
}
