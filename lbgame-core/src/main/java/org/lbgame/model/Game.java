package org.lbgame.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A leaderboard game: models in strictly decreasing capability (index 0 the strongest), a common
 * cost {@code c} with per-model scales {@code lambda_i} ({@code c_i = lambda_i c}, Prop B.1), rank
 * rewards, the tie rule and an optional designer. Immutable; {@code with*} return modified copies.
 */
public final class Game {
  private final String name;
  private final String description;
  private final List<Model> models;
  private final CostFunction cost;
  private final double[] costScale;
  private final Rewards rewards;
  private final TieRule tieRule;
  private final Designer designer;
  private final PowerLawColumns columns;
  /**
   * The hypothesis report, computed on first use: it does not depend on {@code tau}, and a sweep over {@code tau}
   * (curve, designer, check) would otherwise recompute C3's 60-digit grid for every level. A racy first use only
   * computes the same immutable report twice.
   */
  private volatile ValidationReport hypotheses;

  private Game(String name, String description, List<Model> models, CostFunction cost, double[] costScale,
      Rewards rewards, TieRule tieRule, Designer designer, PowerLawColumns columns) {
    this.name = name;
    this.description = description;
    this.models = models;
    this.cost = cost;
    this.costScale = costScale;
    this.rewards = rewards;
    this.tieRule = tieRule;
    this.designer = designer;
    this.columns = columns;
  }

  /** The game of {@code models} (strictly decreasing capability), common cost, rewards; unit scales, ties to the higher capability. */
  public static Game of(List<Model> models, CostFunction cost, Rewards rewards) {
    if (models == null || models.isEmpty()) {
      throw new InvalidGameException("models", "must list at least one model", "0 models");
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < models.size(); i++) {
      Model m = models.get(i);
      if (!names.add(m.name())) {
        throw new InvalidGameException("models[" + i + "].name", "must be unique", "\"" + m.name() + "\"");
      }
      if (i > 0 && !(m.capability() < models.get(i - 1).capability())) {
        throw new InvalidGameException("models[" + i + "].capability",
            "must be strictly less than models[" + (i - 1) + "].capability="
                + Require.format(models.get(i - 1).capability()) + " (models listed strongest first, no equal capabilities)",
            m.capability());
      }
    }
    requireCostAndRewards(models.size(), cost, rewards);
    return new Game("", "", Collections.unmodifiableList(new ArrayList<>(models)), cost, ones(models.size()), rewards,
        TieRule.HIGHER_CAPABILITY, null, null);
  }

  /**
   * The game of the models in {@code columns} (which checked their own rules), as {@link #of}: the models'
   * objects are made only when asked for ({@link #model}), so paths that read {@link #powerLawColumns()}
   * hold none.
   */
  static Game of(PowerLawColumns columns, CostFunction cost, Rewards rewards) {
    requireCostAndRewards(columns.size(), cost, rewards);
    return new Game("", "", columns.asList(), cost, ones(columns.size()), rewards, TieRule.HIGHER_CAPABILITY, null,
        columns);
  }

  private static void requireCostAndRewards(int n, CostFunction cost, Rewards rewards) {
    if (cost == null) {
      throw new InvalidGameException("cost", "is required", "null");
    }
    if (rewards == null) {
      throw new InvalidGameException("rewards", "is required", "null");
    }
    if (rewards.size() != n) {
      throw new InvalidGameException("rewards", "must have one reward per model (" + n + ")",
          rewards.size() + " rewards");
    }
  }

  private static double[] ones(int n) {
    double[] ones = new double[n];
    java.util.Arrays.fill(ones, 1.0);
    return ones;
  }

  /** This game with per-model cost scales {@code lambda_i > 0}. */
  public Game withCostScale(double... lambda) {
    if (lambda == null || lambda.length != models.size()) {
      throw new InvalidGameException("costScale", "must have one entry per model (" + models.size() + ")",
          lambda == null ? "null" : lambda.length + " entries");
    }
    for (int i = 0; i < lambda.length; i++) {
      Require.positive("costScale[" + i + "]", lambda[i]);
    }
    return new Game(name, description, models, cost, lambda.clone(), rewards, tieRule, designer, columns);
  }

  /** This game with tie rule {@code tie}. */
  public Game withTieRule(TieRule tie) {
    return new Game(name, description, models, cost, costScale, rewards, tie, designer, columns);
  }

  /** This game with designer {@code d} (may be null). */
  public Game withDesigner(Designer d) {
    return new Game(name, description, models, cost, costScale, rewards, tieRule, d, columns);
  }

  /** This game with a name and a free-text description. */
  public Game withDescription(String newName, String newDescription) {
    return new Game(newName == null ? "" : newName, newDescription == null ? "" : newDescription, models, cost,
        costScale, rewards, tieRule, designer, columns);
  }

  /** Number of models {@code n}. */
  public int size() {
    return models.size();
  }

  /** Model {@code i} (0 = strongest). */
  public Model model(int i) {
    return models.get(i);
  }

  /** The models, strongest first (unmodifiable). */
  public List<Model> models() {
    return models;
  }

  /** Score curve of model {@code i}. */
  public ScoreCurve curve(int i) {
    return models.get(i).curve();
  }

  /** The common cost {@code c}. */
  public CostFunction cost() {
    return cost;
  }

  /** Cost scale {@code lambda_i} of model {@code i}. */
  public double costScale(int i) {
    return costScale[i];
  }

  /** Cost {@code c_i(e) = lambda_i c(e)} of model {@code i}. */
  public double cost(int i, double e) {
    return costScale[i] * cost.cost(e);
  }

  /** The rank rewards. */
  public Rewards rewards() {
    return rewards;
  }

  /** The tie rule. */
  public TieRule tieRule() {
    return tieRule;
  }

  /** The designer, if the game has one. */
  public Optional<Designer> designer() {
    return Optional.ofNullable(designer);
  }

  /**
   * The models' columns when the game was read by the columnar reader (power laws on one common scale), else
   * null: paths over every model read them instead of making {@code n} model objects.
   */
  public PowerLawColumns powerLawColumns() {
    return columns;
  }

  /** The game's name ("" if none). */
  public String name() {
    return name;
  }

  /** The game's description ("" if none). */
  public String description() {
    return description;
  }

  /** The memoized hypothesis report (for {@link Hypotheses#check}), or null before its first computation. */
  ValidationReport memoizedHypotheses() {
    return hypotheses;
  }

  /** Keeps {@code report} as this game's hypothesis report (for {@link Hypotheses#check}). */
  void memoizeHypotheses(ValidationReport report) {
    hypotheses = report;
  }
}
