package org.lbgame.model;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The one strict JSON configuration every reader uses (game, result, query, lm-eval, harmony): UTF-8 only,
 * exactly one value and nothing after it, no repeated key, numbers only in JSON's decimal syntax (no
 * {@code NaN}, {@code Infinity}, hexadecimal or suffixes), bounded nesting, number length and input size.
 * Every violation is an {@link InvalidGameException} naming the input (or the path inside it), the rule and
 * a short excerpt of the offending text. Streaming readers take {@link #factory()} and finish with
 * {@link #requireEnd}.
 */
public final class StrictJson {
  /** Deepest nesting of arrays and objects (lbgame's formats need fewer than 10 levels). */
  public static final int MAX_NESTING = 64;
  /** Longest number literal, in characters (a double needs fewer than 30). */
  public static final int MAX_NUMBER_LENGTH = 400;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
          .maxNumberLength(MAX_NUMBER_LENGTH).maxDocumentLength(InputText.MAX_BYTES).build())
      .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(Excerpt.MESSAGE)
          .maxRawContentLength(Excerpt.MESSAGE).build())
      .build();

  /**
   * The mapper and tree reader, made on first use: the streaming game reader needs neither, and starting a
   * mapper loads some 200 classes a run of the command-line tool does not otherwise need.
   */
  private static final class Mappers {
    static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();
    /** Reads one tree and stops after it: {@link #requireEnd} then names trailing content as such. */
    static final ObjectReader TREE = MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private StrictJson() {
  }

  /** The strict factory, for streaming readers (they must call {@link #requireEnd} after the value). */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * The strict factory without the parser's duplicate-key detection, for a first pass that detects repeated
   * keys itself and hands any document with one to a pass on {@link #factory()} (which reports it with the
   * parser's message): the parser's detection builds a hash set for every object of three or more keys, half
   * of what reading a 10^6-model game allocated.
   */
  static JsonFactory factoryWithoutDuplicateDetection() {
    return FastFactory.FACTORY;
  }

  /** Made on first use. */
  private static final class FastFactory {
    static final JsonFactory FACTORY = StrictJson.FACTORY.rebuild()
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
  }

  /** A mapper over the strict factory (reading trees; also fine for building and writing them). */
  public static ObjectMapper mapper() {
    return Mappers.MAPPER;
  }

  /** Reads the file {@code file} as one JSON value; {@code label} names it in errors (e.g. {@code RESULT.json}). */
  public static JsonNode read(Path file, String label) {
    return parse(InputText.read(file, label), label);
  }

  /**
   * A streaming parser over {@code file} (an existing regular file of at most {@link InputText#MAX_BYTES}
   * bytes): read the value, call {@link #requireEnd}, and turn a parse failure into {@link #invalid}.
   */
  public static JsonParser parser(Path file, String label) {
    InputText.check(file, label);
    try {
      return FACTORY.createParser(file.toFile());
    } catch (IOException | SecurityException e) {
      throw new InvalidGameException(label, "must be a readable file", file + " (" + e.getMessage() + ")");
    }
  }

  /** Parses {@code text} as exactly one JSON value; {@code label} names the input in errors. */
  public static JsonNode parse(String text, String label) {
    try (JsonParser p = FACTORY.createParser(text)) {
      JsonNode n;
      try {
        n = Mappers.TREE.readTree(p);
      } catch (JsonProcessingException e) {
        throw invalid(e, label);
      }
      if (n == null || n.isMissingNode()) {
        throw new InvalidGameException(label, "must be one JSON value", "empty input");
      }
      requireEnd(p, label);
      return n;
    } catch (IOException e) {
      // a String source raises no other I/O error
      throw new IllegalStateException(e);
    }
  }

  /** Rejects anything but white space after the value {@code p} has just read. */
  public static void requireEnd(JsonParser p, String label) {
    JsonLocation end = p.currentLocation();
    boolean more;
    try {
      more = p.nextToken() != null;
    } catch (IOException e) {
      more = true;
    }
    if (more) {
      throw new InvalidGameException(label, "must hold exactly one JSON value: content follows it at line "
          + end.getLineNr() + ", column " + end.getColumnNr(), "trailing content");
    }
  }

  /** The input error for a parse failure {@code e} of the input {@code label}. */
  public static InvalidGameException invalid(JsonProcessingException e, String label) {
    String msg = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String first = msg.lines().findFirst().orElse("");
    String inside = path(e);
    JsonLocation loc = e.getLocation();
    String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    if (e instanceof StreamConstraintsException) {
      int cut = first.indexOf(" (");
      return new InvalidGameException(inside.isEmpty() ? label : inside, "exceeds a size limit of lbgame"
          + where, cut > 0 ? first.substring(0, cut) : first);
    }
    if (first.startsWith("Duplicate field '")) {
      return new InvalidGameException(inside.isEmpty() ? label : inside, "must not repeat a key of its object" + where,
          quoted(first));
    }
    if (first.startsWith("Non-standard token '")) {
      return new InvalidGameException(inside.isEmpty() ? label : inside,
          "must be a finite number in JSON syntax (NaN and Infinity are not JSON)", quoted(first));
    }
    if (first.contains("UTF-8") || first.contains("Invalid UTF")) {
      return new InvalidGameException(label, "must be valid UTF-8" + where, first);
    }
    return new InvalidGameException(label, "must be well-formed JSON" + where, first);
  }

  private static String quoted(String msg) {
    int a = msg.indexOf('\'');
    int b = msg.indexOf('\'', a + 1);
    return a >= 0 && b > a ? msg.substring(a + 1, b) : msg;
  }

  /** The path inside the document where parsing stopped, e.g. {@code models[0].score.a}; empty at the top. */
  private static String path(JsonProcessingException e) {
    Object src = e.getProcessor();
    if (!(src instanceof JsonParser)) {
      return "";
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = ((JsonParser) src).getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    String s = String.join("", parts);
    return s.startsWith(".") ? s.substring(1) : s;
  }
}
