package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  private static InvalidGameException bad(String text) {
    return assertThrows(InvalidGameException.class, () -> StrictJson.parse(text, "IN.json"));
  }

  @Test
  void exactlyOneValue() {
    assertEquals(2, StrictJson.parse(" {\"a\": [1, 2]}\n\t ", "IN.json").get("a").size());
    InvalidGameException e = bad("{\"a\": 1}\n{\"a\": 2}");
    assertEquals("IN.json", e.field());
    assertEquals("must hold exactly one JSON value: content follows it at line 1, column 9", e.rule());
    assertTrue(bad("[1] xyz ]]]").rule().startsWith("must hold exactly one JSON value"));
    assertEquals("empty input", bad("  \n").value());
  }

  @Test
  void repeatedKeysAreNamedByTheirPath() {
    InvalidGameException e = bad("{\"models\": [{\"n\": 1}, {\"n\": 2, \"n\": 3}]}");
    assertEquals("models[1].n", e.field());
    assertTrue(e.rule().startsWith("must not repeat a key"), e.rule());
  }

  @Test
  void onlyJsonNumbers() {
    for (String n : new String[] {"NaN", "Infinity", "-Infinity"}) {
      InvalidGameException e = bad("{\"a\": [0, " + n + "]}");
      assertEquals("a[1]", e.field(), n);
      assertEquals(n, e.value());
    }
    for (String n : new String[] {"0x1p-1", "0.7f", "+1", ".5", "01", "1."}) {
      assertEquals("IN.json", bad("{\"a\": " + n + "}").field(), n);
    }
    assertTrue(bad("[" + "1".repeat(StrictJson.MAX_NUMBER_LENGTH + 1) + "]").rule().startsWith("exceeds a size limit"));
    assertTrue(bad("[".repeat(StrictJson.MAX_NESTING + 1)).rule().startsWith("exceeds a size limit"));
  }

  @Test
  void encodingErrorsAreReportedAsSuch() {
    byte[] b = "{\"a\": \"x\"}".getBytes(StandardCharsets.UTF_8);
    b[7] = (byte) 0xc3;
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> InputText.utf8(b, "IN.json"));
    assertEquals("must be valid UTF-8 (malformed bytes at offset 7)", e.rule());
    assertEquals("0xc3227d", e.value());
    assertEquals("{}", InputText.utf8("\uFEFF{}".getBytes(StandardCharsets.UTF_8), "IN.json"));
  }

  @Test
  void valuesInMessagesAreShortOneLiners() {
    String s = Excerpt.of("a".repeat(1_000_000) + "\nz");
    assertEquals(Excerpt.MESSAGE, s.length());
    assertTrue(s.startsWith("aaaa") && s.endsWith("a\\nz") && s.contains("..."), s);
    assertEquals("tab\\there", Excerpt.of("tab\there"));
    assertEquals("short", Excerpt.of("short"));
    InvalidGameException e = new InvalidGameException("f", "r", "x".repeat(100_000));
    assertTrue(e.getMessage().length() < 100, e.getMessage());
  }
}
