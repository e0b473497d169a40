package org.lbgame.gen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lbgame.model.Game;
import org.lbgame.model.GameJson;

/** JSON game files of generated games: schema {@code lbgame/1} ({@code docs/game-schema.md}) via the model's {@code GameJson}. */
public final class GameFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GameFiles() {
  }

  /** The game as indented JSON text, schema {@code lbgame/1} (the model's {@code GameJson} writer). */
  public static String write(Game g) {
    return GameJson.write(g);
  }

  /** Reads a game file's text (the model's {@code GameJson} reader). */
  public static Game parse(String json) {
    return GameJson.parse(json);
  }

  /** Writes {@code json} to {@code file}, creating its folder; returns the file. */
  public static Path save(Path file, String json) {
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(ObjectNode o) {
    try {
      return MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
