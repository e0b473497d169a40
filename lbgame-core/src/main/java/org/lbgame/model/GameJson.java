package org.lbgame.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes game files, schema {@code "lbgame/1"} (documented in {@code docs/game-schema.md}).
 * Reading is strict ({@link StrictJson}: one value, no repeated key, JSON number syntax, UTF-8): unknown
 * fields, missing fields, wrong types, NaN/Inf and every value rule are {@link InvalidGameException}s naming
 * the field path, the rule and the value.
 */
public final class GameJson {
  /** The schema tag every game file carries. */
  public static final String SCHEMA = "lbgame/1";
  /** Longest game description accepted, in characters. */
  public static final int MAX_DESCRIPTION_LENGTH = 10_000;

  /** The writer's mapper, made on first use: reading a game needs none (see {@link GameReader}). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = StrictJson.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private GameJson() {
  }

  /** Reads the game file at {@code file}, streaming (see {@link GameReader}). */
  public static Game read(Path file) {
    return GameReader.read(file);
  }

  /** Parses a game from JSON text. */
  public static Game parse(String text) {
    return GameReader.parse(text);
  }

  /** Builds a game from a parsed JSON tree. */
  public static Game fromTree(JsonNode root) {
    return build(root, null, null, 0);
  }

  /**
   * The game of {@code root}; when {@code streamed} is non-null the models were read from the stream (their
   * array is a placeholder in {@code root}), with {@code modelError} the first model's error, if any.
   */
  static Game build(JsonNode root, List<Model> streamed, InvalidGameException modelError, int modelCount) {
    boolean fromStream = streamed != null || modelError != null;
    JsonObject o = JsonObject.of(root, "");
    o.only("schema", "name", "description", "models", "cost", "costScale", "rewards", "tie", "designer");
    String schema = o.string("schema");
    if (!SCHEMA.equals(schema)) {
      throw new InvalidGameException("schema", "must be \"" + SCHEMA + "\"", "\"" + schema + "\"");
    }
    JsonNode ms = o.required("models");
    if (!ms.isArray() || (fromStream ? modelCount : ms.size()) == 0) {
      throw new InvalidGameException("models", "must be a non-empty array of models", JsonObject.show(ms));
    }
    List<Model> models;
    if (fromStream) {
      if (modelError != null) {
        throw modelError;
      }
      models = streamed;
    } else {
      models = new ArrayList<>();
      for (int i = 0; i < ms.size(); i++) {
        models.add(model(JsonObject.of(ms.get(i), "models[" + i + "]")));
      }
    }
    CostFunction cost = cost(o.object("cost"));
    Rewards rewards = rewards(o.object("rewards"), models.size());
    String name = o.string("name", "");
    if (name.length() > Model.MAX_NAME_LENGTH) {
      throw new InvalidGameException("name", "must be at most " + Model.MAX_NAME_LENGTH + " characters", name);
    }
    String description = o.string("description", "");
    if (description.length() > MAX_DESCRIPTION_LENGTH) {
      throw new InvalidGameException("description", "must be at most " + MAX_DESCRIPTION_LENGTH + " characters",
          description);
    }
    Game g = Game.of(models, cost, rewards).withDescription(name, description);
    if (o.has("costScale")) {
      g = g.withCostScale(o.numbers("costScale"));
    }
    if (o.has("tie")) {
      g = g.withTieRule(TieRule.fromLabel(o.string("tie")));
    }
    if (o.has("designer")) {
      JsonObject d = o.object("designer").only("R", "kappa");
      try {
        g = g.withDesigner(Designer.of(d.number("R"), cost(d.object("kappa"))));
      } catch (InvalidGameException e) {
        throw e.field().startsWith("designer") ? e : e.prefixed("designer");
      }
    }
    return g;
  }

  /** One model object of a game file (path {@code models[i]}). */
  static Model model(JsonObject m) {
    m.only("name", "capability", "score");
    String name = m.string("name");
    double capability = m.number("capability");
    JsonObject s = m.object("score");
    try {
      return Model.of(name, capability, curve(s));
    } catch (InvalidGameException e) {
      throw e.field().startsWith(m.base() + ".") ? e : e.prefixed(m.base());
    }
  }

  private static ScoreCurve curve(JsonObject s) {
    String family = s.string("family");
    try {
      switch (family) {
        case PowerLawCurve.FAMILY:
          s.only("family", "a", "b", "floor", "ceiling", "offset");
          return PowerLawCurve.of(s.number("a"), s.number("b"), s.number("floor"), s.number("ceiling"),
              s.number("offset", 1));
        case ExponentialSaturationCurve.FAMILY:
          s.only("family", "floor", "ceiling", "rate");
          return ExponentialSaturationCurve.of(s.number("floor"), s.number("ceiling"), s.number("rate"));
        case TabulatedCurve.FAMILY:
          s.only("family", "x", "y");
          return TabulatedCurve.of(s.numbers("x"), s.numbers("y"));
        default:
          throw new InvalidGameException(s.path("family"), "unknown score family (known: power-law,"
              + " exponential-saturation, tabulated)", "\"" + family + "\"");
      }
    } catch (InvalidGameException e) {
      throw e.field().startsWith(s.base() + ".") ? e : e.prefixed(s.base());
    }
  }

