package org.lbgame.designer;

import java.util.Locale;
import java.util.function.IntFunction;
import org.lbgame.model.CostFunction;
import org.lbgame.model.Designer;
import org.lbgame.model.InvalidGameException;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.Rewards;

/**
 * The audit's designer options as text ({@code --rewards}, {@code --cost}, {@code --designer-kappa}), parsed into
 * the model layer's factories so that value rules and messages are the game file's. Errors are
 * {@link InvalidGameException}s naming the option, e.g. {@code --cost: kappa must be >= 0 (got -1)}.
 */
public final class DesignerOptions {
  /** The known reward schemes, as the error message lists them. */
  static final String REWARD_SCHEMES =
      "winner-take-all, top:K, reciprocal, geometric:q, linear, or a comma list r1,r2,... (first place first)";
  /** The known cost families, as the error message lists them. */
  static final String COST_FAMILIES = "linear:kappa, power:kappa:p";

  private DesignerOptions() {
  }

  /**
   * The reward scheme {@code spec} as a function of the number of fitted models {@code n}. The syntax is checked
   * now; rules that depend on {@code n} (e.g. {@code K <= n}, one explicit reward per model) when it is applied.
   */
  public static IntFunction<Rewards> rewards(String spec) {
    String s = spec == null ? "" : spec.trim();
    String[] parts = s.split(":", -1);
    String head = parts[0].toLowerCase(Locale.ROOT);
    switch (head) {
      case "winner-take-all":
        arity("--rewards", s, parts, 1, "winner-take-all");
        return n -> wrap("--rewards", () -> Rewards.winnerTakeAll(n));
      case "top":
      case "top-k": {
        arity("--rewards", s, parts, 2, "top:K");
        int k = integer("--rewards", "K in top:K", parts[1]);
        if (k < 1) {
          throw new InvalidGameException("--rewards", "K in top:K must be >= 1", k);
        }
        return n -> wrap("--rewards", () -> Rewards.topK(n, k));
      }
      case "reciprocal":
        arity("--rewards", s, parts, 1, "reciprocal");
        return n -> wrap("--rewards", () -> Rewards.reciprocal(n));
      case "geometric": {
        arity("--rewards", s, parts, 2, "geometric:q");
        double q = number("--rewards", "q in geometric:q", parts[1]);
        wrap("--rewards", () -> Rewards.geometric(1, q)); // q's own rules (0 < q <= 1) do not depend on n
        return n -> wrap("--rewards", () -> Rewards.geometric(n, q));
      }
      case "linear":
        arity("--rewards", s, parts, 1, "linear");
        return n -> wrap("--rewards", () -> Rewards.linear(n));
      default:
        if (parts.length == 1 && s.contains(",") || s.matches("[-+0-9.eE]+")) {
          String[] items = s.split(",", -1);
          double[] v = new double[items.length];
          for (int i = 0; i < items.length; i++) {
            v[i] = number("--rewards", "value " + (i + 1) + " of the list", items[i]);
          }
          wrap("--rewards", () -> Rewards.explicit(v)); // non-increasing and finite, whatever n is
          return n -> {
            if (v.length != n) {
              throw new InvalidGameException("--rewards", "must list one reward per fitted model (" + n + ")",
                  v.length + " values: " + s);
            }
            return Rewards.explicit(v);
          };
        }
        throw new InvalidGameException("--rewards", "unknown reward scheme (known: " + REWARD_SCHEMES + ")",
            "\"" + s + "\"");
    }
  }

  /** The cost function {@code spec}: {@code linear:kappa} or {@code power:kappa:p} (the game file's families). */
  public static CostFunction cost(String option, String spec) {
    String s = spec == null ? "" : spec.trim();
    String[] parts = s.split(":", -1);
    switch (parts[0].toLowerCase(Locale.ROOT)) {
      case "linear": {
        arity(option, s, parts, 2, "linear:kappa");
        double kappa = number(option, "kappa in linear:kappa", parts[1]);
        return wrap(option, () -> LinearCost.of(kappa));
      }
      case "power": {
        arity(option, s, parts, 3, "power:kappa:p");
        double kappa = number(option, "kappa in power:kappa:p", parts[1]);
        double p = number(option, "p in power:kappa:p", parts[2]);
        return wrap(option, () -> PowerCost.of(kappa, p));
      }
      default:
        throw new InvalidGameException(option, "unknown cost family (known: " + COST_FAMILIES + ")", "\"" + s + "\"");
    }
  }

  /**
   * The designer of {@code --designer-r R --designer-kappa K} ({@code K} a cost spec or a bare number for
   * {@code linear:K}); null when both are absent.
   */
  public static Designer designer(Double reward, String kappa) {
    if (reward == null && kappa == null) {
      return null;
    }
    if (reward == null) {
      throw new InvalidGameException("--designer-r", "is required with --designer-kappa", "none");
    }
    if (kappa == null) {
      throw new InvalidGameException("--designer-kappa", "is required with --designer-r", "none");
    }
    String k = kappa.trim();
    CostFunction c = k.contains(":") ? cost("--designer-kappa", k)
        : cost("--designer-kappa", "linear:" + k);
    return wrap("--designer-r", () -> Designer.of(reward, c));
  }

  /** The chosen level {@code tau} for the minimum just-overtake effort: finite and {@code >= 0}. */
  public static double tau(double tau) {
    if (!(tau >= 0) || Double.isInfinite(tau)) {
      throw new InvalidGameException("--tau", "must be a finite number >= 0", tau);
    }
    return tau;
  }

  private static void arity(String option, String s, String[] parts, int want, String form) {
    if (parts.length != want) {
      throw new InvalidGameException(option, "must have the form " + form, "\"" + s + "\"");
    }
  }

  private static double number(String option, String what, String text) {
    try {
      // Double.parseDouble also takes "NaN", "Infinity", hex and a trailing 'd': only plain decimals here
      if (!text.trim().matches("[-+]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?")) {
        throw new NumberFormatException();
      }
      return Double.parseDouble(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidGameException(option, what + " must be a finite decimal number", "\"" + text + "\"");
    }
  }

  private static int integer(String option, String what, String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidGameException(option, what + " must be an integer", "\"" + text + "\"");
    }
  }

  /** Runs a model factory and names the option in its error: {@code --cost: kappa must be >= 0 (got -1)}. */
  private static <T> T wrap(String option, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (InvalidGameException e) {
      String f = e.field();
      String prefix = f.substring(0, f.lastIndexOf('.') + 1);
      String rule = prefix.isEmpty() ? e.rule() : e.rule().replace(prefix, "");
      throw new InvalidGameException(option, f.substring(prefix.length()) + " " + rule, e.value());
    }
  }
}
