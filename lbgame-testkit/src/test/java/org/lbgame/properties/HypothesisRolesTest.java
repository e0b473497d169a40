package org.lbgame.properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.InvalidGames;
import org.lbgame.gen.TableGame;
import org.lbgame.gen.quicktheories.LbGens;
import org.lbgame.model.Hypothesis;

/**
 * What each hypothesis is for: for every hypothesis a generator can break alone, search for a game
 * where a statement that holds on valid games fails. Continuous statements on continuous games breaking
 * one hypothesis of the model; discrete statements on tables breaking one discrete hypothesis. Prints
 * the matrix, writes every counterexample to {@code target/counterexamples/}, and checks the matrix
 * against the one recorded in docs/properties.md.
 */
class HypothesisRolesTest {
  /** {@code -Dthorough=true} : the full number of cases; the default is sized for CI. */
  private static final boolean THOROUGH = Boolean.getBoolean("thorough");
  static final int SEARCH = THOROUGH ? 1500 : 400;

  static Map<String, Predicate<GameCase>> continuousStatements() {
    Map<String, Predicate<GameCase>> m = new LinkedHashMap<>();
    m.put("prop4.5", TbtPropertiesTest::prop45Continuous);
    m.put("superadditive-overtake", TbtPropertiesTest::superadditiveOvertake);
    m.put("prop5.1-weak", TbtPropertiesTest::prop51Weak);
    m.put("lemma5.2", TbtPropertiesTest::lemma52Continuous);
    m.put("prop5.3", TbtPropertiesTest::prop53Continuous);
    m.put("cor5.5", TbtPropertiesTest::cor55Continuous);
    return m;
  }

  static Map<String, Predicate<TableGame>> discreteStatements() {
    Map<String, Predicate<TableGame>> m = new LinkedHashMap<>();
    m.put("prop4.3", EquilibriumPropertiesTest::prop43);
    m.put("thm4.6-any-pne-is-all-zero", EquilibriumPropertiesTest::thm46WithoutShortcut);
    m.put("prop5.3", t -> TbtPropertiesTest.prop53(t, t.horizon(), t.tau()));
    m.put("cor5.5", TbtPropertiesTest::cor55Tables);
    return m;
  }

  /** The (hypothesis, statement) pairs where a counterexample is found (recorded in docs/properties.md). */
  static final Set<String> EXPECTED_CONTINUOUS = Set.of(
      "C2 x lemma5.2", "C2 x prop5.3",
      "C3 x prop4.5", "C3 x superadditive-overtake", "C3 x lemma5.2", "C3 x prop5.3", "C3 x cor5.5",
      "cost-convex x prop4.5", "cost-convex x cor5.5",
      "cost-zero-at-zero x prop4.5", "cost-zero-at-zero x cor5.5");
  static final Set<String> EXPECTED_DISCRETE = Set.of(
      "C1 x prop4.3", "C1 x thm4.6-any-pne-is-all-zero", "C1 x cor5.5",
      "C3 x prop4.3", "C3 x thm4.6-any-pne-is-all-zero", "C3 x prop5.3", "C3 x cor5.5",
      "cost-strictly-increasing x prop4.3", "cost-strictly-increasing x thm4.6-any-pne-is-all-zero",
      "cost-strictly-increasing x cor5.5");

  @Test
  void continuousStatementsAgainstEachBrokenHypothesis() {
    Set<String> found = new TreeSet<>();
    StringBuilder matrix = new StringBuilder("broken \\ statement");
    continuousStatements().keySet().forEach(k -> matrix.append(" | ").append(k));
    matrix.append('\n');
    for (Hypothesis h : new TreeSet<>(InvalidGames.BREAKABLE)) {
      matrix.append(h.label());
      // one draw of cases per hypothesis, shared by its statements: generating a game that breaks exactly h is
      // rejection sampling with a full hypothesis check per attempt, the bulk of this test's time
      long seed = Property.seed("roles-" + h.label());
      SplittableRandom rng = new SplittableRandom(seed);
      List<GameCase> cases = new ArrayList<>();
      for (int t = Property.tries(SEARCH); t > 0; t--) {
        cases.add(InvalidGames.breakingCaseAtTheEdge(rng, h));
      }
      for (Map.Entry<String, Predicate<GameCase>> s : continuousStatements().entrySet()) {
        Predicate<GameCase> p = s.getValue();
        String name = h.label() + " x " + s.getKey();
        GameCase c = Property.searchAmong("roles-" + h.label() + "-" + s.getKey(), seed, cases, p.negate(),
            k -> Games.shrinkCase(k, p));
        if (c != null) {
          found.add(name);
          Findings.reportCase("c-" + s.getKey() + "--breaks-" + h.label(), c, false);
        }
        matrix.append(c == null ? " | -" : " | FAILS");
      }
      matrix.append('\n');
    }
    System.out.println("[roles] continuous statements on games breaking one hypothesis:\n" + matrix);
    if (Property.tries(0) == 0) {
      assertEquals(new TreeSet<>(EXPECTED_CONTINUOUS), found);
    }
  }

  @Test
  void discreteStatementsAgainstEachBrokenHypothesis() {
    Set<String> found = new TreeSet<>();
    StringBuilder matrix = new StringBuilder("broken \\ statement");
    discreteStatements().keySet().forEach(k -> matrix.append(" | ").append(k));
    matrix.append('\n');
    for (Hypothesis h : new TreeSet<>(org.lbgame.gen.Tables.BREAKABLE)) {
      matrix.append(h.label());
      for (Map.Entry<String, Predicate<TableGame>> s : discreteStatements().entrySet()) {
        Predicate<TableGame> p = s.getValue();
        String name = h.label() + " x " + s.getKey();
        TableGame t = Property.search("roles-tables-" + h.label() + "-" + s.getKey(), SEARCH, LbGens.tablesBreaking(h),
            p.negate(), k -> Games.shrinkTable(k, p));
        if (t != null) {
          found.add(name);
          Findings.report(s.getKey() + "--tables-breaking-" + h.label(), t.toJson());
        }
        matrix.append(t == null ? " | -" : " | FAILS");
      }
      matrix.append('\n');
    }
    System.out.println("[roles] discrete statements on tables breaking one hypothesis:\n" + matrix);
    if (Property.tries(0) == 0) {
      assertEquals(new TreeSet<>(EXPECTED_DISCRETE), found);
    }
  }
}
