package org.lbgame.oracle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import org.lbgame.model.StrictJson;

/** Strict reading ({@link StrictJson}) and stable indented writing of protocol JSON. */
public final class JsonFiles {
  private static final ObjectMapper MAPPER = StrictJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonFiles() {
  }

  /** Reads the JSON file {@code file}; {@code label} names it in errors (e.g. {@code RESULT.json}). */
  public static JsonNode read(Path file, String label) {
    return StrictJson.read(file, label);
  }

  /** Parses JSON text; {@code label} names it in errors. */
  public static JsonNode parse(String text, String label) {
    return StrictJson.parse(text, label);
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
