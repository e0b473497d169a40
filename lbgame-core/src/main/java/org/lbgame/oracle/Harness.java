package org.lbgame.oracle;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.lbgame.model.AtomicOutput;

/**
 * Differential testing of another implementation: seeded small games (with the exposure classes of
 * {@link SmallGames#game(SplittableRandom, int)} at a guaranteed rate) are sent as queries on its standard input,
 * each JSON reply is checked by lbgame's checker (a reply agrees iff its certificate verifies), and the first
 * failure is shrunk greedily (fewer models, shorter horizon, smaller tau, simpler scores) to a minimal game
 * that still fails the same way, written under the output folder.
 */
public final class Harness {
  /** Most external runs spent on shrinking one failure. */
  public static final int MAX_SHRINK_RUNS = 400;

  private final String command;
  private final long timeoutMs;
  private final PrintWriter log;

  private Harness(String command, long timeoutMs, PrintWriter log) {
    this.command = command;
    this.timeoutMs = timeoutMs;
    this.log = log;
  }

  /** The outcome of a campaign. */
  public static final class Report {
    /** Counts per outcome (AGREE, DISAGREE, MALFORMED, TIMEOUT, CRASH). */
    public final Map<String, Integer> counts;
    /** The shrunk failing game, or null when every reply agreed. */
    public final SmallGame shrunk;
    /** Why the shrunk game fails. */
    public final String reason;

    Report(Map<String, Integer> counts, SmallGame shrunk, String reason) {
      this.counts = counts;
      this.shrunk = shrunk;
      this.reason = reason;
    }

    /** True when every reply agreed. */
    public boolean clean() {
      return shrunk == null;
    }
  }

  /** Runs {@code tries} games from {@code seed}; failures are shrunk and written under {@code out}. */
  public static Report run(String command, int tries, long seed, long timeoutMs, Path out, PrintWriter log) {
    // an unusable --out is reported before the campaign, not after it
    AtomicOutput.checkFolder(out, "--out");
    return new Harness(command, timeoutMs, log).campaign(tries, seed, out);
  }

  /** An implementation run in this JVM: one query in, one JSON result out (for tests and embedding). */
  @FunctionalInterface
  public interface Implementation {
    /** The JSON result for {@code q}. */
    String answer(Query q);
  }

  /** As {@link #run(String, int, long, long, Path, PrintWriter)} for an implementation in this JVM. */
  public static Report run(Implementation impl, int tries, long seed, Path out, PrintWriter log) {
    Harness h = new Harness("(in-process)", 0, log);
    h.inProcess = impl;
    return h.campaign(tries, seed, out);
  }

  private Implementation inProcess;

  private ExternalRun runOn(Query q) {
    if (inProcess == null) {
      return ExternalRun.of(command, q, timeoutMs);
    }
    try {
      return ExternalRun.judge(q, inProcess.answer(q));
    } catch (RuntimeException e) {
      return ExternalRun.crash(String.valueOf(e));
    }
  }

  private Report campaign(int tries, long seed, Path out) {
    SplittableRandom rng = new SplittableRandom(seed);
    Map<ExternalRun.Outcome, Integer> counts = new EnumMap<>(ExternalRun.Outcome.class);
    SmallGame firstFailure = null;
    ExternalRun firstRun = null;
    for (int t = 0; t < tries; t++) {
      SmallGame g = SmallGames.game(rng, t);
      ExternalRun r = runOn(g.query());
      counts.merge(r.outcome, 1, Integer::sum);
      if (r.outcome != ExternalRun.Outcome.AGREE) {
        log.println("try " + t + " (" + g + "): " + r.outcome + ": " + r.detail);
        if (firstFailure == null) {
          firstFailure = g;
          firstRun = r;
        }
      }
    }
    Map<String, Integer> named = new java.util.LinkedHashMap<>();
    for (ExternalRun.Outcome o : ExternalRun.Outcome.values()) {
      named.put(o.name(), counts.getOrDefault(o, 0));
    }
    log.println(tries + " tries (seed " + seed + "): " + named);
    if (firstFailure == null) {
      log.println("every reply agreed with lbgame's checker");
      log.flush();
      return new Report(named, null, null);
    }
    SmallGame shrunk = firstFailure;
    ExternalRun why = firstRun;
    int runs = 0;
    boolean progress = true;
    while (progress && runs < MAX_SHRINK_RUNS) {
      progress = false;
      for (SmallGame c : shrunk.shrinks()) {
        if (runs++ >= MAX_SHRINK_RUNS) {
          break;
        }
        ExternalRun r = runOn(c.query());
        if (r.outcome == firstRun.outcome) {
          shrunk = c;
          why = r;
          progress = true;
          break;
        }
      }
    }
    write(out, shrunk, why);
    log.println("shrunk in " + runs + " runs to " + shrunk + ": " + why.outcome + ": " + why.detail);
    log.println(shrunk.tables());
    log.println("written to " + out.resolve("shrunk-query.json") + " (game, their reply, our answer alongside)");
    log.flush();
    return new Report(named, shrunk, why.detail);
  }

  private static void write(Path out, SmallGame g, ExternalRun why) {
    Query q = g.query();
    try (AtomicOutput o = AtomicOutput.folder(out, "--out")) {
      o.write("shrunk-query.json", utf8(JsonFiles.write(q.toTree())));
      o.write("shrunk-game.json", utf8(JsonFiles.write(q.gameTree())));
      o.write("their-reply.json", utf8(why.reply));
      o.write("our-answer.json", utf8(JsonFiles.write(Reference.answer(q))));
      o.write("reason.txt", utf8(why.outcome + ": " + why.detail + "\n"));
      o.commit();
    }
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
