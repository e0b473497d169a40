package org.lbgame.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Path;
import java.util.Set;

/** The protocol's JSON Schemas from {@code schema/}, with their {@code $id} prefix mapped to the folder. */
final class Schemas {
  static final Path DIR = Path.of("schema").toAbsolutePath();
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
      b -> b.schemaMappers(m -> m.mapPrefix("https://lbgame.org/schema/", DIR.toUri().toString())));

  static final JsonSchema GAME = load("game.schema.json");
  static final JsonSchema QUERY = load("query.schema.json");
  static final JsonSchema RESULT = load("result.schema.json");
  static final JsonSchema SOLUTION = load("solution.schema.json");
  static final JsonSchema THRESHOLD = load("threshold.schema.json");

  private Schemas() {
  }

  private static JsonSchema load(String name) {
    return FACTORY.getSchema(java.net.URI.create("https://lbgame.org/schema/" + name));
  }

  static Set<ValidationMessage> errors(JsonSchema s, JsonNode n) {
    return s.validate(n);
  }

  static void assertValid(JsonSchema s, JsonNode n, String what) {
    Set<ValidationMessage> e = s.validate(n);
    assertTrue(e.isEmpty(), what + " violates " + s.getSchemaLocation() + ": " + e);
  }
}
