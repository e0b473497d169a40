package org.lbgame.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * One model object of the usual valid shape read straight from the parser's tokens: {@code name},
 * {@code capability} and a {@code score} of a known family with exactly its fields, every number finite.
 * Anything else (and any rule the values break) is {@link GameReader}'s signal to read the document again
 * on the exact path, which reports the rule with its message; so the numbers taken here are those the exact
 * path takes ({@code getDoubleValue}, as the tree's nodes convert them). The fast pass's parser does not
 * detect repeated keys: a key seen twice in a model is unusual too.
 */
final class FastModel {
  private FastModel() {
  }

  /** The model whose object starts at the parser's current token. */
  static Model read(JsonParser jp) throws IOException {
    if (jp.currentToken() != JsonToken.START_OBJECT) {
      throw unusual();
    }
    String name = null;
    double capability = Double.NaN;
    boolean capabilitySeen = false;
    ScoreCurve curve = null;
    while (jp.nextToken() == JsonToken.FIELD_NAME) {
      String f = jp.currentName();
      JsonToken v = jp.nextToken();
      switch (f) {
        case "name":
          if (v != JsonToken.VALUE_STRING || name != null) {
            throw unusual();
          }
          name = jp.getText();
          break;
        case "capability":
          require(!capabilitySeen);
          capabilitySeen = true;
          capability = number(jp, v);
          break;
        case "score":
          if (v != JsonToken.START_OBJECT || curve != null) {
            throw unusual();
          }
          curve = curve(jp);
          break;
        default:
          throw unusual();
      }
    }
    if (name == null || Double.isNaN(capability) || curve == null) {
      throw unusual();
    }
    try {
      return Model.of(name, capability, curve);
    } catch (InvalidGameException e) {
      throw unusual();
    }
  }

  private static ScoreCurve curve(JsonParser jp) throws IOException {
    String family = null;
    double a = Double.NaN;
    double b = Double.NaN;
    double floor = Double.NaN;
    double ceiling = Double.NaN;
    double offset = Double.NaN;
    double rate = Double.NaN;
    double[] x = null;
    double[] y = null;
    int seen = 0;
    while (jp.nextToken() == JsonToken.FIELD_NAME) {
      String f = jp.currentName();
      JsonToken v = jp.nextToken();
      int bit = 1 << FIELDS.indexOf(f);
      require((seen & bit) == 0);
      seen |= bit;
      switch (f) {
        case "family":
          if (v != JsonToken.VALUE_STRING) {
            throw unusual();
          }
          family = jp.getText();
          break;
        case "a":
          a = number(jp, v);
          break;
        case "b":
          b = number(jp, v);
          break;
        case "floor":
          floor = number(jp, v);
          break;
        case "ceiling":
          ceiling = number(jp, v);
          break;
        case "offset":
          offset = number(jp, v);
          break;
        case "rate":
          rate = number(jp, v);
          break;
        case "x":
          x = numbers(jp, v);
          break;
        case "y":
          y = numbers(jp, v);
          break;
        default:
          throw unusual();
      }
    }
    if (family == null) {
      throw unusual();
    }
    try {
      switch (family) {
        case PowerLawCurve.FAMILY:
          require(!Double.isNaN(a) && !Double.isNaN(b) && !Double.isNaN(floor) && !Double.isNaN(ceiling)
              && Double.isNaN(rate) && x == null && y == null);
          return PowerLawCurve.of(a, b, floor, ceiling, Double.isNaN(offset) ? 1 : offset);
        case ExponentialSaturationCurve.FAMILY:
          require(!Double.isNaN(floor) && !Double.isNaN(ceiling) && !Double.isNaN(rate) && Double.isNaN(a)
              && Double.isNaN(b) && Double.isNaN(offset) && x == null && y == null);
          return ExponentialSaturationCurve.of(floor, ceiling, rate);
        case TabulatedCurve.FAMILY:
          require(x != null && y != null && Double.isNaN(a) && Double.isNaN(b) && Double.isNaN(floor)
              && Double.isNaN(ceiling) && Double.isNaN(offset) && Double.isNaN(rate));
          return TabulatedCurve.of(x, y);
        default:
          throw unusual();
      }
    } catch (InvalidGameException e) {
      throw unusual();
    }
  }

  /** The score fields, one bit each in the pass over a score (a field not listed is unusual at once). */
  private static final java.util.List<String> FIELDS = java.util.List.of("family", "a", "b", "floor", "ceiling",
      "offset", "rate", "x", "y");

  private static void require(boolean shape) {
    if (!shape) {
      throw unusual();
    }
  }

  /** A finite number; a second value for the same field is a duplicate the parser has already refused. */
  private static double number(JsonParser jp, JsonToken v) throws IOException {
    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) {
      throw unusual();
    }
    double d = jp.getDoubleValue();
    if (!Double.isFinite(d)) {
      throw unusual();
    }
    return d;
  }

  private static double[] numbers(JsonParser jp, JsonToken v) throws IOException {
    if (v != JsonToken.START_ARRAY) {
      throw unusual();
    }
    double[] out = new double[8];
    int k = 0;
    JsonToken t;
    while ((t = jp.nextToken()) != JsonToken.END_ARRAY) {
      if (k == out.length) {
        out = java.util.Arrays.copyOf(out, 2 * k);
      }
      out[k++] = number(jp, t);
    }
    return java.util.Arrays.copyOf(out, k);
  }

  private static RuntimeException unusual() {
    return GameReader.unusual();
  }
}
