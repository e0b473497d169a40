package org.lbgame.gen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lbgame.model.CostFunction;
import org.lbgame.model.ExponentialSaturationCurve;
import org.lbgame.model.Game;
import org.lbgame.model.LinearCost;
import org.lbgame.model.PiecewiseLinearCost;
import org.lbgame.model.PowerCost;
import org.lbgame.model.PowerLawCurve;
import org.lbgame.model.Rewards;
import org.lbgame.model.ScoreCurve;
import org.lbgame.model.TabulatedCost;
import org.lbgame.model.TabulatedCurve;

/**
 * Writes generated games as JSON game files of schema {@code lbgame/1} ({@code docs/game-schema.md}).
 * Field for field the same as the model's {@code GameJson} writer, kept here so that the generators
 * can print a ready-to-run file of any game, valid or not.
 */
public final class GameFiles {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private GameFiles() {
  }

  /** The game as indented JSON text, schema {@code lbgame/1}. */
  public static String write(Game g) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("schema", "lbgame/1");
    if (!g.name().isEmpty()) {
      o.put("name", g.name());
    }
    if (!g.description().isEmpty()) {
      o.put("description", g.description());
    }
    ArrayNode ms = o.putArray("models");
    boolean unit = true;
    for (int i = 0; i < g.size(); i++) {
      ObjectNode m = ms.addObject();
      m.put("name", g.model(i).name());
      m.put("capability", g.model(i).capability());
      m.set("score", curve(g.curve(i)));
      unit &= g.costScale(i) == 1;
    }
    o.set("cost", cost(g.cost()));
    if (!unit) {
      ArrayNode a = o.putArray("costScale");
      for (int i = 0; i < g.size(); i++) {
        a.add(g.costScale(i));
      }
    }
    o.set("rewards", rewards(g.rewards()));
    o.put("tie", g.tieRule().label());
    g.designer().ifPresent(d -> {
      ObjectNode dn = o.putObject("designer");
      dn.put("R", d.reward());
      dn.set("kappa", cost(d.kappa()));
    });
    return text(o);
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

  private static ObjectNode curve(ScoreCurve c) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("family", c.family());
    if (c instanceof PowerLawCurve) {
      PowerLawCurve p = (PowerLawCurve) c;
      n.put("a", p.a()).put("b", p.b()).put("floor", p.floor()).put("ceiling", p.ceiling()).put("offset", p.offset());
    } else if (c instanceof ExponentialSaturationCurve) {
      ExponentialSaturationCurve e = (ExponentialSaturationCurve) c;
      n.put("floor", e.floor()).put("ceiling", e.ceiling()).put("rate", e.rate());
    } else if (c instanceof TabulatedCurve) {
      array(n.putArray("x"), ((TabulatedCurve) c).xs());
      array(n.putArray("y"), ((TabulatedCurve) c).ys());
    } else {
      throw new IllegalArgumentException("no JSON form for score family " + c.family());
    }
    return n;
  }

  private static ObjectNode cost(CostFunction c) {
    ObjectNode n = MAPPER.createObjectNode();
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

  private static ObjectNode rewards(Rewards r) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("scheme", r.scheme());
    if (r.scheme().equals("top-k")) {
      n.put("k", (int) r.parameter());
    } else if (r.scheme().equals("geometric")) {
      n.put("q", r.parameter());
    } else if (r.scheme().equals("explicit")) {
      array(n.putArray("values"), r.values());
    }
    return n;
  }

  private static void array(ArrayNode a, double[] v) {
    for (double d : v) {
      a.add(d);
    }
  }
}
