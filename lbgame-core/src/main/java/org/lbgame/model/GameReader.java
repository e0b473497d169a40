package org.lbgame.model;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a game file with Jackson's streaming parser: the models are turned into {@link Model}s one by one
 * as they are read, so memory holds the game, never the document's tree (a tree of 10^6 models takes
 * gigabytes). Every rule of {@link GameJson#fromTree} is applied in the same order with the same messages:
 * each model is validated on its own small tree as soon as it is read, its first error is kept, and the
 * checks run once the whole document has been read, so that malformed JSON anywhere still takes precedence
 * as it does when the tree is read first. Strict: duplicate keys (the parser's strict duplicate detection)
 * and anything after the game object are rejected; this reader's parser configuration is {@link #FACTORY}.
 */
final class GameReader {
  /**
   * The one parser configuration of game files: non-numeric numbers are read so that {@code NaN} is
   * reported as a non-finite number, duplicate keys are an error.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();


  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private GameReader() {
  }

  /**
   * The value at the parser's current token as a tree, with the node types Jackson's tree deserializer
   * gives ({@code int}, {@code long} or big integer nodes for integers, double nodes for the rest, NaN
   * included), built without an {@code ObjectMapper}: starting one loads some 200 classes a run of the
   * command-line tool does not otherwise need.
   */
  static JsonNode tree(JsonParser jp) throws IOException {
    switch (jp.currentToken()) {
      case START_OBJECT: {
        // the parser's calls of Jackson's tree deserializer (nextFieldName, then nextToken): its error
        // messages for a malformed value depend on which call met it
        ObjectNode o = NODES.objectNode();
        for (String f = jp.nextFieldName(); f != null; f = jp.nextFieldName()) {
          jp.nextToken();
          o.set(f, tree(jp));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        while (jp.nextToken() != JsonToken.END_ARRAY) {
          a.add(tree(jp));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(jp.getText());
      case VALUE_NUMBER_INT:
        switch (jp.getNumberType()) {
          case INT:
            return NODES.numberNode(jp.getIntValue());
          case LONG:
            return NODES.numberNode(jp.getLongValue());
          default:
            return NODES.numberNode(jp.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(jp.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + jp.currentToken());
    }
  }

  /** Reads the game file at {@code file} (UTF-8; an unreadable or undecodable file is invalid input). */
  static Game read(Path file) {
    Source open = () -> new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
        .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
    try {
      return read(open);
    } catch (IOException e) {
      throw new InvalidGameException("file", "must be a readable game file", file);
    }
  }

  /** Parses a game from JSON text. */
  static Game parse(String text) {
    try {
      return read(() -> new StringReader(text));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Opens the document, once for the fast pass and again when the exact pass is needed. */
  private interface Source {
    Reader open() throws IOException;
  }

  /** The signal that sends the document to the exact pass. */
  static RuntimeException unusual() {
    return new Unusual();
  }

  /** Thrown by the fast pass when a model is not of the usual shape: the exact pass takes over. */
  private static final class Unusual extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unusual() {
      super(null, null, false, false);
    }
  }

  /**
   * The fast pass reads each model straight from the tokens into its curve's numbers; any model that is not
   * of the usual valid shape (a missing, extra, null or mistyped field, a value a rule rejects) sends the
   * whole document to the exact pass, which validates each model on its own tree with the rules' messages.
   */
  private static Game read(Source source) throws IOException {
    try (Reader in = source.open()) {
      return read(in, true);
    } catch (Unusual e) {
      try (Reader in = source.open()) {
        return read(in, false);
      }
    }
  }

  private static Game read(Reader in, boolean fast) throws IOException {
    Parsed p;
    try (JsonParser jp = FACTORY.createParser(in)) {
      p = parse(jp, fast);
    } catch (JsonProcessingException e) {
      if (fast) {
        // the message and its position come from the exact pass
        throw new Unusual();
      }
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new InvalidGameException("json", "must be well-formed JSON" + where, e.getOriginalMessage().split("\n")[0]);
    }
    return GameJson.build(p.root, p.models, p.modelError, p.modelCount);
  }

  /** The document read: the root (with the models array left out when it was streamed) and the models. */
  private static final class Parsed {
    JsonNode root;
    List<Model> models;
    InvalidGameException modelError;
    int modelCount;
  }

  private static Parsed parse(JsonParser jp, boolean fast) throws IOException {
    Parsed p = new Parsed();
    JsonToken t = jp.nextToken();
    if (t == null) {
      p.root = null;
    } else if (t != JsonToken.START_OBJECT) {
      p.root = tree(jp);
    } else {
      ObjectNode root = NODES.objectNode();
      for (String f = jp.nextFieldName(); f != null; f = jp.nextFieldName()) {
        JsonToken v = jp.nextToken();
        if (f.equals("models") && v == JsonToken.START_ARRAY) {
          // a placeholder keeps the field's place for the unknown-field check; build() reads the models from p
          root.putArray(f);
          streamModels(jp, p, fast);
        } else {
          root.set(f, tree(jp));
        }
      }
      p.root = root;
    }
    if (t != null) {
      JsonToken after = jp.nextToken();
      if (after != null) {
        throw new InvalidGameException("json", "must be well-formed JSON (line " + jp.currentLocation().getLineNr()
            + ", column " + jp.currentLocation().getColumnNr() + "): nothing may follow the game object",
            "trailing " + JsonObject.shorten(jp.getText()));
      }
    }
    return p;
  }

  private static void streamModels(JsonParser jp, Parsed p, boolean fast) throws IOException {
    List<Model> models = new ArrayList<>();
    int i = 0;
    while (jp.nextToken() != JsonToken.END_ARRAY) {
      if (fast) {
        models.add(FastModel.read(jp));
        i++;
        continue;
      }
      JsonNode m = tree(jp);
      if (p.modelError == null) {
        try {
          models.add(GameJson.model(JsonObject.of(m, "models[" + i + "]")));
        } catch (InvalidGameException e) {
          p.modelError = e;
          models = null;
        }
      }
      i++;
    }
    p.models = models;
    p.modelCount = i;
  }
}
