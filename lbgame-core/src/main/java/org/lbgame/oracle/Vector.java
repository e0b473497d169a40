package org.lbgame.oracle;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One conformance vector: a game, a query about it and the expected result (or, for an invalid game, the
 * expected error: {@code {"error": "invalid-input", "exitCode": 2, "field": ...}}), labelled by what it exercises.
 */
public final class Vector {
  private final String id;
  private final String group;
  private final String exercises;
  private final JsonNode game;
  private final Query query;
  private final JsonNode expected;

  Vector(String id, String group, String exercises, JsonNode game, Query query, JsonNode expected) {
    this.id = id;
    this.group = group;
    this.exercises = exercises;
    this.game = game;
    this.query = query;
    this.expected = expected;
  }

  /** Stable identifier, e.g. {@code ties/tie-is-not-overtake}. */
  public String id() {
    return group + "/" + id;
  }

  /** The group (ties, flat-costs, ...). */
  public String group() {
    return group;
  }

  /** What the vector exercises, in one sentence. */
  public String exercises() {
    return exercises;
  }

  /** The game file's JSON (possibly invalid, for the invalid group). */
  public JsonNode game() {
    return game;
  }

  /** The query (null for invalid games). */
  public Query query() {
    return query;
  }

  /** The expected result, or the expected error object. */
  public JsonNode expected() {
    return expected;
  }

  /** True for an invalid game whose expected outcome is an input error. */
  public boolean invalid() {
    return query == null;
  }
}
