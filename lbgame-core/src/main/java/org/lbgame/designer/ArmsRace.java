package org.lbgame.designer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lbgame.kernel.Equilibrium;
import org.lbgame.kernel.Ranking;
import org.lbgame.model.Game;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.TieRule;
import org.lbgame.solve.DiscreteTables;

/**
 * The arms race below {@code tau*}: best-response dynamics on the discrete game. From the all-zero
 * profile, developers move in index order (strongest first), each playing the kernel's
 * {@code Equilibrium.bestResponse} to the others' current efforts. Stops at a PNE (a full round
 * without change, confirmed by the kernel's {@code Equilibrium.isPne}), at a cycle (a repeated
 * profile with the same developer to move: the dynamics is deterministic, so it repeats forever), or
 * when the round limit is hit.
 */
public final class ArmsRace {
  /** Outcome of the dynamics. */
  public enum Outcome {
    /** A full round without change: the profile is a PNE. */
    PNE,
    /** A profile repeated with the same developer to move: a cycle. */
    CYCLE,
    /** The round limit was hit without a repetition. */
    ROUND_LIMIT
  }

  private ArmsRace() {
  }

  /** Runs the dynamics of {@code g} at integer {@code tau} with horizon {@code horizon} for at most {@code rounds} rounds. */
  public static ArmsRaceResult run(Game g, int tau, int horizon, int rounds, Progress progress) {
    if (g.tieRule() != TieRule.HIGHER_CAPABILITY) {
      throw new InvalidGameException("tie", "the dynamics run on the kernel, which supports only \"higher-capability\"",
          "\"" + g.tieRule().label() + "\"");
    }
    if (rounds < 1) {
      throw new InvalidGameException("--rounds", "must be an integer >= 1", rounds);
    }
    DiscreteTables t = DiscreteTables.of(g, tau, horizon);
    long[][] score = t.score();
    long[][] cost = t.cost();
    long[] reward = t.reward();
    int n = g.size();
    int[] effort = new int[n];
    List<ArmsRaceResult.Step> steps = new ArrayList<>();
    steps.add(step(0, 0, -1, effort, score, tau, g));
    Map<String, Integer> seen = new HashMap<>();
    Outcome outcome = Outcome.ROUND_LIMIT;
    int cycleStart = -1;
    int round = 0;
    int lastChange = -1;
    outer:
    while (round < rounds) {
      round++;
      boolean changed = false;
      for (int i = 0; i < n; i++) {
        String key = java.util.Arrays.toString(effort) + "@" + i;
        Integer before = seen.putIfAbsent(key, steps.size() - 1);
        // a state seen before a later change recurs forever; without a change since, it is a fixed point
        if (before != null && before < lastChange) {
          outcome = Outcome.CYCLE;
          cycleStart = before;
          break outer;
        }
        int br = Equilibrium.bestResponse(score, cost, reward, tau, horizon, effort, i);
        if (br != effort[i]) {
          changed = true;
          effort[i] = br;
          lastChange = steps.size();
        }
        steps.add(step(steps.size(), round, i, effort, score, tau, g));
      }
      progress.update("dynamics", round, rounds);
      if (!changed) {
        outcome = Outcome.PNE;
        break;
      }
    }
    if (outcome == Outcome.CYCLE && cycleStart >= 0) {
      progress.update("dynamics", rounds, rounds);
    }
    boolean pne = Equilibrium.isPne(score, cost, reward, tau, horizon, effort);
    if (outcome == Outcome.PNE && !pne) {
      throw new IllegalStateException("a round without change must be a PNE");
    }
    return new ArmsRaceResult(g, tau, horizon, rounds, round, outcome, cycleStart, steps, pne);
  }

  private static ArmsRaceResult.Step step(int index, int round, int mover, int[] effort, long[][] score, int tau,
      Game g) {
    int n = effort.length;
    long[] s = new long[n];
    for (int i = 0; i < n; i++) {
      s[i] = score[i][tau + effort[i]];
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = Ranking.rankOf(s, i);
    }
    return new ArmsRaceResult.Step(index, round, mover, effort.clone(), rank);
  }
}
