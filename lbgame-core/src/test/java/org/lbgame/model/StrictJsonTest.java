package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void streamingReadersGetTheSameRules(@TempDir Path dir) throws IOException {
    Path f = Files.writeString(dir.resolve("s.json"), "{\"a\": [1, 2]} {\"b\": 1}");
    try (JsonParser p = StrictJson.parser(f, "S.json")) {
      assertEquals(JsonToken.START_OBJECT, p.nextToken());
      p.skipChildren();
      InvalidGameException e = assertThrows(InvalidGameException.class, () -> StrictJson.requireEnd(p, "S.json"));
      assertTrue(e.rule().startsWith("must hold exactly one JSON value"), e.rule());
    }
    Path u = Files.write(dir.resolve("u.json"), new byte[] {'[', '"', (byte) 0xff, '"', ']'});
    try (JsonParser p = StrictJson.parser(u, "U.json")) {
      JsonProcessingException x = assertThrows(JsonProcessingException.class, () -> {
        while (p.nextToken() != null) {
          p.getText();
        }
      });
      assertTrue(StrictJson.invalid(x, "U.json").rule().startsWith("must be valid UTF-8"), x.getMessage());
    }
    Path d = Files.writeString(dir.resolve("d.json"), "{\"a\": 1, \"a\": 2}");
    try (JsonParser p = StrictJson.parser(d, "D.json")) {
      JsonProcessingException x = assertThrows(JsonProcessingException.class, () -> {
        while (p.nextToken() != null) {
          continue;
        }
      });
      assertEquals("a", StrictJson.invalid(x, "D.json").field());
    }
    assertEquals("M.json", assertThrows(InvalidGameException.class,
        () -> StrictJson.parser(dir.resolve("missing.json"), "M.json")).field());
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
