package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against the tree reader it replaced (kept here as the reference: the whole document
 * read into a tree, then {@link GameJson#fromTree}): the same game or the same one-line error on the
 * examples, on every prefix of a game (malformed JSON at every place), on random edits of it, and on
 * hand-made violations of each rule; trailing content, which the tree reader ignored, is now an error.
 */
class GameReaderTest {
  private static final ObjectMapper TREE = new ObjectMapper(GameReader.FACTORY);

  /** What the tree reader answered: the game written back, or the error line. */
  static String reference(String text) {
    try {
      JsonNode root;
      try {
        root = TREE.readTree(text);
      } catch (JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
            : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        throw new InvalidGameException("json", "must be well-formed JSON" + where,
            e.getOriginalMessage().split("\n")[0]);
      }
      return GameJson.write(GameJson.fromTree(root));
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
      assertEquals(reference(text), GameJson.write(GameJson.read(p)), p.toString());
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
      if (expected.startsWith("error") || !endsWithTheObject(edited)) {
        errors++;
      }
      if (endsWithTheObject(edited) || expected.startsWith("error: json")) {
        assertEquals(expected, streamed(edited), edited);
      } else {
        assertTrue(streamed(edited).startsWith("error"), "trailing content must be rejected: " + edited);
      }
    }
    assertTrue(errors > 1000, "the edits must produce errors of many kinds: " + errors);
  }

  /** True when nothing follows the first JSON value (so the tree reader's answer is the reference). */
  private static boolean endsWithTheObject(String text) {
    try (var p = TREE.getFactory().createParser(text)) {
      try {
        if (p.nextToken() == null) {
          return true;
        }
        p.skipChildren();
      } catch (IOException e) {
        return true;
      }
      try {
        return p.nextToken() == null;
      } catch (IOException e) {
        return false;
      }
    } catch (IOException e) {
      return true;
    }
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
    for (String c : cases) {
      assertEquals(reference(c), streamed(c), c);
    }
  }

  @Test
  void contentAfterTheGameIsRejected() throws IOException {
    String text = small();
    for (String tail : new String[] {"xyz ]]]", "{}", "1", "\"more\"", "{\"schema\": \"lbgame/1\"}"}) {
      InvalidGameException e = assertThrows(InvalidGameException.class, () -> GameJson.parse(text + tail));
      assertEquals("json", e.field(), tail);
    }
    // the tree reader took these: the first object, the rest ignored
    assertTrue(reference(text + "{}").startsWith("{"));
  }

  @Test
  void unreadableAndUndecodableFilesAreInvalidInput(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.json");
    byte[] bytes = small().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(bytes, bytes.length + 2);
    broken[bytes.length] = (byte) 0xC3;
    broken[bytes.length + 1] = (byte) 0x28;
    Files.write(bad, broken);
    assertEquals("file", assertThrows(InvalidGameException.class, () -> GameJson.read(bad)).field());
    assertEquals("file", assertThrows(InvalidGameException.class,
        () -> GameJson.read(dir.resolve("missing.json"))).field());
  }
}
