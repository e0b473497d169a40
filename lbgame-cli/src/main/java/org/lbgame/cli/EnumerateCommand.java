package org.lbgame.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;
import org.lbgame.oracle.Equilibria;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lbgame enumerate GAME.json --tau T --steps E [--json]}: every pure equilibrium of the discrete game,
 * written as it is found (memory stays flat whatever the number of equilibria).
 */
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
    if (!java.nio.file.Files.isRegularFile(options.game)) {
      throw new InvalidGameException("GAME.json", "must be an existing game file", options.game);
    }
    Game g = GameJson.read(options.game);
    int tau = options.tau;
    int steps = options.steps;
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      json(g, tau, steps, out);
    } else {
      int n = g.size();
      // one reused line: "NE" then E+1 digits per player
      char[] line = new char[2 + 2 * n * (steps + 1)];
      line[0] = 'N';
      line[1] = 'E';
      for (int k = 2; k < line.length; k += 2) {
        line[k] = ',';
        line[k + 1] = '0';
      }
      java.io.OutputStream raw = Main.rawOut();
      byte[] bytes = raw == null ? null : new byte[line.length + 1];
      if (bytes != null) {
        for (int k = 0; k < line.length; k++) {
          bytes[k] = (byte) line[k];
        }
        bytes[line.length] = '\n';
        out.flush();
      }
      Equilibria.each(g, tau, steps, p -> {
        for (int i = 0; i < n; i++) {
          int at = 3 + 2 * (i * (steps + 1));
          for (int k = 0; k <= steps; k++) {
            line[at + 2 * k] = k == p[i] ? '1' : '0';
            if (bytes != null) {
              bytes[at + 2 * k] = (byte) (k == p[i] ? '1' : '0');
            }
          }
        }
        if (bytes != null) {
          // ASCII straight to the byte stream: no character encoding per line
          try {
            raw.write(bytes);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        } else {
          out.write(line);
          out.write('\n');
        }
      });
      if (raw != null) {
        try {
          raw.flush();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    out.flush();
    return 0;
  }

  /** The protocol result, laid out as {@code JsonFiles.write} lays out the tree of {@code Reference.answer}. */
  private static void json(Game g, int tau, int steps, PrintWriter out) {
    try {
      JsonGenerator j = new JsonFactory().createGenerator(out);
      j.setPrettyPrinter(new DefaultPrettyPrinter());
      // the checks of the game come first: nothing is written for invalid input
      boolean[] started = {false};
      Runnable head = () -> {
        try {
          j.writeStartObject();
          j.writeStringField("schema", GameJson.SCHEMA);
          j.writeStringField("query", "enumerate");
          j.writeStringField("mode", "discrete");
          j.writeNumberField("tau", tau);
          j.writeNumberField("steps", steps);
          j.writeArrayFieldStart("equilibria");
          started[0] = true;
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      Equilibria.each(g, tau, steps, p -> {
        try {
          if (!started[0]) {
            head.run();
          }
          j.writeStartArray();
          for (int e : p) {
            j.writeNumber(e);
          }
          j.writeEndArray();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      if (!started[0]) {
        head.run();
      }
      j.writeEndArray();
      j.writeEndObject();
      j.flush();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
