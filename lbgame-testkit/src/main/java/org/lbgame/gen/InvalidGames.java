package org.lbgame.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCost;
import org.lbgame.model.TabulatedCurve;

/**
 * Continuous games that break exactly one named hypothesis of the model's checks and satisfy every
 * other one, so tests can show what each hypothesis is for. Reward order and capability order are
 * input rules in the model ({@code Rewards.explicit} and {@code Game.of} reject them); games breaking
 * those exist only as tables ({@link Tables#invalid}).
 */
public final class InvalidGames {
  /** The hypotheses a continuous game can break alone. */
  public static final Set<Hypothesis> BREAKABLE = Set.of(Hypothesis.C1, Hypothesis.C2, Hypothesis.C3,
      Hypothesis.COST_CONVEX, Hypothesis.COST_ZERO_AT_ZERO, Hypothesis.COST_STRICTLY_INCREASING);

  private InvalidGames() {
  }

  /**
   * A game with {@code n >= 2} models violating {@code h} (one of {@link #BREAKABLE}) and nothing else,
   * as decided by {@code Hypotheses.check}; redrawn if a draw broke more than {@code h}.
   */
  public static Game breaking(RandomGenerator rng, Hypothesis h, int n) {
    if (!BREAKABLE.contains(h)) {
      throw new IllegalArgumentException("cannot break " + h + " alone in a continuous game");
    }
    if (n < 2 && (h == Hypothesis.C1 || h == Hypothesis.C3)) {
      throw new IllegalArgumentException(h.label() + " needs at least two models");
    }
    for (int attempt = 0; attempt < 1000; attempt++) {
      Game g = draw(rng, h, n);
      if (Hypotheses.check(g).failed().equals(Set.of(h))) {
        return g.withDescription("breaks-" + h.label(), "breaks exactly " + h.label());
      }
    }
    throw new IllegalStateException("no game breaking exactly " + h.label() + " in 1000 attempts");
  }

  /** A game case at the enumeration scale breaking exactly {@code h}. */
  public static GameCase breakingCase(RandomGenerator rng, Hypothesis h) {
    int n = 2 + rng.nextInt(0, 3);
    int horizon = 1 + rng.nextInt(0, 6);
    while (ValidGames.pow(horizon + 1, n) > 4096) {
      horizon--;
    }
    return GameCase.of(breaking(rng, h, n), rng.nextInt(0, 21), horizon);
  }

  /**
   * A case breaking exactly {@code h}; half of the time its rewards are moved to just inside the adjacent
   * condition's edge, where the statements that need {@code h} fail first.
   */
  public static GameCase breakingCaseAtTheEdge(RandomGenerator rng, Hypothesis h) {
    GameCase c = breakingCase(rng, h);
    return rng.nextBoolean() ? EdgeRewards.atAdjacentEdge(c, 1 - rng.nextInt(1, 11) / 100.0) : c;
  }


  private static Game draw(RandomGenerator rng, Hypothesis h, int n) {
    Game valid = ValidGames.game(rng, n);
    switch (h) {
      case C1:
        return withCurves(valid, equalStart(rng, n));
      case C2:
        return withCurves(valid, sCurves(rng, n));
      case C3:
        return withCurves(valid, catchUp(rng, n));
      case COST_CONVEX:
        return withCost(valid, concaveCost(rng));
      case COST_ZERO_AT_ZERO:
        return withCost(valid, offsetCost(rng));
      default:
        return withCost(valid, flatThenConvex(rng));
    }
  }

