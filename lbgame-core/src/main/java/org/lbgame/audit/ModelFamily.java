package org.lbgame.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.lbgame.fit.ModelSize;

/**
 * A family of models with a known size order (size as the capability proxy, as in the paper's Qwen2.5 study):
 * members are the model names matching {@code pattern}, sizes parsed from the names.
 */
public record ModelFamily(String name, Pattern pattern, String note) {

  /** The families of the shipped lm-harmony data. */
  public static List<ModelFamily> defaults() {
    return List.of(
        of("Qwen2.5 base", "Qwen/Qwen2\\.5-[0-9.]+B", ""),
        of("Qwen2.5 instruct", "Qwen/Qwen2\\.5-[0-9.]+B-Instruct", ""),
        of("Qwen2 base", "Qwen/Qwen2-[0-9.]+B", ""),
        of("Qwen2 instruct", "Qwen/Qwen2-[0-9.]+B-Instruct", ""),
        of("Qwen1.5 base", "Qwen/Qwen1\\.5-[0-9.]+B", ""),
        of("Qwen1.5 chat", "Qwen/Qwen1\\.5-[0-9.]+B-Chat", ""),
        of("Pythia", "EleutherAI/pythia-[0-9.]+[mb](-deduped)?", "deduped runs, except 12B"),
        of("Llama 3.1/3.2 base", "meta-llama/Llama-3\\.[12]-[0-9]+B", "3.2-1B, 3.2-3B, 3.1-8B"),
        of("Llama 3.1/3.2 instruct", "meta-llama/Llama-3\\.[12]-[0-9]+B-Instruct", "3.2-1B, 3.2-3B, 3.1-8B"),
        of("Gemma base", "google/gemma-[0-9]+b", ""),
        of("Gemma instruct", "google/gemma-[0-9]+b-it", ""),
        of("Gemma 2 base", "google/gemma-2-[0-9]+b", ""),
        of("Gemma 2 instruct", "google/gemma-2-[0-9]+b-it", ""),
        of("Yi base", "01-ai/Yi-[0-9]+B", ""),
        of("Yi chat", "01-ai/Yi-[0-9]+B-Chat", "one model per size"),
        of("Yi-1.5 base", "01-ai/Yi-1\\.5-[0-9]+B", ""),
        of("Yi-1.5 chat", "01-ai/Yi-1\\.5-[0-9]+B-Chat", ""),
        of("GPT-2", "openai-community/gpt2(-medium|-large|-xl)?", "sizes 124M, 355M, 774M, 1.5B"));
  }

  /** A family named {@code name} whose members fully match {@code regex}. */
  public static ModelFamily of(String name, String regex, String note) {
    return new ModelFamily(name, Pattern.compile(regex), note);
  }

  /** The members among {@code models}, largest first; equal sizes are rejected (no known order). */
  public List<String> members(Collection<String> models) {
    List<String> out = new ArrayList<>();
    for (String m : models) {
      if (pattern.matcher(m).matches() && ModelSize.parameters(m).isPresent()) {
        out.add(m);
      }
    }
    out.sort(Comparator.comparingDouble((String m) -> ModelSize.parameters(m).getAsDouble()).reversed());
    for (int i = 1; i < out.size(); i++) {
      if (ModelSize.parameters(out.get(i)).getAsDouble() == ModelSize.parameters(out.get(i - 1)).getAsDouble()) {
        throw new IllegalArgumentException("family " + name + " has two models of one size: " + out.get(i - 1)
            + ", " + out.get(i));
      }
    }
    return out;
  }
}
