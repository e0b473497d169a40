package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader against the strict tree reader it replaced (kept here as the reference: the whole
 * document decoded by {@link InputText#read}, read into a tree by {@link StrictJson#parse}, then
 * {@link GameJson#fromTree}): the same game or the same one-line error on the examples, on every prefix of a
 * game (malformed JSON at every place), on random edits of its text and of its bytes (malformed UTF-8, a
 * byte-order mark), on hand-made violations of each rule and of each strict-JSON limit, and on trailing
 * content.
 */
class GameReaderTest {
  /** What the tree reader answered: the game written back, or the error line. */
  static String reference(String text) {
    try {
      return GameJson.write(GameJson.fromTree(StrictJson.parse(text, "json")));
    } catch (InvalidGameException e) {
      return "error: " + e.getMessage();
    }
  }

  /** What the tree reader answered for the file {@code file}. */
  static String reference(Path file) {
    try {
      return GameJson.write(GameJson.fromTree(StrictJson.parse(InputText.read(file, "GAME.json"), "json")));
    } catch (InvalidGameException e) {
      return "error: " + e.getMessage();
    }
  }

  static String streamed(Path file) {
    try {
      return GameJson.write(GameJson.read(file));
    } catch (InvalidGameException e) {
      return "error: " + e.getMessage();
    }
  }

  static String streamed(String text) {
    try {
      return GameJson.write(GameJson.parse(text));
    } catch (InvalidGameException e) {
      return "error: " + e.getMessage();
    }
  }

  static String small() throws IOException {
    return Files.readString(Path.of("examples/score-power-law.json"));
  }

  @Test
  void examplesReadAsTheTreeReaderReadThem() throws IOException {
    for (Path p : GameJsonTest.examples()) {
      String text = Files.readString(p);
      assertEquals(reference(text), streamed(text), p.toString());
      assertEquals(reference(p), GameJson.write(GameJson.read(p)), p.toString());
    }
  }

  @Test
  void everyPrefixGivesTheTreeReadersError() throws IOException {
    String text = small().trim();
    for (int k = 0; k < text.length(); k++) {
      String prefix = text.substring(0, k);
      assertEquals(reference(prefix), streamed(prefix), "prefix of length " + k);
    }
  }

  @Test
  void everyRepeatedKeyGivesTheTreeReadersError() throws IOException {
    // the fast pass's parser does not detect repeated keys (FastModel and GameReader do): every key of every
    // object of the example repeated, with the same value and with another, is the parser's error
    String text = small();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([A-Za-z]+)\"\\s*:\\s*([^,{}\\[\\]]+|\\{|\\[)")
        .matcher(text);
    int keys = 0;
    while (m.find()) {
      String key = m.group(1);
      String value = m.group(2).trim();
      if (value.startsWith("\"") && !(value.length() > 1 && value.endsWith("\""))) {
        continue; // a string with a comma in it (the description)
      }
      // a scalar value repeated as is or as 0; an object or array value repeated as an empty one
      for (String again : value.equals("{") ? new String[] {"{}"} : value.equals("[") ? new String[] {"[]"}
          : new String[] {value, "0"}) {
        String edited = text.substring(0, m.start()) + "\"" + key + "\": " + again + ", " + text.substring(m.start());
        String expected = reference(edited);
        assertTrue(expected.contains("must not repeat a key"), edited + " -> " + expected);
        assertEquals(expected, streamed(edited), edited);
      }
      keys++;
    }
    assertTrue(keys > 15, "keys repeated: " + keys);
  }

  @Test
  void randomEditsGiveTheTreeReadersAnswer() throws IOException {
    String text = small();
    String alphabet = "{}[]\",:0123456789.-eE aNnulltrueIfy\\";
    SplittableRandom rng = new SplittableRandom(3);
    int errors = 0;
    for (int t = 0; t < 3000; t++) {
      StringBuilder b = new StringBuilder(text);
      for (int e = 1 + rng.nextInt(3); e > 0; e--) {
        int at = rng.nextInt(b.length());
        switch (rng.nextInt(3)) {
          case 0:
            b.deleteCharAt(at);
            break;
          case 1:
            b.insert(at, alphabet.charAt(rng.nextInt(alphabet.length())));
            break;
          default:
            b.setCharAt(at, alphabet.charAt(rng.nextInt(alphabet.length())));
        }
      }
      String edited = b.toString().trim();
      String expected = reference(edited);
      if (expected.startsWith("error")) {
        errors++;
      }
      assertEquals(expected, streamed(edited), edited);
    }
    assertTrue(errors > 1000, "the edits must produce errors of many kinds: " + errors);
  }

  @Test
  void randomByteEditsOfAFileGiveTheTreeReadersAnswer(@TempDir Path dir) throws IOException {
    byte[] text = small().getBytes(StandardCharsets.UTF_8);
    byte[] alphabet = "{}[]\",:0.eN \u00e9\uFEFF".getBytes(StandardCharsets.UTF_8);
    SplittableRandom rng = new SplittableRandom(5);
    Path f = dir.resolve("g.json");
    int utf8 = 0;
    for (int t = 0; t < 400; t++) {
      byte[] b = text.clone();
      for (int e = 1 + rng.nextInt(2); e > 0; e--) {
        int at = rng.nextInt(b.length);
        // any byte, lone continuation and lead bytes included, or a piece of a multi-byte character
        b[at] = rng.nextBoolean() ? (byte) rng.nextInt(256) : alphabet[rng.nextInt(alphabet.length)];
      }
      if (rng.nextInt(4) == 0) {
        b = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, b);
      }
      Files.write(f, b);
      String expected = reference(f);
      utf8 += expected.contains("UTF-8") ? 1 : 0;
      assertEquals(expected, streamed(f), new String(b, StandardCharsets.ISO_8859_1));
    }
    assertTrue(utf8 > 50, "the edits must break the encoding often: " + utf8);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  @Test
  void eachRuleGivesTheTreeReadersMessage() throws IOException {
    String text = small();
    List<String> cases = new ArrayList<>();
    cases.add("");
    cases.add("  ");
    cases.add("[]");
    cases.add("42");
    cases.add(text.replace("\"schema\"", "\"extra\": 1, \"schema\""));
    cases.add(text.replace("lbgame/1", "lbgame/2"));
    cases.add(text.replaceFirst("\"models\"\\s*:\\s*\\[", "\"models\": [3, "));
    cases.add(text.replaceFirst("\"models\"\\s*:\\s*\\[", "\"models\": [{\"name\": \"x\"}, "));
    cases.add(text.replaceFirst("\"models\"\\s*:\\s*\\[", "\"models\": [{\"name\": \"x\"}, 7, "));
    cases.add("{\"schema\":\"lbgame/1\",\"models\":[],\"cost\":{\"family\":\"linear\",\"kappa\":1}}");
    cases.add("{\"models\":[{\"bad\":1}],\"schema\":\"lbgame/2\"}");
    cases.add("{\"models\":[{\"bad\":1}],\"schema\":\"lbgame/1\",\"zzz\":0}");
    cases.add("{\"models\":{\"a\":1},\"schema\":\"lbgame/1\"}");
    cases.add("{\"schema\":\"lbgame/1\",\"models\":[{\"bad\":1}],\"schema\":\"lbgame/1\"}");
    cases.add(text.replace("\"ceiling\"", "\"ceiling\": NaN, \"x\""));
    cases.add(text.replaceFirst("\"a\"\\s*:\\s*[-0-9.]+", "\"a\": NaN"));
    cases.add(text.replaceFirst("\"capability\"\\s*:\\s*[-0-9.]+", "\"capability\": 1e999"));
    // the strict configuration: no NaN or Infinity, JSON number syntax, no repeated key, bounded sizes
    for (String n : new String[] {"Infinity", "-Infinity", "0x1p-1", "+1", ".5", "01", "1.", "0.7f",
        "1".repeat(StrictJson.MAX_NUMBER_LENGTH + 1), "0." + "3".repeat(StrictJson.MAX_NUMBER_LENGTH)}) {
      cases.add(text.replaceFirst("\"capability\"\\s*:\\s*[-0-9.]+", "\"capability\": " + n));
      cases.add(text.replaceFirst("\"schema\"", "\"x\": " + n + ", \"schema\""));
    }
    cases.add(text.replaceFirst("\"family\"", "\"b\": 1, \"family\""));
    cases.add(text.replaceFirst("\"name\"", "\"name\": \"twice\", \"name\""));
    cases.add(text.replaceFirst("\\{", "{\"name\": \"first\","));
    cases.add(text.replaceFirst("\"capability\"", "\"deep\": " + "[".repeat(StrictJson.MAX_NESTING + 1)
        + "]".repeat(StrictJson.MAX_NESTING + 1) + ", \"capability\""));
    cases.add(text.replaceFirst("\"schema\"", "\"deep\": " + "[".repeat(StrictJson.MAX_NESTING - 2)
        + "]".repeat(StrictJson.MAX_NESTING - 2) + ", \"schema\""));
    cases.add(text.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"" + "m".repeat(300) + "\""));
    cases.add(text.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"tab\\tin\""));
    for (String c : cases) {
      assertEquals(reference(c), streamed(c), c);
    }
  }

  @Test
  void contentAfterTheGameIsRejected() throws IOException {
    String text = small();
    for (String tail : new String[] {"xyz ]]]", "{}", "1", "\"more\"", "{\"schema\": \"lbgame/1\"}", " ,", "]"}) {
      InvalidGameException e = assertThrows(InvalidGameException.class, () -> GameJson.parse(text + tail));
      assertEquals("json", e.field(), tail);
      assertTrue(e.rule().startsWith("must hold exactly one JSON value"), e.rule());
      assertEquals(reference(text + tail), streamed(text + tail), tail);
    }
    // trailing content is reported before a model's error, as the tree reader reports it
    String bad = text.replaceFirst("\"capability\"\\s*:\\s*[-0-9.]+", "\"capability\": \"x\"") + "{}";
    assertEquals(reference(bad), streamed(bad));
    assertTrue(streamed(bad).contains("must hold exactly one JSON value"), streamed(bad));
  }

  @Test
  void fileErrorsAreTheTreeReadersAndUtf8ComesFirst(@TempDir Path dir) throws IOException {
    byte[] bytes = small().getBytes(StandardCharsets.UTF_8);
    List<byte[]> files = new ArrayList<>();
    // a truncated two-byte character at the end; a lone lead byte inside a name; 0xFF 0xFE at offset 20
    files.add(concat(bytes, new byte[] {(byte) 0xC3}));
    files.add(concat(bytes, new byte[] {(byte) 0xC3, (byte) 0x28}));
    byte[] inName = bytes.clone();
    inName[small().indexOf("\"name\"") + 9] = (byte) 0xE2;
    files.add(inName);
    byte[] ff = concat(Arrays.copyOf(bytes, 20), concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        Arrays.copyOfRange(bytes, 20, bytes.length)));
    files.add(ff);
    // malformed JSON near the start, malformed UTF-8 after it: the tree reader decodes first
    files.add(concat("{,".getBytes(StandardCharsets.UTF_8), concat(bytes, new byte[] {(byte) 0x80})));
    // trailing content, then a bad byte; a byte-order mark before the game; one before an error
    files.add(concat(bytes, new byte[] {'x', (byte) 0xC0, (byte) 0xAF}));
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    files.add(concat(bom, bytes));
    files.add(concat(bom, "{}".getBytes(StandardCharsets.UTF_8)));
    files.add(concat(bom, bom));
    files.add(new byte[0]);
    // a three-byte character cut by the 64 KiB block of the UTF-8 check, and a bad byte right after a block
    for (int pad = (1 << 16) - 4; pad <= (1 << 16) + 1; pad++) {
      byte[] big = concat(bytes, " ".repeat(pad).getBytes(StandardCharsets.UTF_8));
      files.add(concat(big, new byte[] {(byte) 0xE2, (byte) 0x82}));
      files.add(concat(big, new byte[] {(byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xFF, 1, 2, 3, 4}));
    }
    Path f = dir.resolve("g.json");
    for (byte[] b : files) {
      Files.write(f, b);
      String expected = reference(f);
      assertEquals(expected, streamed(f), expected);
    }
    Files.write(f, ff);
    InvalidGameException e = assertThrows(InvalidGameException.class, () -> GameJson.read(f));
    assertEquals("GAME.json", e.field());
    assertEquals("must be valid UTF-8 (malformed bytes at offset 20)", e.rule());
    assertTrue(e.value().startsWith("0xfffe"), e.value());
    assertEquals("GAME.json", assertThrows(InvalidGameException.class,
        () -> GameJson.read(dir.resolve("missing.json"))).field());
    assertEquals("GAME.json", assertThrows(InvalidGameException.class, () -> GameJson.read(dir)).field());
  }
}
