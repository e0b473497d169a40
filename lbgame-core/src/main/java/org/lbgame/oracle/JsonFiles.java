package org.lbgame.oracle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lbgame.model.InvalidGameException;

/** Strict reading (duplicate keys rejected) and stable indented writing of protocol JSON. */
public final class JsonFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFiles() {
  }

  /** Reads the JSON file {@code file}; {@code label} names it in errors (e.g. {@code RESULT.json}). */
  public static JsonNode read(Path file, String label) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new InvalidGameException(label, "must be a readable JSON file", file);
    }
    return parse(text, label);
  }

  /** Parses JSON text; {@code label} names it in errors. */
  public static JsonNode parse(String text, String label) {
    try {
      JsonNode n = MAPPER.readTree(text);
      if (n == null || n.isMissingNode()) {
        throw new InvalidGameException(label, "must be one JSON value", "empty text");
      }
      return n;
    } catch (JsonProcessingException e) {
      throw new InvalidGameException(label, "must be well-formed JSON", e.getOriginalMessage().split("\n")[0]);
    }
  }

  /** Indented JSON text with a final newline. */
  public static String write(JsonNode n) {
    try {
      return MAPPER.writeValueAsString(n) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared mapper (for building trees). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
