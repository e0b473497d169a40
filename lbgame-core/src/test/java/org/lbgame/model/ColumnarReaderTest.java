package org.lbgame.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ColumnarReader} against the strict tree reader ({@link GameReaderTest#reference}: the document read into a
 * tree, then {@link GameJson#fromTree}): whenever it answers, the tree reader reads the same game (written back
 * byte for byte, so every double is the same double, {@code -0.0} included), and on the usual shape it does answer;
 * on random games (key order, white space, number syntax, names, every optional field), on random edits of them,
 * on the examples and on hand-made violations of each strict rule. Its numbers are {@link Double#parseDouble}'s
 * (correctly rounded) for decimal literals and the exact {@code long} for integer literals, as Jackson gives them.
 */
class ColumnarReaderTest {
  private static Game columnar(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return ColumnarReader.read(b, 0, b.length);
  }

  /**
   * Whenever the columnar reader answers, its game is the tree reader's, read in one pass and with the models
   * read in two halves from a split near the middle of the text (any text over 64 bytes); returns whether it
   * answered.
   */
  private static boolean agrees(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    Game g = ColumnarReader.read(bytes, 0, bytes.length, Integer.MAX_VALUE);
    Game split = ColumnarReader.read(bytes, 0, bytes.length, 64);
    String what = text.length() < 2000 ? text : text.substring(0, 2000);
    assertEquals(g == null, split == null, what);
    if (g == null) {
      return false;
    }
    String ref = GameReaderTest.reference(text);
    assertEquals(ref, GameJson.write(g), what);
    assertEquals(ref, GameJson.write(split), what);
    assertNotNull(g.powerLawColumns());
    return true;
  }

  /** A number literal for {@code v} in one of JSON's spellings (as text the reference parses to the same value). */
  private static String literal(SplittableRandom rng, double v) {
    switch (rng.nextInt(5)) {
      case 0:
        return Double.toString(v).replace("E", rng.nextBoolean() ? "E" : "e");
      case 1:
        return new BigDecimal(v).round(new java.math.MathContext(1 + rng.nextInt(25))).toString()
            .replace("E+", rng.nextBoolean() ? "E+" : "e");
      case 2:
        return String.format(Locale.ROOT, "%." + rng.nextInt(18) + "e", v);
      case 3:
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
      default:
        return new BigDecimal(v).round(new java.math.MathContext(17)).toPlainString();
    }
  }

  /** A literal that reads back as {@code v} exactly (capabilities must stay strictly decreasing). */
  private static String exact(SplittableRandom rng, double v) {
    switch (rng.nextInt(3)) {
      case 0:
        return Double.toString(v);
      case 1:
        return String.format(Locale.ROOT, "%.17e", v);
      default:
        return new BigDecimal(v).round(new java.math.MathContext(17)).toString();
    }
  }

  private static String ws(SplittableRandom rng, int style) {
    switch (style) {
      case 0:
        return "";
      case 1:
        return " ";
      default:
        String[] w = {"", " ", "\n", "\t", "\r\n  ", "  "};
        return w[rng.nextInt(w.length)];
    }
  }

  /** One object from key/value texts, keys in a random order. */
  private static String object(SplittableRandom rng, int style, List<String[]> fields) {
    List<String[]> f = new ArrayList<>(fields);
    Collections.shuffle(f, new java.util.Random(rng.nextLong()));
    StringBuilder b = new StringBuilder("{").append(ws(rng, style));
    for (int i = 0; i < f.size(); i++) {
      b.append(i == 0 ? "" : "," + ws(rng, style)).append('"').append(f.get(i)[0]).append('"').append(ws(rng, style))
          .append(':').append(ws(rng, style)).append(f.get(i)[1]);
    }
    return b.append(ws(rng, style)).append('}').toString();
  }

  private static String name(SplittableRandom rng, int i) {
    String chars = "abcXYZ019 _-.{}[],:/#@";
    StringBuilder b = new StringBuilder("m").append(i).append('|');
    for (int k = rng.nextInt(6); k > 0; k--) {
      b.append(chars.charAt(rng.nextInt(chars.length())));
    }
    return b.toString();
  }

  /** A random game of power laws on one common scale, every optional field sometimes present. */
  static String randomGame(SplittableRandom rng, int n) {
    int style = rng.nextInt(3);
    double floor = rng.nextBoolean() ? 0 : rng.nextDouble(-1, 0.5);
    double ceiling = floor + rng.nextDouble(0.1, 2);
    boolean offset = rng.nextBoolean();
    // the common scale in one spelling (other spellings may round to other doubles: another scale)
    String x0 = exact(rng, rng.nextDouble(0.1, 3));
    String lo = exact(rng, floor);
    String hi = exact(rng, ceiling);
    List<String> models = new ArrayList<>();
    double cap = rng.nextDouble(-5, 5) * Math.pow(10, rng.nextInt(-3, 4));
    double a = rng.nextDouble(-20, 20);
    for (int i = 0; i < n; i++) {
      List<String[]> s = new ArrayList<>();
      s.add(new String[] {"family", "\"power-law\""});
      s.add(new String[] {"a", literal(rng, a)});
      s.add(new String[] {"b", literal(rng, rng.nextDouble(0.01, 3))});
      s.add(new String[] {"floor", lo});
      s.add(new String[] {"ceiling", hi});
      if (offset) {
        s.add(new String[] {"offset", x0});
      }
      List<String[]> m = new ArrayList<>();
      m.add(new String[] {"name", "\"" + name(rng, i) + "\""});
      m.add(new String[] {"capability", exact(rng, cap)});
      m.add(new String[] {"score", object(rng, style, s)});
      models.add(object(rng, style, m));
      // rounding in the literal may merge close capabilities: a clear step keeps them decreasing
      cap -= Math.abs(cap) * 1e-3 + rng.nextDouble(0.01, 2);
      a -= rng.nextDouble(-1, 2);
    }
    List<String[]> root = new ArrayList<>();
    root.add(new String[] {"schema", "\"lbgame/1\""});
    root.add(new String[] {"models", "[" + ws(rng, style) + String.join("," + ws(rng, style), models) + ws(rng, style)
        + "]"});
    String[] costs = {"{\"family\": \"linear\", \"kappa\": " + literal(rng, rng.nextDouble(0, 2)) + "}",
        "{\"kappa\":" + literal(rng, rng.nextDouble(0.001, 2)) + ",\"p\":2,\"family\":\"power\"}",
        "{\"family\": \"piecewise-linear\", \"breakpoints\": [0, 0.1], \"slopes\": [0, 10]}",
        "{\"family\": \"tabulated\", \"effort\": [0, 0.1, 0.3], \"cost\": [0, 0.2, 2]}"};
    root.add(new String[] {"cost", costs[rng.nextInt(costs.length)]});
    String[] rewards = {"{\"scheme\": \"winner-take-all\"}", "{\"scheme\": \"top-k\", \"k\": 1}",
        "{\"scheme\": \"reciprocal\"}", "{\"scheme\": \"linear\"}", "{\"q\": 0.5, \"scheme\": \"geometric\"}", null};
    String r = rewards[rng.nextInt(rewards.length)];
    if (r == null) {
      StringBuilder v = new StringBuilder("[");
      double x = rng.nextDouble(0, 10);
      for (int i = 0; i < n; i++) {
        // literals of other precisions may reorder equal values: exact ones
        v.append(i == 0 ? "" : "," + ws(rng, style)).append(exact(rng, x));
        x -= rng.nextInt(3) == 0 ? 0 : rng.nextDouble(0, 1);
      }
      List<String[]> rf = new ArrayList<>();
      rf.add(new String[] {"scheme", "\"explicit\""});
      rf.add(new String[] {"values", v.append(']').toString()});
      r = object(rng, style, rf);
    }
    root.add(new String[] {"rewards", r});
    if (rng.nextBoolean()) {
      root.add(new String[] {"name", "\"" + name(rng, 99) + "\""});
    }
    if (rng.nextBoolean()) {
      root.add(new String[] {"description", "\"a game: " + name(rng, 7) + "\""});
    }
    if (rng.nextBoolean()) {
      root.add(new String[] {"tie", rng.nextBoolean() ? "\"higher-capability\"" : "\"lower-capability\""});
    }
    if (rng.nextInt(3) == 0) {
      StringBuilder v = new StringBuilder("[");
      for (int i = 0; i < n; i++) {
        v.append(i == 0 ? "" : ",").append(literal(rng, rng.nextDouble(0.1, 3)));
      }
      root.add(new String[] {"costScale", v.append(']').toString()});
    }
    int d = rng.nextInt(3);
    if (d == 0) {
      root.add(new String[] {"designer", "{\"R\": 10, \"kappa\": {\"family\": \"linear\", \"kappa\": 0.01}}"});
    } else if (d == 1) {
      root.add(new String[] {"designer", "null"});
    }
    return ws(rng, style) + object(rng, style, root) + ws(rng, style);
  }

  @Test
  void randomGamesOfTheUsualShapeAreReadAsTheTreeReaderReadsThem() {
    SplittableRandom rng = new SplittableRandom(20);
    for (int t = 0; t < 1500; t++) {
      String text = randomGame(rng, 1 + rng.nextInt(t % 10 == 0 ? 300 : 8));
      String ref = GameReaderTest.reference(text);
      assertTrue(!ref.startsWith("error"), text + " -> " + ref);
      // the usual shape is always taken, and read as the tree reader reads it
      assertTrue(agrees(text), "not taken: " + text);
    }
  }

  @Test
  void randomEditsAreTakenOnlyWhenTheTreeReaderReadsTheSameGame() {
    SplittableRandom rng = new SplittableRandom(21);
    String alphabet = "{}[]\":,.-+eE0123456789 \n\tabnulltrue\\/\u00e9\u0000";
    int taken = 0;
    int refused = 0;
    for (int t = 0; t < 4000; t++) {
      StringBuilder b = new StringBuilder(randomGame(rng, 1 + rng.nextInt(4)));
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
            break;
        }
      }
      if (agrees(b.toString())) {
        taken++;
      } else {
        refused++;
        // what it refuses, the streaming reader still reads exactly as the tree reader
        assertEquals(GameReaderTest.reference(b.toString()), GameReaderTest.streamed(b.toString()));
      }
    }
    assertTrue(taken > 300 && refused > 1500, taken + " taken, " + refused + " refused");
  }

  @Test
  void examplesAreReadAsTheTreeReaderReadsThem() throws IOException {
    int taken = 0;
    for (Path p : GameJsonTest.examples()) {
      String text = Files.readString(p);
      taken += agrees(text) ? 1 : 0;
      assertEquals(GameReaderTest.reference(text), GameReaderTest.streamed(text), p.toString());
    }
    assertTrue(taken >= 2, taken + " examples taken");
  }

  @Test
  void numbersAreTheCorrectlyRoundedDoubles() {
    SplittableRandom rng = new SplittableRandom(22);
    int floats = 0;
    for (int t = 0; t < 20_000; t++) {
      String lit;
      switch (t % 4) {
        case 0:
          // any finite double, shortest form
          double v = Double.longBitsToDouble(rng.nextLong());
          lit = Double.isFinite(v) ? Double.toString(v) : "1.5";
          break;
        case 1: {
          // random digits and exponent, up to 25 significant digits (beyond what a double holds)
          StringBuilder b = new StringBuilder(rng.nextBoolean() ? "-" : "");
          b.append(1 + rng.nextInt(9));
          for (int k = rng.nextInt(25); k > 0; k--) {
            b.append(rng.nextInt(10));
          }
          if (rng.nextBoolean()) {
            b.insert(b.length() - rng.nextInt(b.length() - (b.charAt(0) == '-' ? 1 : 0)), '.');
            if (b.charAt(b.length() - 1) == '.') {
              b.append('0');
            }
            if (b.charAt(0) == '.' || b.toString().startsWith("-.")) {
              b.insert(b.charAt(0) == '-' ? 1 : 0, '0');
            }
          }
          b.append(rng.nextBoolean() ? "e" : "E").append(rng.nextInt(-340, 310));
          lit = b.toString();
          break;
        }
        case 2: {
          // halfway between two neighbouring doubles, cut to 40 digits either side of the tie
          double d = Double.longBitsToDouble(rng.nextLong() & 0x7fefffffffffffffL);
          BigDecimal mid = new BigDecimal(d).add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
          BigDecimal cut = mid.round(new java.math.MathContext(40, rng.nextBoolean()
              ? java.math.RoundingMode.FLOOR : java.math.RoundingMode.CEILING));
          lit = cut.toString();
          break;
        }
        default:
          lit = Long.toString(rng.nextLong() % (1L << rng.nextInt(1, 62)));
          break;
      }
      if (!lit.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        continue;
      }
      boolean integer = lit.matches("-?[0-9]+");
      boolean longInteger = integer && lit.replace("-", "").length() > 18;
      double expected = longInteger ? Double.NaN : integer ? Long.parseLong(lit) : Double.parseDouble(lit);
      String text = "{\"schema\":\"lbgame/1\",\"models\":[{\"name\":\"m\",\"capability\":" + lit
          + ",\"score\":{\"family\":\"power-law\",\"a\":" + lit + ",\"b\":1,\"floor\":0,\"ceiling\":1}}],"
          + "\"cost\":{\"family\":\"linear\",\"kappa\":1},\"rewards\":{\"scheme\":\"explicit\",\"values\":[" + lit
          + "]}}";
      Game g = columnar(text);
      if (!Double.isFinite(expected) || lit.length() > 64) {
        assertNull(g, lit);
        continue;
      }
      assertNotNull(g, lit);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(g.powerLawColumns().a(0)), lit);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(g.model(0).capability()), lit);
      assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(g.rewards().get(0)), lit);
      assertEquals(GameReaderTest.reference(text), GameJson.write(g), lit);
      floats += integer ? 0 : 1;
    }
    assertTrue(floats > 10_000, floats + " decimal literals compared");
    // Jackson reads the integer -0 as 0 (an int), the decimal -0.0 as -0.0
    assertEquals(0L, Double.doubleToRawLongBits(columnar(small("-0")).powerLawColumns().a(0)));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(columnar(small("-0.0")).powerLawColumns()
        .a(0)));
  }

  /** One model with intercept {@code a}. */
  private static String small(String a) {
    return "{\"schema\":\"lbgame/1\",\"models\":[{\"name\":\"m\",\"capability\":1,\"score\":{\"family\":\"power-law\","
        + "\"a\":" + a + ",\"b\":1,\"floor\":0,\"ceiling\":1}}],\"cost\":{\"family\":\"linear\",\"kappa\":1},"
        + "\"rewards\":{\"scheme\":\"linear\"}}";
  }

  @Test
  void everyStrictRuleSendsTheDocumentToTheExactReader() {
    assertNotNull(columnar(small("1.5")));
    String[] refused = {"01", "1.", ".5", "+1", "1e", "1e+", "NaN", "Infinity", "-", "1e400", "0x10", "1.5f", "1_0",
        "\"1\"", "null", "true", "[1]", "1234567890123456789", "1" + "0".repeat(70) + ".5"};
    for (String a : refused) {
      assertNull(columnar(small(a)), a);
    }
    String ok = small("1.5");
    String[] bad = {
        ok + " x", ok + "{}", ok.replace("\"b\":1,", "\"b\":1,\"b\":1,"),
        ok.replace("\"name\":\"m\",", "\"name\":\"m\",\"name\":\"m\","),
        ok.replace("\"cost\":", "\"tie\":\"higher-capability\",\"tie\":\"higher-capability\",\"cost\":"),
        ok.replace("\"rewards\":{\"scheme\":\"linear\"}", "\"rewards\":{\"scheme\":\"linear\",\"scheme\":\"linear\"}"),
        ok.replace("\"kappa\":1", "\"kappa\":1,\"kappa\":1"), ok.replace("\"m\"", "\"m\u00e9\""),
        ok.replace("\"m\"", "\"m\\n\""), ok.replace("\"m\"", "\"m\t\""), ok.replace("\"m\"", "\"  \""),
        ok.replace("\"m\"", "\"" + "m".repeat(Model.MAX_NAME_LENGTH + 1) + "\""), "\uFEFF" + ok,
        ok.replace("power-law", "power-laws"), ok.replace("\"b\":1", "\"b\":0"), ok.replace("\"floor\":0", "\"floor\":1"),
        ok.replace("\"ceiling\":1}", "\"ceiling\":1,\"rate\":1}"), ok.replace(",\"b\":1", ""), ok.replace("{", "{\u000b"),
        ok.replace("lbgame/1", "lbgame/2"), ok.replace("\"cost\":{\"family\":\"linear\",\"kappa\":1},", ""),
        ok.replace("\"models\":[", "\"models\":[ ]")};
    for (String text : bad) {
      assertNull(columnar(text), text);
      assertEquals(GameReaderTest.reference(text), GameReaderTest.streamed(text), text);
    }
    // nesting: deeper than the columnar reader takes goes to the exact reader, which applies the strict limit
    String deep = ok.replace("\"rewards\"", "\"designer\":{\"R\":1,\"kappa\":" + "[".repeat(40) + "]".repeat(40)
        + "},\"rewards\"");
    assertNull(columnar(deep));
    assertEquals(GameReaderTest.reference(deep), GameReaderTest.streamed(deep));
  }

  @Test
  void twoModelsOnDifferentScalesOrWithRepeatedNamesOrEqualCapabilitiesAreNotTaken() {
    String two = "{\"schema\":\"lbgame/1\",\"models\":[{\"name\":\"A\",\"capability\":2,\"score\":{\"family\":"
        + "\"power-law\",\"a\":1,\"b\":1,\"floor\":0,\"ceiling\":1}},{\"name\":\"B\",\"capability\":1,\"score\":"
        + "{\"family\":\"power-law\",\"a\":0,\"b\":1,\"floor\":0,\"ceiling\":1}}],\"cost\":{\"family\":\"linear\","
        + "\"kappa\":1},\"rewards\":{\"scheme\":\"winner-take-all\"}}";
    assertTrue(agrees(two));
    String[] bad = {two.replace("\"B\"", "\"A\""), two.replace("\"capability\":1", "\"capability\":2"),
        two.replace("\"a\":0,\"b\":1,\"floor\":0", "\"a\":0,\"b\":1,\"floor\":0.0"),
        two.replace("\"a\":0,\"b\":1,\"floor\":0", "\"a\":0,\"b\":1,\"floor\":-0.0"),
        two.replace("\"ceiling\":1}}]", "\"ceiling\":1,\"offset\":1}}]"),
        two.replace("winner-take-all\"}", "explicit\",\"values\":[1]}")};
    // 0 and 0.0 are the same double (taken); -0.0 is another scale, an explicit offset 1 the default's value
    assertTrue(agrees(bad[2]));
    assertNull(columnar(bad[3]));
    assertTrue(agrees(bad[4]));
    for (String text : new String[] {bad[0], bad[1], bad[5]}) {
      assertNull(columnar(text), text);
      assertTrue(GameReaderTest.reference(text).startsWith("error"), text);
    }
  }
}
