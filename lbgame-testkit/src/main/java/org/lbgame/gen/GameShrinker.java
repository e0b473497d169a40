package org.lbgame.gen;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.Hypotheses;
import org.lbgame.model.Hypothesis;
import org.lbgame.model.LinearCost;
import org.lbgame.model.Model;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCost;
import org.lbgame.model.TabulatedCurve;

/**
 * Shrinks a {@link GameCase}: drop a model, lower {@code tau} and the horizon, round every number to
 * fewer digits, replace the cost by {@code c(e) = e} and the rewards by winner-take-all. A candidate is
 * kept only if it violates exactly the same hypotheses as the original (a valid game stays valid, a
 * game breaking C3 still breaks C3 and nothing else).
 */
public final class GameShrinker implements Shrinker<GameCase> {
  private final Set<Hypothesis> failed;

  private GameShrinker(Set<Hypothesis> failed) {
    this.failed = failed;
  }

  /** The shrinker that keeps the hypotheses violated by {@code original}. */
  public static GameShrinker preserving(GameCase original) {
    return new GameShrinker(Hypotheses.check(original.game()).failed());
  }

  /** The minimal case reachable from {@code failing} that still fails ({@code fails} true). */
  public static GameCase minimize(GameCase failing, Predicate<GameCase> fails) {
    return Minimizer.minimize(failing, fails, preserving(failing));
  }

  @Override
  public List<GameCase> candidates(GameCase c) {
    List<GameCase> raw = new ArrayList<>();
    Game g = c.game();
    for (int i = g.size() - 1; i >= 0 && g.size() > 1; i--) {
      int drop = i;
      add(raw, () -> c.withGame(dropModel(g, drop)));
    }
    if (c.tau() > 0) {
      add(raw, () -> c.withTau(0));
      add(raw, () -> c.withTau(c.tau() / 2));
      add(raw, () -> c.withTau(c.tau() - 1));
    }
    if (c.horizon() > 1) {
      add(raw, () -> c.withHorizon(1));
      add(raw, () -> c.withHorizon(c.horizon() / 2));
      add(raw, () -> c.withHorizon(c.horizon() - 1));
    }
    if (!(g.cost() instanceof LinearCost && ((LinearCost) g.cost()).kappa() == 1)) {
      add(raw, () -> c.withGame(Game.of(g.models(), LinearCost.of(1), g.rewards())));
    }
    if (!g.rewards().scheme().equals("winner-take-all")) {
      add(raw, () -> c.withGame(Game.of(g.models(), g.cost(), Rewards.winnerTakeAll(g.size()))));
    }
    for (int digits = 0; digits <= 3; digits++) {
      int d = digits;
      add(raw, () -> c.withGame(rounded(g, d)));
    }
    List<GameCase> out = new ArrayList<>();
    for (GameCase k : raw) {
      if (!GameFiles.write(k.game()).equals(GameFiles.write(g)) || k.tau() != c.tau() || k.horizon() != c.horizon()) {
        if (Hypotheses.check(k.game()).failed().equals(failed)) {
          out.add(k);
        }
      }
    }
    return out;
  }

  private interface Build {
    GameCase get();
  }

  private static void add(List<GameCase> out, Build b) {
    try {
      out.add(b.get());
    } catch (RuntimeException e) {
      // not a well-formed game (e.g. rounding made two parameters equal): not a candidate
    }
  }

  /** The game without model {@code i}; the reward scheme is kept (explicit rewards lose rank {@code i}). */
  static Game dropModel(Game g, int i) {
    List<Model> ms = new ArrayList<>(g.models());
    ms.remove(i);
    int n = ms.size();
    Rewards r = g.rewards();
    Rewards nr;
    switch (r.scheme()) {
      case "winner-take-all":
        nr = Rewards.winnerTakeAll(n);
        break;
      case "top-k":
        nr = Rewards.topK(n, Math.min(n, (int) r.parameter()));
        break;
      case "reciprocal":
        nr = Rewards.reciprocal(n);
        break;
      case "geometric":
        nr = Rewards.geometric(n, r.parameter());
        break;
      case "linear":
        nr = Rewards.linear(n);
        break;
      default: {
        double[] v = r.values();
        double[] w = new double[n];
        for (int k = 0, j = 0; k < v.length; k++) {
          if (k != i) {
            w[j++] = v[k];
          }
        }
        nr = Rewards.explicit(w);
      }
    }
    double[] scale = new double[n];
    for (int k = 0, j = 0; k < g.size(); k++) {
      if (k != i) {
        scale[j++] = g.costScale(k);
      }
    }
    return Game.of(ms, g.cost(), nr).withCostScale(scale).withTieRule(g.tieRule());
  }

  /** The game with every curve, cost and reward number rounded to {@code digits} decimals. */
  static Game rounded(Game g, int digits) {
    List<Model> ms = new ArrayList<>();
    for (int i = 0; i < g.size(); i++) {
      ms.add(Model.of(g.model(i).name(), g.model(i).capability(), round(g.curve(i), digits)));
    }
    Rewards r = g.rewards().scheme().equals("explicit") ? Rewards.explicit(round(g.rewards().values(), digits))
        : g.rewards();
    double[] scale = new double[g.size()];
    for (int i = 0; i < scale.length; i++) {
      scale[i] = g.costScale(i);
    }
    return Game.of(ms, round(g.cost(), digits), r).withCostScale(scale).withTieRule(g.tieRule());
  }

  static ScoreCurve round(ScoreCurve c, int d) {
    if (c instanceof PowerLawCurve) {
      PowerLawCurve p = (PowerLawCurve) c;
      return PowerLawCurve.of(r(p.a(), d), r(p.b(), d), r(p.floor(), d), r(p.ceiling(), d), r(p.offset(), d));
    }
    if (c instanceof ExponentialSaturationCurve) {
      ExponentialSaturationCurve e = (ExponentialSaturationCurve) c;
      return ExponentialSaturationCurve.of(r(e.floor(), d), r(e.ceiling(), d), r(e.rate(), d));
    }
    if (c instanceof TabulatedCurve) {
      return TabulatedCurve.of(round(((TabulatedCurve) c).xs(), d), round(((TabulatedCurve) c).ys(), d));
    }
    return c;
  }

  static CostFunction round(CostFunction c, int d) {
    if (c instanceof LinearCost) {
      return LinearCost.of(r(((LinearCost) c).kappa(), d));
    }
    if (c instanceof PowerCost) {
      return PowerCost.of(r(((PowerCost) c).kappa(), d), r(((PowerCost) c).exponent(), d));
    }
    if (c instanceof PiecewiseLinearCost) {
      PiecewiseLinearCost p = (PiecewiseLinearCost) c;
      return PiecewiseLinearCost.of(round(p.breakpoints(), d), round(p.slopes(), d));
    }
    if (c instanceof TabulatedCost) {
      return TabulatedCost.of(round(((TabulatedCost) c).efforts(), d), round(((TabulatedCost) c).costs(), d));
    }
    return c;
  }

  static double[] round(double[] v, int d) {
    double[] o = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      o[i] = r(v[i], d);
    }
    return o;
  }

  static double r(double v, int d) {
    return ValidGames.round(v, d);
  }
}
