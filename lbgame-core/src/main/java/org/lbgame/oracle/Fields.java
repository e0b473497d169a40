package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.lbgame.model.InvalidGameException;

/** Strict reading of protocol JSON: every malformed field is an {@link InvalidGameException} naming its path. */
final class Fields {
  private Fields() {
  }

  /** Rejects keys of {@code o} outside {@code allowed}. */
  static void only(JsonNode o, String path, String... allowed) {
    if (!o.isObject()) {
      throw new InvalidGameException(path.isEmpty() ? "(root)" : path, "must be a JSON object", o);
    }
    Set<String> ok = new HashSet<>(Arrays.asList(allowed));
    for (Iterator<String> it = o.fieldNames(); it.hasNext();) {
      String k = it.next();
      if (!ok.contains(k)) {
        throw new InvalidGameException(at(path, k), "unknown field (known: " + String.join(", ", allowed) + ")", k);
      }
    }
  }

  static String at(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static JsonNode required(JsonNode o, String path, String key) {
    JsonNode v = o.get(key);
    if (v == null) {
      throw new InvalidGameException(at(path, key), "is required", "nothing");
    }
    return v;
  }

  static String string(JsonNode o, String path, String key, String... choices) {
    JsonNode v = required(o, path, key);
    if (!v.isTextual()) {
      throw new InvalidGameException(at(path, key), "must be a string", v);
    }
    if (choices.length > 0 && !Arrays.asList(choices).contains(v.asText())) {
      throw new InvalidGameException(at(path, key), "must be one of " + String.join(", ", choices),
          "\"" + v.asText() + "\"");
    }
    return v.asText();
  }

  static int integer(JsonNode o, String path, String key, int min) {
    return integer(required(o, path, key), at(path, key), min);
  }

  static int integer(JsonNode v, String path, int min) {
    if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min) {
      throw new InvalidGameException(path, "must be an integer >= " + min, v);
    }
    return v.asInt();
  }

  /** An integer or null ({@code -1} for null). */
  static int integerOrNull(JsonNode o, String path, String key) {
    JsonNode v = required(o, path, key);
    return v.isNull() ? -1 : integer(v, at(path, key), 0);
  }

  static double number(JsonNode o, String path, String key) {
    return number(required(o, path, key), at(path, key));
  }

  /** A finite number, or the strings {@code "inf"}/{@code "-inf"}. */
  static double number(JsonNode v, String path) {
    if (v.isTextual() && v.asText().equals("inf")) {
      return Double.POSITIVE_INFINITY;
    }
    if (v.isTextual() && v.asText().equals("-inf")) {
      return Double.NEGATIVE_INFINITY;
    }
    if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new InvalidGameException(path, "must be a finite number or \"inf\"", v);
    }
    return v.asDouble();
  }

  static JsonNode array(JsonNode o, String path, String key) {
    JsonNode v = required(o, path, key);
    if (!v.isArray()) {
      throw new InvalidGameException(at(path, key), "must be an array", v);
    }
    return v;
  }

  static JsonNode object(JsonNode o, String path, String key) {
    JsonNode v = required(o, path, key);
    if (!v.isObject()) {
      throw new InvalidGameException(at(path, key), "must be an object", v);
    }
    return v;
  }
}
