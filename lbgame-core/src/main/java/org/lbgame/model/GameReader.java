package org.lbgame.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a game file with Jackson's streaming parser: the models are turned into {@link Model}s one by one
 * as they are read, so memory holds the game, never the document's tree (a tree of 10^6 models takes
 * gigabytes). It answers exactly as the tree reader ({@link StrictJson#parse} then {@link GameJson#fromTree})
 * would: the one strict configuration of every reader ({@link StrictJson#factory()}: no {@code NaN} or
 * {@code Infinity}, no repeated key, bounded nesting, numbers and size; {@link StrictJson#requireEnd} after
 * the game object; parse failures through {@link StrictJson#invalid}), the file checked by
 * {@link InputText#check} and decoded as strict UTF-8 ({@link InputText#requireUtf8}'s error, which comes
 * first, as the tree reader decodes the whole file before parsing), and every rule of {@link GameJson#fromTree}
 * in the same order with the same messages: each model is validated on its own small tree as soon as it is
 * read, its first error is kept, and the checks run once the whole document has been read, so that malformed
 * JSON anywhere still takes precedence as it does when the tree is read first.
 */
final class GameReader {
  /** The name of a game file in errors about the file itself (missing, too large, not UTF-8). */
  static final String FILE = "GAME.json";
  /** The name of the game document in errors about its JSON (as {@link GameJson#parse} names it). */
  static final String JSON = "json";

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
          requireNew(o, f);
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

  /**
   * A repeated key met by the fast pass (whose parser does not detect them) sends the document to the exact
   * pass, whose parser reports it; there the parser refuses the key before this check can see it.
   */
  private static void requireNew(ObjectNode o, String f) {
    if (o.has(f)) {
      throw unusual();
    }
  }

  /** Reads the game file at {@code file} (an unreadable or undecodable file is invalid input). */
  static Game read(Path file) {
    InputText.check(file, FILE);
    Game columnar = columnar(file);
    if (columnar != null) {
      return columnar;
    }
    Source open = () -> {
      Reader r = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
          .newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
          1 << 16);
      // a leading byte-order mark is dropped, as InputText drops it
      r.mark(1);
      if (r.read() != '\uFEFF') {
        r.reset();
      }
      return r;
    };
    try {
      return read(open, () -> InputText.requireUtf8(file, FILE));
    } catch (IOException e) {
      // the exact pass decodes what requireUtf8 accepted: only a failing (or changing) file gets here
      throw new InvalidGameException(FILE, "must be a readable file", file + " (" + e.getMessage() + ")");
    }
  }

  /**
   * The game read by {@link ColumnarReader} when the file is of the usual shape, else null (the file is then
   * read again by the streaming passes, which report what is wrong with it).
   */
  private static Game columnar(Path file) {
    byte[] bytes;
    int size;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      long length = Files.size(file);
      if (length > InputText.MAX_BYTES) {
        return null;
      }
      bytes = new byte[(int) length];
      // in chunks: one read of the whole file goes through a native buffer as large as the file (150 MB of RSS)
      size = 0;
      for (int r; size < bytes.length && (r = in.read(bytes, size, Math.min(1 << 20, bytes.length - size))) > 0;) {
        size += r;
      }
      if (in.read() >= 0) {
        // the file grew while it was read: the streaming passes read it
        return null;
      }
    } catch (IOException | OutOfMemoryError e) {
      // unreadable, or the one array of the file's bytes did not fit a small heap: the streaming passes need none
      return null;
    }
    return ColumnarReader.read(bytes, 0, size);
  }

  /** Parses a game from JSON text. */
  static Game parse(String text) {
    if (text.length() <= InputText.MAX_BYTES) {
      // the columnar reader takes ASCII only: a string's other characters go to the exact passes
      byte[] bytes = new byte[text.length()];
      boolean ascii = true;
      for (int i = 0; i < bytes.length && ascii; i++) {
        char c = text.charAt(i);
        ascii = c < 0x80;
        bytes[i] = (byte) c;
      }
      Game g = ascii ? ColumnarReader.read(bytes, 0, bytes.length) : null;
      if (g != null) {
        return g;
      }
    }
    try {
      return read(() -> new StringReader(text), () -> { });
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
   * The fast pass reads each model straight from the tokens into its curve's numbers and only ever returns a
   * game: any model that is not of the usual valid shape (a missing, extra, null or mistyped field, a value a
   * rule rejects), any error and any undecodable byte sends the whole document to the exact pass, which first
   * runs {@code beforeExact} (the UTF-8 check of a file) and then validates each model on its own tree with
   * the rules' messages. So every error is the exact pass's, in the tree reader's order.
   */
  private static Game read(Source source, Runnable beforeExact) throws IOException {
    try (Reader in = source.open()) {
      return read(in, true);
    } catch (Unusual | InvalidGameException | CharacterCodingException e) {
      beforeExact.run();
      try (Reader in = source.open()) {
        return read(in, false);
      }
    }
  }

  private static Game read(Reader in, boolean fast) throws IOException {
    Parsed p;
    // the fast pass detects repeated keys itself (FastModel, tree, parse) and sends them to the exact pass
    try (JsonParser jp = (fast ? StrictJson.factoryWithoutDuplicateDetection() : StrictJson.factory())
        .createParser(in)) {
      try {
        p = parse(jp, fast);
      } catch (JsonProcessingException e) {
        if (fast) {
          // the message and its position come from the exact pass
          throw new Unusual();
        }
        // while the parser is open: the error names the path inside the document where it stopped
        throw StrictJson.invalid(e, JSON);
      }
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
      throw new InvalidGameException(JSON, "must be one JSON value", "empty input");
    } else if (t != JsonToken.START_OBJECT) {
      p.root = tree(jp);
    } else {
      ObjectNode root = NODES.objectNode();
      for (String f = jp.nextFieldName(); f != null; f = jp.nextFieldName()) {
        requireNew(root, f);
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
    StrictJson.requireEnd(jp, JSON);
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
