package org.lbgame.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;
import org.lbgame.oracle.CheckResult;
import org.lbgame.oracle.Checker;
import org.lbgame.oracle.JsonFiles;
import org.lbgame.oracle.Query;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lbgame check GAME.json RESULT.json [--query QUERY.json]}: ACCEPT (exit 0) or REJECT: reason (exit 1). */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check a result (schema/result.schema.json) produced by anyone against a game, with the verified"
        + " kernel: ACCEPT (exit 0) or REJECT: <reason> (exit 1); invalid input exits 2.")
public final class CheckCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GAME.json", description = "Game file (schema lbgame/1).")
  private Path game;

  @Parameters(index = "1", paramLabel = "RESULT.json", description = "Result to check (schema/result.schema.json).")
  private Path result;

  @Option(names = "--query", paramLabel = "QUERY.json",
      description = "The query the result must answer (its game is ignored: GAME.json is the game).")
  private Path query;

  @Override
  public Integer call() {
    Game g = GameJson.read(game);
    Query q = query == null ? null : Query.fromTree(JsonFiles.read(query, "QUERY.json"));
    CheckResult r = Checker.check(g, JsonFiles.read(result, "RESULT.json"), q);
    spec.commandLine().getOut().println(r);
    spec.commandLine().getOut().flush();
    return r.accepted() ? 0 : 1;
  }
}
