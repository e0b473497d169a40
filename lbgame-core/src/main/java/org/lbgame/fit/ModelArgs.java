package org.lbgame.fit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code config.model_args} of an lm-eval results file, given as the command line's string
 * ({@code pretrained=EleutherAI/pythia-1.4b,revision=step1000,dtype=float16}) or, from the Python API, as an object.
 * The model is named as lm-eval names it ({@code EvaluationTracker}): the first of {@code peft=}, {@code delta=},
 * {@code pretrained=}, {@code model=}, {@code path=}, {@code engine=}, so an adapter names the model, not its base.
 */
public final class ModelArgs {
  /** lm-eval's order of the keys that name the model (an adapter or delta comes with the base it applies to). */
  public static final List<String> NAME_KEYS = List.of("peft", "delta", "pretrained", "model", "path", "engine");

  private final Map<String, String> args;

  private ModelArgs(Map<String, String> args) {
    this.args = args;
  }

  /** Parses {@code node} (a string, an object, or missing/null for none). */
  public static ModelArgs of(JsonNode node) {
    Map<String, String> m = new LinkedHashMap<>();
    if (node != null && node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        m.put(e.getKey().trim(), e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString());
      }
    } else if (node != null && node.isTextual()) {
      return of(node.asText());
    }
    return new ModelArgs(m);
  }

  /** Parses the command-line form {@code k=v,k=v} (pieces without {@code =} are ignored, as lm-eval does). */
  public static ModelArgs of(String text) {
    Map<String, String> m = new LinkedHashMap<>();
    for (String piece : text.split(",")) {
      int eq = piece.indexOf('=');
      if (eq > 0) {
        m.putIfAbsent(piece.substring(0, eq).trim(), piece.substring(eq + 1).trim());
      }
    }
    return new ModelArgs(m);
  }

  /** The value of {@code key}, or empty. */
  public String get(String key) {
    String v = args.get(key);
    return v == null ? "" : v;
  }

  /** The key that names the model ({@code peft}, ..., {@code engine}), empty when none is given. */
  public String nameKey() {
    for (String k : NAME_KEYS) {
      if (!get(k).isEmpty()) {
        return k;
      }
    }
    return "";
  }

  /** The model as lm-eval names it, empty when no naming key is given. */
  public String name() {
    String k = nameKey();
    return k.isEmpty() ? "" : get(k);
  }

  /** The base model an adapter or delta applies to ({@code pretrained=}), empty when the model is not an adapter. */
  public String base() {
    String k = nameKey();
    return k.equals("peft") || k.equals("delta") ? get("pretrained") : "";
  }

  /** All arguments in the given order. */
  public Map<String, String> asMap() {
    return Map.copyOf(args);
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    args.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return b.toString();
  }
}
