package org.lbgame.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Iterator;

/** Strict reading of one JSON object of a game file: typed fields, required fields, no unknown fields. */
final class JsonObject {
  private final JsonNode node;
  private final String path;

  private JsonObject(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The object at {@code path}; anything else is an input error. */
  static JsonObject of(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new InvalidGameException(path.isEmpty() ? "game" : path, "must be a JSON object", show(node));
    }
    return new JsonObject(node, path);
  }

  /** The path of this object itself. */
  String base() {
    return path;
  }

  String path(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** Rejects any field not in {@code allowed}. */
  JsonObject only(String... allowed) {
    Iterator<String> it = node.fieldNames();
    while (it.hasNext()) {
      String f = it.next();
      if (!Arrays.asList(allowed).contains(f)) {
        throw new InvalidGameException(path(f), "unknown field (allowed: " + String.join(", ", allowed) + ")",
            show(node.get(f)));
      }
    }
    return this;
  }

  boolean has(String f) {
    return node.has(f) && !node.get(f).isNull();
  }

  JsonNode required(String f) {
    if (!has(f)) {
      throw new InvalidGameException(path(f), "is required", "missing");
    }
    return node.get(f);
  }

  JsonObject object(String f) {
    return of(required(f), path(f));
  }

  String string(String f) {
    JsonNode v = required(f);
    if (!v.isTextual()) {
      throw new InvalidGameException(path(f), "must be a string", show(v));
    }
    return v.asText();
  }

  String string(String f, String dflt) {
    return has(f) ? string(f) : dflt;
  }

  double number(String f) {
    return number(required(f), path(f));
  }

  double number(String f, double dflt) {
    return has(f) ? number(f) : dflt;
  }

  int integer(String f) {
    JsonNode v = required(f);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw new InvalidGameException(path(f), "must be an integer", show(v));
    }
    return v.intValue();
  }

  double[] numbers(String f) {
    JsonNode v = required(f);
    if (!v.isArray()) {
      throw new InvalidGameException(path(f), "must be an array of numbers", show(v));
    }
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      JsonNode e = v.get(i);
      // the path only when it is reported: a million rewards made a million strings
      out[i] = e.isNumber() && Double.isFinite(e.doubleValue()) ? e.doubleValue() : number(e, path(f) + "[" + i + "]");
    }
    return out;
  }

  static double number(JsonNode v, String path) {
    if (v == null || !v.isNumber()) {
      throw new InvalidGameException(path, "must be a number", show(v));
    }
    double d = v.doubleValue();
    if (!Double.isFinite(d)) {
      throw new InvalidGameException(path, "must be a finite number", v.asText());
    }
    return d;
  }

  static String show(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "missing";
    }
    return shorten(v.toString());
  }

  /** {@code s} cut to 60 characters. */
  static String shorten(String s) {
    return s == null ? "null" : s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }
}
