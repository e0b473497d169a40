package org.lbgame.designer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.lbgame.model.Game;

/** The trajectory of the arms race: every move's efforts and ranks, and how it ended. */
public final class ArmsRaceResult {
  /** One move: step index, round, the developer who moved (-1 for the start), efforts and ranks after it. */
  public record Step(int index, int round, int mover, int[] effort, int[] rank) {
    /** Efforts after the move (a copy). */
    public int[] effort() {
      return effort.clone();
    }

    /** 0-based ranks after the move (a copy). */
    public int[] rank() {
      return rank.clone();
    }
  }

  private final Game game;
  private final int tau;
  private final int horizon;
  private final int roundLimit;
  private final int rounds;
  private final ArmsRace.Outcome outcome;
  private final int cycleStart;
  private final List<Step> steps;
  private final boolean finalPne;

  ArmsRaceResult(Game game, int tau, int horizon, int roundLimit, int rounds, ArmsRace.Outcome outcome, int cycleStart,
      List<Step> steps, boolean finalPne) {
    this.game = game;
    this.tau = tau;
    this.horizon = horizon;
    this.roundLimit = roundLimit;
    this.rounds = rounds;
    this.outcome = outcome;
    this.cycleStart = cycleStart;
    this.steps = Collections.unmodifiableList(new ArrayList<>(steps));
    this.finalPne = finalPne;
  }

  /** The game. */
  public Game game() {
    return game;
  }

  /** The TbT level. */
  public int tau() {
    return tau;
  }

  /** The effort horizon {@code E}. */
  public int horizon() {
    return horizon;
  }

  /** The round limit. */
  public int roundLimit() {
    return roundLimit;
  }

  /** Rounds played (a round: every developer moves once, in index order). */
  public int rounds() {
    return rounds;
  }

  /** How it ended. */
  public ArmsRace.Outcome outcome() {
    return outcome;
  }

  /** The step where the repeated state was first seen (-1 unless a cycle). */
  public int cycleStart() {
    return cycleStart;
  }

  /** The cycle's length in moves (0 unless a cycle). */
  public int cyclePeriod() {
    return outcome == ArmsRace.Outcome.CYCLE ? steps.size() - 1 - cycleStart : 0;
  }

  /** Every state, the start first. */
  public List<Step> steps() {
    return steps;
  }

  /** The last profile. */
  public int[] finalEffort() {
    return steps.get(steps.size() - 1).effort();
  }

  /** Whether the last profile is a PNE (kernel {@code Equilibrium.isPne}). */
  public boolean finalPne() {
    return finalPne;
  }

  /** The largest effort any developer played. */
  public int maxEffort() {
    int m = 0;
    for (Step s : steps) {
      for (int e : s.effort()) {
        m = Math.max(m, e);
      }
    }
    return m;
  }

  /** True when the last state ranks some model above a more capable one. */
  public boolean againstCapability() {
    int[] rank = steps.get(steps.size() - 1).rank();
    for (int i = 0; i < rank.length; i++) {
      if (rank[i] != i) {
        return true;
      }
    }
    return false;
  }

  private String ranksOneBased() {
    int[] rank = steps.get(steps.size() - 1).rank();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < rank.length; i++) {
      b.append(i == 0 ? "" : ", ").append(rank[i] + 1);
    }
    return b.toString();
  }

  /**
   * How the integer-effort outcome compares with the continuous game at the same {@code tau} (the solver's
   * verdict there); empty when they agree on whether an equilibrium exists.
   */
  public String continuousComparison() {
    org.lbgame.solve.Solution s = org.lbgame.solve.Solver.solve(game, tau);
    org.lbgame.solve.Verdict v = s.verdict();
    boolean continuousPne = v == org.lbgame.solve.Verdict.UNIQUE_PNE || v == org.lbgame.solve.Verdict.PNE_NOT_UNIQUE
        || v == org.lbgame.solve.Verdict.PNE_UNIQUENESS_NOT_ESTABLISHED;
    boolean continuousNone = v == org.lbgame.solve.Verdict.NO_PNE;
    boolean integerPne = outcome == ArmsRace.Outcome.PNE;
    if (integerPne && continuousNone) {
      return "the integer-effort dynamics reaches a PNE, but the continuous game at tau = " + tau + " has none ("
          + s.verdictSentence() + "): effort granularity decides here";
    }
    if (!integerPne && continuousPne && outcome == ArmsRace.Outcome.CYCLE) {
      return "the integer-effort dynamics cycles, but in the continuous game at tau = " + tau + " " + s.verdictSentence()
          + ": effort granularity decides here";
    }
    if (integerPne && java.util.Arrays.stream(finalEffort()).anyMatch(e -> e > 0) && v == org.lbgame.solve.Verdict.UNIQUE_PNE) {
      return "the integer-effort dynamics stops at a PNE with positive effort, while the continuous game's unique PNE"
          + " is all-zero";
    }
    return "";
  }

  /** One sentence on the outcome. */
  public String summary() {
    switch (outcome) {
      case PNE:
        return "stops at a PNE after " + rounds + " round(s): efforts " + java.util.Arrays.toString(finalEffort())
            + (rounds == 1 ? " (all-zero is already an equilibrium: nobody benchmaxxes)" : "")
            + (againstCapability() ? "; this fixed point ranks models against capability (ranks, 1-based, model order: "
                + ranksOneBased() + ")" : "");
      case CYCLE:
        return "cycles: the state of step " + cycleStart + " recurs after " + cyclePeriod() + " moves, so the arms race"
            + " never settles (no PNE is reached); largest effort " + maxEffort() + " of horizon " + horizon;
      default:
        return "no repeat within " + roundLimit + " rounds: neither a PNE nor a repeated state yet (the discrete state"
            + " space is finite, so the dynamics must end in one of them, later); largest effort " + maxEffort()
            + " of horizon " + horizon;
    }
  }
}
