package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.lbgame.model.GameJson;
import org.lbgame.model.InvalidGameException;

/** One run of an external implementation on one query, classified against lbgame's checker. */
final class ExternalRun {
  /** How a run ended. */
  enum Outcome {
    AGREE, DISAGREE, MALFORMED, TIMEOUT, CRASH
  }

  final Outcome outcome;
  final String detail;
  final String reply;

  private ExternalRun(Outcome outcome, String detail, String reply) {
    this.outcome = outcome;
    this.detail = detail;
    this.reply = reply;
  }

  /** Sends {@code q} as JSON on the standard input of {@code /bin/sh -c command} and judges the reply. */
  static ExternalRun of(String command, Query q, long timeoutMs) {
    Path in = null;
    Path out = null;
    Path err = null;
    try {
      in = Files.createTempFile("lbgame-query", ".json");
      out = Files.createTempFile("lbgame-reply", ".json");
      err = Files.createTempFile("lbgame-stderr", ".txt");
      Files.writeString(in, JsonFiles.write(q.toTree()));
      Process p = new ProcessBuilder("/bin/sh", "-c", command).redirectInput(in.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!p.waitFor(timeoutMs, TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
        return new ExternalRun(Outcome.TIMEOUT, "no reply within " + timeoutMs + " ms", "");
      }
      String reply = Files.readString(out, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        String e = Files.readString(err, StandardCharsets.UTF_8).strip();
        String last = e.isEmpty() ? "" : e.substring(e.lastIndexOf('\n') + 1);
        return new ExternalRun(Outcome.CRASH, "exit code " + p.exitValue() + (last.isEmpty() ? "" : ": " + last), reply);
      }
      return judge(q, reply);
    } catch (IOException e) {
      return new ExternalRun(Outcome.CRASH, "could not run the command: " + e.getMessage(), "");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ExternalRun(Outcome.CRASH, "interrupted", "");
    } finally {
      for (Path f : new Path[] {in, out, err}) {
        if (f != null) {
          try {
            Files.deleteIfExists(f);
          } catch (IOException ignored) {
            // a leftover temporary file is harmless
          }
        }
      }
    }
  }

  /** A run that failed before replying. */
  static ExternalRun crash(String why) {
    return new ExternalRun(Outcome.CRASH, why, "");
  }

  /** Checks the reply with lbgame's checker (its certificate must verify) for the query's own game. */
  static ExternalRun judge(Query q, String reply) {
    JsonNode r;
    try {
      r = JsonFiles.parse(reply, "reply");
      CheckResult c = Checker.check(GameJson.fromTree(q.gameTree()), r, q);
      return new ExternalRun(c.accepted() ? Outcome.AGREE : Outcome.DISAGREE, c.reason(), reply);
    } catch (InvalidGameException e) {
      return new ExternalRun(Outcome.MALFORMED, "malformed reply: " + e.getMessage(), reply);
    }
  }
}
