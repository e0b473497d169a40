package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class GameJsonTest {
  private static final String TWO = "{\"schema\":\"lbgame/1\",\"models\":["
      + "{\"name\":\"a\",\"capability\":2,\"score\":{\"family\":\"power-law\",\"a\":1,\"b\":0.5,\"floor\":0,\"ceiling\":1}},"
      + "{\"name\":\"b\",\"capability\":1,\"score\":{\"family\":\"power-law\",\"a\":0,\"b\":0.5,\"floor\":0,\"ceiling\":1}}],"
      + "\"cost\":{\"family\":\"linear\",\"kappa\":1},\"rewards\":{\"scheme\":\"winner-take-all\"}}";

  static List<Path> examples() throws IOException {
    try (Stream<Path> s = Files.list(Paths.get("examples"))) {
      return s.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyExampleReadsAndRoundTripsExactly() throws IOException {
    List<Path> files = examples();
    assertTrue(files.size() >= 8, "examples: one per score and cost family plus the Qwen game");
    for (Path p : files) {
      Game g = GameJson.read(p);
      String once = GameJson.write(g);
      assertEquals(once, GameJson.write(GameJson.parse(once)), p.toString());
    }
  }

  @Test
  void theExamplesCoverEveryFamily() throws IOException {
    java.util.Set<String> score = new java.util.HashSet<>();
    java.util.Set<String> cost = new java.util.HashSet<>();
    for (Path p : examples()) {
      Game g = GameJson.read(p);
      g.models().forEach(m -> score.add(m.curve().family()));
      cost.add(g.cost().family());
    }
    assertEquals(java.util.Set.of("power-law", "exponential-saturation", "tabulated"), score);
    assertEquals(java.util.Set.of("linear", "power", "piecewise-linear", "tabulated"), cost);
  }

  @Test
  void defaultsAreOffsetOneUnitScalesAndTiesToTheHigherCapability() {
    Game g = GameJson.parse(TWO);
    assertEquals(1.0, ((PowerLawCurve) g.curve(0)).offset());
    assertEquals(1.0, g.costScale(1));
    assertEquals(TieRule.HIGHER_CAPABILITY, g.tieRule());
  }

  private static InvalidGameException bad(String json) {
    return assertThrows(InvalidGameException.class, () -> GameJson.parse(json));
  }

  @Test
  void strictReadingNamesFieldRuleAndValue() {
    InvalidGameException e = bad(TWO.replace("\"kappa\":1}", "\"kappa\":1,\"extra\":3}"));
    assertEquals("cost.extra", e.field());
    assertTrue(e.rule().startsWith("unknown field"));
    assertEquals("3", e.value());

    e = bad(TWO.replace("\"family\":\"linear\"", "\"family\":\"cubic\""));
    assertEquals("cost.family", e.field());
    assertEquals("\"cubic\"", e.value());

    e = bad(TWO.replace("\"a\":0,", "\"a\":NaN,"));
    assertEquals("models[1].score.a", e.field());
    assertEquals("must be a finite number in JSON syntax (NaN and Infinity are not JSON)", e.rule());
    assertEquals("NaN", e.value());

    e = bad(TWO.replace("\"capability\":1", "\"capability\":3"));
    assertEquals("models[1].capability", e.field());
    assertEquals("3", e.value());

    e = bad(TWO.replace("\"floor\":0,\"ceiling\":1}},{", "\"floor\":1,\"ceiling\":1}},{"));
    assertEquals("models[0].score.floor", e.field());

    e = bad(TWO.replace("{\"scheme\":\"winner-take-all\"}", "{\"scheme\":\"explicit\",\"values\":[0,1]}"));
    assertEquals("rewards.values[1]", e.field());

    e = bad(TWO.replace("\"b\":0.5,\"floor\":0,\"ceiling\":1}}]", "\"b\":\"x\",\"floor\":0,\"ceiling\":1}}]"));
    assertEquals("models[1].score.b", e.field());
    assertEquals("must be a number", e.rule());

    e = bad(TWO.replace("\"schema\":\"lbgame/1\",", ""));
    assertEquals("schema", e.field());
    assertEquals("is required", e.rule());

    e = bad(TWO.substring(0, 40));
    assertEquals("json", e.field());

    e = bad(TWO.replace("\"cost\":{", "\"costScale\":[1,-2],\"cost\":{"));
    assertEquals("costScale[1]", e.field());

    e = bad(TWO.replace("\"cost\":{", "\"tie\":\"random\",\"cost\":{"));
    assertEquals("tie", e.field());

    e = bad(TWO.replace("\"a\":1,", "\"a\":1e400,"));
    assertEquals("models[0].score.a", e.field());
  }
}
