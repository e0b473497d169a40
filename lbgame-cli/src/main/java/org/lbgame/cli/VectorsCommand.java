package org.lbgame.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lbgame.model.AtomicOutput;
import org.lbgame.oracle.Vector;
import org.lbgame.oracle.Vectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lbgame vectors --out DIR}: writes the conformance suite. */
@Command(name = "vectors", mixinStandardHelpOptions = true,
    description = "Write the conformance vectors (games, queries, expected results; invalid games with the expected"
        + " error) under DIR, with DIR/index.json listing them by group.")
public final class VectorsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output directory.")
  private Path out;

  @Override
  public Integer call() {
    AtomicOutput.checkFolder(out, "--out");
    List<Vector> all = Vectors.write(out);
    long invalid = all.stream().filter(Vector::invalid).count();
    spec.commandLine().getOut().println("wrote " + all.size() + " vectors (" + invalid + " invalid games) to " + out);
    return 0;
  }
}
