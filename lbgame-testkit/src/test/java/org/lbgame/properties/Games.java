package org.lbgame.properties;

import java.util.function.Predicate;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.GameShrinker;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.TableShrinker;
import org.lbgame.gen.Tables;

/** Shrinking helpers shared by the property tests. */
final class Games {
  private Games() {
  }

  static Predicate<GameCase> failsOnTables(Predicate<TableGame> property) {
    return c -> {
      try {
        return !property.test(Tables.discretize(c));
      } catch (RuntimeException e) {
        return true;
      }
    };
  }

  static GameCase shrinkCase(GameCase c, Predicate<GameCase> property) {
    return GameShrinker.minimize(c, k -> {
      try {
        return !property.test(k);
      } catch (RuntimeException e) {
        return true;
      }
    });
  }

  static TableGame shrinkTable(TableGame t, Predicate<TableGame> property) {
    return TableShrinker.minimize(t, k -> {
      try {
        return !property.test(k);
      } catch (RuntimeException e) {
        return true;
      }
    });
  }

  /** JSON of a continuous case followed by its discrete tables. */
  static String caseJson(GameCase c) {
    return c.toJson() + "\n// the discrete game on the integer grid:\n" + Tables.discretize(c).toJson();
  }
}