  /** The cost object {@code c} (also the designer's {@code kappa}). */
  static CostFunction cost(JsonObject c) {
    String family = c.string("family");
    try {
      switch (family) {
        case LinearCost.FAMILY:
          c.only("family", "kappa");
          return LinearCost.of(c.number("kappa"));
        case PowerCost.FAMILY:
          c.only("family", "kappa", "p");
          return PowerCost.of(c.number("kappa"), c.number("p"));
        case PiecewiseLinearCost.FAMILY:
          c.only("family", "breakpoints", "slopes");
          return PiecewiseLinearCost.of(c.numbers("breakpoints"), c.numbers("slopes"));
        case TabulatedCost.FAMILY:
          c.only("family", "effort", "cost");
          return TabulatedCost.of(c.numbers("effort"), c.numbers("cost"));
        default:
          throw new InvalidGameException(c.path("family"), "unknown cost family (known: linear, power,"
              + " piecewise-linear, tabulated)", "\"" + family + "\"");
      }
    } catch (InvalidGameException e) {
      throw e.field().startsWith(c.base() + ".") ? e : e.prefixed(c.base());
    }
  }

  /** The rewards object {@code r} of a game of {@code n} models. */
  static Rewards rewards(JsonObject r, int n) {
    String scheme = r.string("scheme");
    switch (scheme) {
      case "winner-take-all":
        r.only("scheme");
        return Rewards.winnerTakeAll(n);
      case "top-k":
        r.only("scheme", "k");
        return Rewards.topK(n, r.integer("k"));
      case "reciprocal":
        r.only("scheme");
        return Rewards.reciprocal(n);
      case "geometric":
        r.only("scheme", "q");
        return Rewards.geometric(n, r.number("q"));
      case "linear":
        r.only("scheme");
        return Rewards.linear(n);
      case "explicit":
        r.only("scheme", "values");
        return Rewards.explicit(r.numbers("values"));
      default:
        throw new InvalidGameException("rewards.scheme", "unknown reward scheme (known: winner-take-all, top-k,"
            + " reciprocal, geometric, linear, explicit)", "\"" + scheme + "\"");
    }
  }

  /** The game as a JSON tree in schema {@code lbgame/1}. */
  public static ObjectNode toTree(Game g) {
    ObjectNode o = Mapper.MAPPER.createObjectNode();
    o.put("schema", SCHEMA);
    if (!g.name().isEmpty()) {
      o.put("name", g.name());
    }
    if (!g.description().isEmpty()) {
      o.put("description", g.description());
    }
    ArrayNode ms = o.putArray("models");
    boolean unitScales = true;
    for (int i = 0; i < g.size(); i++) {
      Model m = g.model(i);
      ObjectNode mn = ms.addObject();
      mn.put("name", m.name());
      mn.put("capability", m.capability());
      mn.set("score", curveTree(m.curve()));
      unitScales &= g.costScale(i) == 1;
    }
    o.set("cost", costTree(g.cost()));
    if (!unitScales) {
      ArrayNode a = o.putArray("costScale");
      for (int i = 0; i < g.size(); i++) {
        a.add(g.costScale(i));
      }
    }
    o.set("rewards", rewardsTree(g.rewards()));
    o.put("tie", g.tieRule().label());
    g.designer().ifPresent(d -> {
      ObjectNode dn = o.putObject("designer");
      dn.put("R", d.reward());
      dn.set("kappa", costTree(d.kappa()));
    });
    return o;
  }

  /** The game as indented JSON text in schema {@code lbgame/1}. */
  public static String write(Game g) {
    try {
      return Mapper.MAPPER.writeValueAsString(toTree(g)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ObjectNode curveTree(ScoreCurve c) {
    ObjectNode n = Mapper.MAPPER.createObjectNode();
    n.put("family", c.family());
    if (c instanceof PowerLawCurve) {
      PowerLawCurve p = (PowerLawCurve) c;
      n.put("a", p.a()).put("b", p.b()).put("floor", p.floor()).put("ceiling", p.ceiling()).put("offset", p.offset());
    } else if (c instanceof ExponentialSaturationCurve) {
      ExponentialSaturationCurve e = (ExponentialSaturationCurve) c;
      n.put("floor", e.floor()).put("ceiling", e.ceiling()).put("rate", e.rate());
    } else if (c instanceof TabulatedCurve) {
      TabulatedCurve t = (TabulatedCurve) c;
      array(n.putArray("x"), t.xs());
      array(n.putArray("y"), t.ys());
    } else {
      throw new IllegalArgumentException("no JSON form for score family " + c.family());
    }
    return n;
  }

  private static ObjectNode costTree(CostFunction c) {
    ObjectNode n = Mapper.MAPPER.createObjectNode();
    n.put("family", c.family());
    if (c instanceof LinearCost) {
      n.put("kappa", ((LinearCost) c).kappa());
    } else if (c instanceof PowerCost) {
      n.put("kappa", ((PowerCost) c).kappa()).put("p", ((PowerCost) c).exponent());
    } else if (c instanceof PiecewiseLinearCost) {
      array(n.putArray("breakpoints"), ((PiecewiseLinearCost) c).breakpoints());
      array(n.putArray("slopes"), ((PiecewiseLinearCost) c).slopes());
    } else if (c instanceof TabulatedCost) {
      array(n.putArray("effort"), ((TabulatedCost) c).efforts());
      array(n.putArray("cost"), ((TabulatedCost) c).costs());
    } else {
      throw new IllegalArgumentException("no JSON form for cost family " + c.family());
    }
    return n;
  }

  private static ObjectNode rewardsTree(Rewards r) {
    ObjectNode n = Mapper.MAPPER.createObjectNode();
    n.put("scheme", r.scheme());
    switch (r.scheme()) {
      case "top-k":
        n.put("k", (int) r.parameter());
        break;
      case "geometric":
        n.put("q", r.parameter());
        break;
      case "explicit":
        array(n.putArray("values"), r.values());
        break;
      default:
        break;
    }
    return n;
  }

  private static void array(ArrayNode a, double[] v) {
    for (double d : v) {
      a.add(d);
    }
  }
}
