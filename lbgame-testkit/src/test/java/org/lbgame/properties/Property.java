package org.lbgame.properties;

import static org.quicktheories.QuickTheory.qt;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.lbgame.gen.GameFiles;
import org.quicktheories.core.Gen;

/**
 * Runs one property with QuickTheories: prints its seed and number of tries; on failure, takes the
 * value QuickTheories shrank to, shrinks it further with the game shrinkers, writes it as a JSON game
 * file under {@code target/counterexamples/} and fails with that JSON in the message.
 * {@code -Dcampaign=N} sets N tries per property; {@code -Dseed=S} fixes the seed of every property.
 */
final class Property {
  private Property() {
  }

  /** Tries: {@code -Dcampaign=N} when positive, else the property's default. */
  static int tries(int defaultTries) {
    int campaign = Integer.getInteger("campaign", 0);
    return campaign > 0 ? campaign : defaultTries;
  }

  /** Seed: {@code -Dseed=S}, else a fixed seed per property (random per run in a campaign). */
  static long seed(String name) {
    Long s = Long.getLong("seed");
    if (s != null) {
      return s;
    }
    if (Integer.getInteger("campaign", 0) > 0) {
      return System.nanoTime();
    }
    return 0x1bda3eL * 31 + name.hashCode();
  }

  /** Checks {@code property} on {@code tries} values of {@code gen}. */
  static <T> void check(String name, int defaultTries, Gen<T> gen, Predicate<T> property, Function<T, T> shrink,
      Function<T, String> json) {
    long seed = seed(name);
    int tries = tries(defaultTries);
    System.out.println("[property] " + name + ": seed=" + seed + " tries=" + tries);
    List<T> failing = new ArrayList<>();
    int[] evaluated = {0};
    Predicate<T> safe = v -> {
      evaluated[0]++;
      boolean ok;
      try {
        ok = property.test(v);
      } catch (RuntimeException e) {
        ok = false;
      }
      if (!ok) {
        failing.add(v);
      }
      return ok;
    };
    try {
      qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(100).forAll(gen).check(safe);
      System.out.println("[property] " + name + ": passed " + evaluated[0] + " examples");
    } catch (AssertionError e) {
      if (failing.isEmpty()) {
        throw e;
      }
      T min = shrink.apply(failing.get(failing.size() - 1));
      Path file = GameFiles.save(Path.of("target", "counterexamples", name + ".json"), json.apply(min));
      throw new AssertionError(name + " FAILS (seed " + seed + ", tries " + tries + "); shrunk game in " + file
          + ":\n" + json.apply(min) + "\n(QuickTheories: " + firstLine(e.getMessage()) + ")");
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Whether {@code v} makes the conclusion fail; a value the conclusion cannot even be evaluated on does not. */
  private static <T> boolean fails(Predicate<T> conclusionFails, T v) {
    try {
      return conclusionFails.test(v);
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * Like {@link #search}, over cases drawn once by the caller: the first that makes the conclusion fail,
   * shrunk with {@code shrink}, or null. Several statements share the cases of one hypothesis, so the costly
   * rejection sampling of games breaking it runs once, not once per statement.
   */
  static <T> T searchAmong(String name, long seed, List<T> cases, Predicate<T> conclusionFails,
      Function<T, T> shrink) {
    T result = null;
    for (T v : cases) {
      if (fails(conclusionFails, v)) {
        result = shrink.apply(v);
        break;
      }
    }
    System.out.println("[search] " + name + ": seed=" + seed + " cases=" + cases.size() + " -> "
        + (result == null ? "no counterexample" : "counterexample found"));
    return result;
  }

  /**
   * Searches {@code tries} values of {@code gen} for one where {@code conclusionFails}; returns it shrunk
   * (or null if none was found). Prints the seed, the tries and the outcome.
   */
  static <T> T search(String name, int defaultTries, Gen<T> gen, Predicate<T> conclusionFails,
      Function<T, T> shrink) {
    long seed = seed(name);
    int tries = tries(defaultTries);
    List<T> found = new ArrayList<>();
    try {
      qt().withFixedSeed(seed).withExamples(tries).withShrinkCycles(100).forAll(gen).check(v -> {
        boolean f = fails(conclusionFails, v);
        if (f) {
          found.add(v);
        }
        return !f;
      });
    } catch (AssertionError expected) {
      // QuickTheories reports the found value as a falsification; that is what we were looking for
    }
    T result = found.isEmpty() ? null : shrink.apply(found.get(found.size() - 1));
    System.out.println("[search] " + name + ": seed=" + seed + " tries=" + tries + " -> "
        + (result == null ? "no counterexample" : "counterexample found"));
    return result;
  }
}
