package org.lbgame.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.model.InvalidGameException;
import org.lbgame.oracle.Harness;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lbgame harness --impl "COMMAND" [--tries N] [--seed S] [--timeout-ms T] [--out DIR]}. */
@Command(name = "harness", mixinStandardHelpOptions = true,
    description = "Differential testing of another implementation: send generated games as queries"
        + " (schema/query.schema.json) on its standard input, check each JSON reply with lbgame's checker, shrink the"
        + " first failure to a minimal game and write it under DIR. Exit 0 if every reply agreed, 1 otherwise.")
public final class HarnessCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--impl", required = true, paramLabel = "COMMAND", description = "Shell command of the"
      + " implementation: reads one query on stdin, writes one result on stdout.")
  private String impl;

  @Option(names = "--tries", paramLabel = "N", defaultValue = "100", description = "Games (default ${DEFAULT-VALUE}).")
  private int tries;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--timeout-ms", paramLabel = "T", defaultValue = "10000",
      description = "Per-reply timeout in milliseconds (default ${DEFAULT-VALUE}).")
  private long timeoutMs;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "harness-out",
      description = "Where the shrunk failing game goes (default ${DEFAULT-VALUE}).")
  private Path out;

  @Override
  public Integer call() {
    if (tries < 1 || timeoutMs < 1) {
      throw new InvalidGameException(tries < 1 ? "--tries" : "--timeout-ms", "must be >= 1",
          tries < 1 ? tries : timeoutMs);
    }
    Harness.Report r = Harness.run(impl, tries, seed, timeoutMs, out, spec.commandLine().getOut());
    return r.clean() ? 0 : 1;
  }
}