  /**
   * Exponential saturation with a common floor and ceiling and strictly decreasing rates: every model
   * starts at the same score (C1 fails at zero effort, ties), the curves are concave (C2) and
   * {@code X_i(s) = X_0(s) k_0 / k_i}, so the gaps grow (C3).
   */
  static List<ScoreCurve> equalStart(RandomGenerator rng, int n) {
    double floor = rng.nextInt(0, 51) / 100.0;
    double ceiling = floor + (10 + rng.nextInt(0, 50)) / 100.0;
    double rate = (10 + rng.nextInt(0, 40)) / 100.0;
    List<ScoreCurve> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(ExponentialSaturationCurve.of(floor, ceiling, rate));
      rate = rate / (1.5 + rng.nextInt(0, 4) / 2.0);
    }
    return out;
  }

  /**
   * Power laws as in {@link ValidGames#powerLaws} (C1, C3 hold) but with {@code b > 1} and a low
   * intercept for at least one model, so that {@code e^{-a} (b-1)/(b+1) > 1}: an S-curve (C2 fails).
   */
  static List<ScoreCurve> sCurves(RandomGenerator rng, int n) {
    double a = -(10 + rng.nextInt(0, 30)) / 10.0;
    double b = 2 + rng.nextInt(0, 20) / 10.0;
    List<ScoreCurve> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(PowerLawCurve.of(ValidGames.round(a, 6), ValidGames.round(b, 6), 0, 1, 1));
      a -= (1 + rng.nextInt(0, 10)) / 10.0;
      b -= rng.nextInt(0, 3) * 0.25;
      b = Math.max(b, 0.5);
    }
    return out;
  }

  /**
   * Tabulated concave curves where the weakest model learns faster at high scores: its effort gap to
   * the next model is large at a middle score and small at a higher one, so {@code D} falls (C3 fails)
   * while C1 and C2 hold.
   */
  static List<ScoreCurve> catchUp(RandomGenerator rng, int n) {
    List<ScoreCurve> out = new ArrayList<>(ValidGames.tabulated(rng, n));
    TabulatedCurve p = (TabulatedCurve) out.get(n - 2);
    double[] px = p.xs();
    double[] py = p.ys();
    // the weakest model starts far below (steep first piece keeps it concave), reaches just under the
    // next model's second level half a step before that model reaches its third, and its third level
    // one step after: D falls from about px2 - px1 + 0.5 to about 1
    double lead = px[2] - px[1] + 0.5;
    double start = py[1] - 4 * (py[2] - py[1]) * (px[2] + 1) - rng.nextInt(0, 5);
    double[] x = {0, px[1] + lead, px[2] + 1};
    double[] y = {start, py[1] - 0.01, py[2] - 0.01};
    out.set(n - 1, TabulatedCurve.of(x, y));
    return out;
  }

  /** A piecewise-linear cost whose slope drops: not convex, still strictly increasing from 0. */
  static CostFunction concaveCost(RandomGenerator rng) {
    double s1 = 1 + rng.nextInt(0, 16) / 4.0;
    double s2 = s1 / (2 + rng.nextInt(0, 3));
    return PiecewiseLinearCost.of(new double[] {0, 1 + rng.nextInt(0, 3)}, new double[] {s1, s2});
  }

  /** A convex strictly increasing tabulated cost with {@code c(0) > 0}. */
  static CostFunction offsetCost(RandomGenerator rng) {
    double c0 = 1 + rng.nextInt(0, 8) / 4.0;
    double s = ValidGames.dyadic(rng);
    return TabulatedCost.of(new double[] {0, 1, 2}, new double[] {c0, c0 + s, c0 + 3 * s});
  }

  /** Flat then convex: {@code c = 0} on {@code [0, f]}, then increasing (convex, {@code c(0) = 0}, not strictly increasing). */
  static CostFunction flatThenConvex(RandomGenerator rng) {
    if (rng.nextInt(0, 4) == 3) {
      return LinearCost.of(0);
    }
    double flat = 1 + rng.nextInt(0, 3);
    return PiecewiseLinearCost.of(new double[] {0, flat}, new double[] {0, ValidGames.dyadic(rng)});
  }

  static Game withCurves(Game g, List<ScoreCurve> curves) {
    List<Model> models = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      models.add(Model.of(g.model(i).name(), g.model(i).capability(), curves.get(i)));
    }
    return Game.of(models, g.cost(), g.rewards());
  }

  static Game withCost(Game g, CostFunction c) {
    return Game.of(g.models(), c, g.rewards());
  }
}
