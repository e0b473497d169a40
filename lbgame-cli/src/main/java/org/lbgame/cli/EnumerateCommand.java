package org.lbgame.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.model.GameJson;
import org.lbgame.oracle.JsonFiles;
import org.lbgame.oracle.Nfg;
import org.lbgame.oracle.Query;
import org.lbgame.oracle.Reference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code lbgame enumerate GAME.json --tau T --steps E [--json]}: every pure equilibrium of the discrete game. */
@Command(name = "enumerate", mixinStandardHelpOptions = true,
    description = "Every pure equilibrium of the discrete follower game at tau (efforts 0..E), one 'NE,...' line"
        + " each in gambit-enumpure's format (0/1 per strategy, player 1 first), or the protocol result with --json.")
public final class EnumerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DiscreteGameOptions options;

  @Option(names = "--json", description = "Print the result (schema/result.schema.json) instead of NE lines.")
  private boolean json;

  @Override
  public Integer call() {
    options.requireNonNegative();
    Path game = options.game;
    int tau = options.tau;
    int steps = options.steps;
    var tree = JsonFiles.read(game, "GAME.json");
    GameJson.fromTree(tree);
    var result = Reference.answer(Query.enumerate(tree, tau, steps));
    StringBuilder b = new StringBuilder();
    if (json) {
      b.append(JsonFiles.write(result));
    } else {
      for (var p : result.get("equilibria")) {
        int[] e = new int[p.size()];
        for (int i = 0; i < e.length; i++) {
          e[i] = p.get(i).asInt();
        }
        b.append(Nfg.neLine(e, steps)).append('\n');
      }
    }
    spec.commandLine().getOut().print(b);
    spec.commandLine().getOut().flush();
    return 0;
  }
}
