package org.lbgame.properties;

import java.util.List;
import java.util.function.Predicate;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.Scale;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.Tables;
import org.lbgame.gen.quicktheories.LbGens;

/**
 * Section 4 of the paper on the discrete game, against exhaustive enumeration by {@link IndependentSolver}:
 * Prop 4.3, Prop 4.5 (and adjacent vs every-jump), Thm 4.6. On two classes of valid games: tables
 * satisfying the discrete C1-C3 (head-start family) and valid continuous games restricted to integer
 * efforts (the off-by-one question of SPEC section 5).
 */
class EquilibriumPropertiesTest {
  static final int TRIES = 2000;
  static final int SEARCH = 20000;

  /** Prop 4.3: every PNE ranks the models by capability (model i has rank i). */
  static boolean prop43(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    for (int[] p : b.allPne()) {
      for (int i = 0; i < b.n(); i++) {
        if (b.rank(p, i) != i) {
          return false;
        }
      }
    }
    return true;
  }

  /** Prop 4.5: all-zero is a PNE (by definition) iff the adjacent condition holds. */
  static boolean prop45(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    return b.allZeroIsPne() == b.adjacentHolds();
  }

  /** Prop 4.5's argument: the adjacent condition agrees with the every-jump condition. */
  static boolean adjacentAgreesWithEveryJump(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    return b.adjacentHolds() == b.everyJumpHolds();
  }

  /** All-zero is a PNE iff every jump condition holds (the definition, SPEC section 5). */
  static boolean everyJumpDecidesAllZero(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    return b.allZeroIsPne() == b.everyJumpHolds();
  }

  /** Thm 4.6: the PNE set is {all-zero} if the adjacent condition holds, else empty. */
  static boolean thm46(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    List<int[]> pne = b.allPne();
    if (!b.adjacentHolds()) {
      return pne.isEmpty();
    }
    return pne.size() == 1 && java.util.Arrays.stream(pne.get(0)).allMatch(e -> e == 0);
  }

  /** Thm 4.6, the part that needs no C3: any PNE is all-zero, and if the adjacent condition fails there is none. */
  static boolean thm46WithoutShortcut(TableGame t) {
    IndependentSolver b = IndependentSolver.of(t);
    List<int[]> pne = b.allPne();
    for (int[] p : pne) {
      if (!java.util.Arrays.stream(p).allMatch(e -> e == 0)) {
        return false;
      }
    }
    return b.adjacentHolds() || pne.isEmpty();
  }

  private static void holdsOnValidTables(String name, Predicate<TableGame> p) {
    Property.check(name + "-valid-tables", TRIES, LbGens.validTables(), p, t -> Games.shrinkTable(t, p),
        TableGame::toJson);
  }

  private static void holdsOnIntegerGrids(String name, Predicate<TableGame> p) {
    Predicate<GameCase> q = c -> p.test(Tables.discretize(c));
    Property.check(name + "-integer-grid", TRIES, LbGens.validCases(Scale.ENUMERATION), q,
        c -> Games.shrinkCase(c, q), Games::caseJson);
  }

  /** A finding: the paper's statement fails on this class of discrete games; a shrunk counterexample must be found. */
  private static void failsOnValidTables(String name, Predicate<TableGame> p) {
    TableGame t = Property.search(name + "-valid-tables", SEARCH, LbGens.validTables(), p.negate(),
        k -> Games.shrinkTable(k, p));
    Findings.report(name + "--valid-tables", t == null ? null : t.toJson());
    assertNotNull(t, name + ": no counterexample on valid tables (expected one, see docs/properties.md)");
  }

  private static void failsOnIntegerGrids(String name, Predicate<TableGame> p) {
    Predicate<GameCase> q = c -> p.test(Tables.discretize(c));
    GameCase c = Property.search(name + "-integer-grid", 5 * SEARCH, LbGens.validCases(Scale.ENUMERATION), q.negate(),
        k -> Games.shrinkCase(k, q));
    Findings.reportCase(name + "--integer-grid", c, true);
    assertNotNull(c, name + ": no counterexample on integer grids (expected one, see docs/properties.md)");
  }

  // ---- what holds on every class of valid discrete games ----------------------------------------

  /** Prop 4.3 holds on tables satisfying the discrete C1-C3 with a common convex cost. */
  @Test
  void prop43HoldsOnValidTables() {
    holdsOnValidTables("prop4.3", EquilibriumPropertiesTest::prop43);
  }

  /** Thm 4.6 without the shortcut: any PNE is all-zero, and none exists when the adjacent condition fails. */
  @Test
  void thm46WithoutShortcutHoldsOnValidTables() {
    holdsOnValidTables("thm4.6-any-pne-is-all-zero", EquilibriumPropertiesTest::thm46WithoutShortcut);
  }

  /** SPEC section 5's definition: all-zero is a PNE iff every jump condition holds (any tables where it applies). */
  @Test
  void everyJumpDecidesAllZeroOnAnyTables() {
    Predicate<TableGame> p = t -> !TableChecks0.definitionApplies(t) || everyJumpDecidesAllZero(t);
    Property.check("every-jump-decides-all-zero", TRIES, LbGens.randomTables(), p, t -> Games.shrinkTable(t, p),
        TableGame::toJson);
  }

  /** If the adjacent condition fails, all-zero is not a PNE (on any tables where the definition applies). */
  @Test
  void adjacentFailureRulesOutAllZeroOnAnyTables() {
    Predicate<TableGame> p = t -> !TableChecks0.definitionApplies(t) || IndependentSolver.of(t).adjacentHolds()
        || !IndependentSolver.of(t).allZeroIsPne();
    Property.check("adjacent-failure-rules-out-all-zero", TRIES, LbGens.randomTables(), p,
        t -> Games.shrinkTable(t, p), TableGame::toJson);
  }

  // ---- findings: the paper's statements that do not carry over to the discrete game ------------

  @Test
  void prop45FailsOnValidTables() {
    failsOnValidTables("prop4.5", EquilibriumPropertiesTest::prop45);
  }

  @Test
  void adjacentShortcutFailsOnValidTables() {
    failsOnValidTables("adjacent-vs-every-jump", EquilibriumPropertiesTest::adjacentAgreesWithEveryJump);
  }

  @Test
  void thm46FailsOnValidTables() {
    failsOnValidTables("thm4.6", EquilibriumPropertiesTest::thm46);
  }

  @Test
  void prop43FailsOnIntegerGrids() {
    failsOnIntegerGrids("prop4.3", EquilibriumPropertiesTest::prop43);
  }

  @Test
  void prop45FailsOnIntegerGrids() {
    failsOnIntegerGrids("prop4.5", EquilibriumPropertiesTest::prop45);
  }

  @Test
  void adjacentShortcutFailsOnIntegerGrids() {
    failsOnIntegerGrids("adjacent-vs-every-jump", EquilibriumPropertiesTest::adjacentAgreesWithEveryJump);
  }

  @Test
  void anyPneIsAllZeroFailsOnIntegerGrids() {
    failsOnIntegerGrids("thm4.6-any-pne-is-all-zero", EquilibriumPropertiesTest::thm46WithoutShortcut);
  }
}
