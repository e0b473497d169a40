package org.lbgame.properties;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lbgame.gen.GameCase;
import org.lbgame.gen.GameFiles;
import org.lbgame.gen.TableGame;
import org.lbgame.model.Game;

/**
 * The counterexamples kept under {@code src/test/resources/counterexamples/}: each file is named
 * {@code <statement>--<where>.json} (discrete tables) or {@code c-<statement>--<where>.game.json}
 * (continuous game, tau in its description), and the statement must still fail on it. The folder
 * {@code sources/} holds the continuous games whose integer-grid tables are the {@code *--integer-grid.json} files.
 */
class CounterexampleRegressionTest {

  static Map<String, Predicate<TableGame>> discrete() {
    Map<String, Predicate<TableGame>> m = new HashMap<>(HypothesisRolesTest.discreteStatements());
    m.put("prop4.5", EquilibriumPropertiesTest::prop45);
    m.put("adjacent-vs-every-jump", EquilibriumPropertiesTest::adjacentAgreesWithEveryJump);
    m.put("thm4.6", EquilibriumPropertiesTest::thm46);
    return m;
  }

  static Map<String, Predicate<GameCase>> continuous() {
    Map<String, Predicate<GameCase>> m = new HashMap<>(HypothesisRolesTest.continuousStatements());
    m.put("prop5.1-strict", c -> {
      for (int i = 0; i + 1 < c.game().size(); i++) {
        if (!(c.game().curve(i).saturation() > c.game().curve(i + 1).saturation())) {
          return false;
        }
      }
      return true;
    });
    return m;
  }

  static GameCase readCase(String json) {
    Game g = GameFiles.parse(json);
    Matcher t = Pattern.compile("tau=(\\d+) horizon=(\\d+)").matcher(g.description());
    assertTrue(t.find(), "description must say tau=... horizon=...");
    return GameCase.of(g, Integer.parseInt(t.group(1)), Integer.parseInt(t.group(2)));
  }

  @TestFactory
  List<DynamicTest> everyKeptCounterexampleStillFails() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/counterexamples").toURI());
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
        String file = f.getFileName().toString();
        String statement = file.substring(0, file.indexOf("--"));
        String json = Files.readString(f, StandardCharsets.UTF_8);
        tests.add(DynamicTest.dynamicTest(file, () -> {
          if (file.endsWith(".game.json")) {
            Predicate<GameCase> p = continuous().get(statement.substring(2));
            assertNotNull(p, "unknown statement " + statement);
            assertFalse(p.test(readCase(json)), statement + " no longer fails on " + file);
          } else {
            Predicate<TableGame> p = discrete().get(statement);
            assertNotNull(p, "unknown statement " + statement);
            assertFalse(p.test(TableGame.parse(json)), statement + " no longer fails on " + file);
          }
        }));
      }
    }
    assertFalse(tests.isEmpty());
    return tests;
  }
}
