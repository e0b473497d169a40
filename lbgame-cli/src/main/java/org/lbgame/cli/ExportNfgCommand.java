package org.lbgame.cli;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.model.AtomicOutput;
import org.lbgame.model.GameJson;
import org.lbgame.oracle.Nfg;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code lbgame export-nfg GAME.json --tau T --steps E [--out FILE]}: the discrete game as a Gambit .nfg file. */
@Command(name = "export-nfg", mixinStandardHelpOptions = true,
    description = "Write the discrete follower game at tau (efforts 0..E) as a Gambit strategic-form file (NFG 1 R,"
        + " payoff version, exact rationals). Cross-check: gambit-enumpure -q FILE.nfg vs lbgame enumerate.")
public final class ExportNfgCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private DiscreteGameOptions options;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  private Path out;

  @Override
  public Integer call() {
    options.requireNonNegative();
    Path game = options.game;
    int tau = options.tau;
    int steps = options.steps;
    StringWriter w = new StringWriter();
    Nfg.write(GameJson.read(game), tau, steps, w);
    if (out == null) {
      spec.commandLine().getOut().print(w);
      spec.commandLine().getOut().flush();
    } else {
      try (AtomicOutput o = AtomicOutput.file(out, "--out")) {
        o.write(out.getFileName().toString(), w.toString().getBytes(StandardCharsets.UTF_8));
        o.commit();
      }
    }
    return 0;
  }
}
