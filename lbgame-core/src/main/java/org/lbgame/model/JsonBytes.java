package org.lbgame.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.NumberInput;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A strict cursor over the bytes of a JSON text, for {@link ColumnarReader}: white space, punctuation, keys
 * from a known list, strings of printable ASCII without escapes, numbers in JSON's grammar (converted as Jackson
 * converts them), and any small value cut out as text for the strict parser. Whatever it does not take
 * (anything outside that subset, malformed or not) is {@link GameReader#unusual()}: the caller gives up and the
 * exact reader reads the document.
 */
class JsonBytes {
  /** Longest number literal taken here (longer ones, up to the strict limit, go to the exact reader). */
  static final int MAX_NUMBER = 64;
  /** Deepest nesting inside a small value taken here (the strict limit counts the whole document). */
  static final int MAX_DEPTH = 16;

  final byte[] buf;
  final int end;
  int pos;
  private final char[] digits = new char[MAX_NUMBER];

  JsonBytes(byte[] buf, int from, int to) {
    this.buf = buf;
    this.pos = from;
    this.end = to;
  }

  /** The signal that the text is not taken here. */
  static RuntimeException unusual() {
    return GameReader.unusual();
  }

  // the columns at their length (copied only when longer: each copy of a 10^6-model column is 8 MB)
  static byte[] trim(byte[] v, int n) {
    return v.length == n ? v : Arrays.copyOf(v, n);
  }

  /** {@code v} at length {@code n}. */
  static int[] trim(int[] v, int n) {
    return v.length == n ? v : Arrays.copyOf(v, n);
  }

  /** {@code v} at length {@code n}. */
  static double[] trim(double[] v, int n) {
    return v.length == n ? v : Arrays.copyOf(v, n);
  }

  /** An array of numbers ({@code expected} of them, a guess for its buffer). */
  final double[] numbers(int expected) {
    expect('[');
    ws();
    double[] out = new double[Math.max(16, expected)];
    int k = 0;
    if (peek() == ']') {
      pos++;
      return new double[0];
    }
    do {
      ws();
      if (k == out.length) {
        out = Arrays.copyOf(out, 2 * k);
      }
      out[k++] = number();
      ws();
    } while (next() == ',');
    require(buf[pos - 1] == ']');
    return trim(out, k);
  }

  /** A finite number in JSON's grammar, as Jackson converts it. */
  final double number() {
    int from = pos;
    boolean negative = peek() == '-';
    if (negative) {
      pos++;
    }
    int c = peek();
    if (c == '0') {
      pos++;
    } else if (c >= '1' && c <= '9') {
      while (pos < end && isDigit(buf[pos])) {
        pos++;
      }
    } else {
      throw unusual();
    }
    boolean integer = true;
    if (pos < end && buf[pos] == '.') {
      pos++;
      digitsRequired();
      integer = false;
    }
    if (pos < end && (buf[pos] == 'e' || buf[pos] == 'E')) {
      pos++;
      if (pos < end && (buf[pos] == '+' || buf[pos] == '-')) {
        pos++;
      }
      digitsRequired();
      integer = false;
    }
    int len = pos - from;
    require(len <= MAX_NUMBER);
    if (integer) {
      int first = negative ? from + 1 : from;
      require(pos - first <= 18);
      long v = 0;
      for (int i = first; i < pos; i++) {
        v = 10 * v + (buf[i] - '0');
      }
      return negative ? -v : v;
    }
    for (int i = 0; i < len; i++) {
      digits[i] = (char) buf[from + i];
    }
    double d = NumberInput.parseDouble(digits, 0, len, true);
    require(Double.isFinite(d));
    return d;
  }

  /** One digit or more. */
  final void digitsRequired() {
    require(pos < end && isDigit(buf[pos]));
    while (pos < end && isDigit(buf[pos])) {
      pos++;
    }
  }

  /** An ASCII digit. */
  static boolean isDigit(byte c) {
    return c >= '0' && c <= '9';
  }

  /** A string of printable ASCII without escapes. */
  final String string() {
    int from = stringBytes();
    return new String(buf, from, pos - 1 - from, StandardCharsets.ISO_8859_1);
  }

  /**
   * Scans a string of printable ASCII without escapes and returns the offset of its first byte; its bytes end just
   * before the closing quote, at {@code pos - 1}.
   */
  final int stringBytes() {
    expect('"');
    int from = pos;
    while (pos < end && buf[pos] != '"') {
      byte c = buf[pos];
      require(c >= 0x20 && c <= 0x7e && c != '\\');
      pos++;
    }
    require(pos < end);
    pos++;
    return from;
  }

  /** The index of the key at {@code pos} in {@code keys}, then past the colon. */
  final int key(byte[][] keys) {
    expect('"');
    int from = pos;
    while (pos < end && buf[pos] != '"') {
      pos++;
    }
    require(pos < end);
    int len = pos - from;
    pos++;
    for (int k = 0; k < keys.length; k++) {
      if (keys[k].length == len && Arrays.equals(buf, from, pos - 1, keys[k], 0, len)) {
        ws();
        expect(':');
        return k;
      }
    }
    throw unusual();
  }

  /** The small value at {@code pos}, cut out as text and read by the strict parser. */
  final JsonNode slice() {
    int from = pos;
    skip(0);
    String text = new String(buf, from, pos - from, StandardCharsets.ISO_8859_1);
    try (JsonParser jp = StrictJson.factory().createParser(text)) {
      jp.nextToken();
      JsonNode node = GameReader.tree(jp);
      require(jp.nextToken() == null);
      return node;
    } catch (java.io.IOException e) {
      throw unusual();
    }
  }

  /** Skips one value of ASCII JSON (the strict parser checks the text it spans). */
  final void skip(int depth) {
    require(depth < MAX_DEPTH);
    int c = peek();
    if (c == '{' || c == '[') {
      pos++;
      int close = c == '{' ? '}' : ']';
      ws();
      if (peek() == close) {
        pos++;
        return;
      }
      do {
        ws();
        if (c == '{') {
          skipString();
          ws();
          expect(':');
          ws();
        }
        skip(depth + 1);
        ws();
      } while (next() == ',');
      require(buf[pos - 1] == close);
    } else if (c == '"') {
      skipString();
    } else if (c == '-' || isDigit((byte) c)) {
      number();
    } else {
      while (pos < end && buf[pos] >= 'a' && buf[pos] <= 'z') {
        pos++;
      }
    }
  }

  /** Past one string, escapes included (the strict parser checks them). */
  final void skipString() {
    expect('"');
    while (true) {
      require(pos < end);
      byte c = buf[pos++];
      require(c >= 0x20);
      if (c == '"') {
        return;
      }
      if (c == '\\') {
        require(pos < end);
        pos++;
      }
    }
  }

  /** Past JSON's white space (space, tab, line feed, carriage return). */
  final void ws() {
    while (pos < end) {
      byte c = buf[pos];
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        return;
      }
      pos++;
    }
  }

  /** The byte at the cursor. */
  final int peek() {
    require(pos < end);
    return buf[pos];
  }

  /** The byte at the cursor, then past it. */
  final int next() {
    require(pos < end);
    return buf[pos++];
  }

  /** Past {@code c}, which must be at the cursor. */
  final void expect(char c) {
    require(pos < end && buf[pos] == c);
    pos++;
  }

  /** The text is taken only if {@code shape} holds. */
  static void require(boolean shape) {
    if (!shape) {
      throw unusual();
    }
  }

  /** The ASCII bytes of each key. */
  static byte[][] keys(String... k) {
    byte[][] out = new byte[k.length][];
    for (int i = 0; i < k.length; i++) {
      out[i] = k[i].getBytes(StandardCharsets.US_ASCII);
    }
    return out;
  }
}
