package org.lbgame.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * Writes the raw output of an lm-evaluation-harness sweep over a post-training run, as lm-eval writes it: for every
 * model and checkpoint, {@code DIR/<model_name_sanitized>/results_<date>.json} with {@code results},
 * {@code higher_is_better}, {@code n-samples}, {@code config.model_args = "pretrained=<root>/<model>//step_<N>,..."},
 * {@code model_name} and the rest of the documented fields. Scores are binomial accuracies over {@code questions}
 * items around a known power law {@code sigmoid(a + b log(1 + step))}, standard errors as lm-eval computes them
 * ({@code sqrt(p (1 - p) / (n - 1))}, the sample standard deviation of the item scores over {@code sqrt(n)}).
 */
public final class LmEvalRunWriter {
  private LmEvalRunWriter() {
  }

  /** One model of the run with its true intercept and slope on the logit scale ({@code L = 0, U = 1, x0 = 1}). */
  public record Member(String name, long parameters, double a, double b) {
  }

  /** One written file: the model's path (without the checkpoint), the step, the accuracy and its standard error. */
  public record Written(Path file, String model, double step, double accuracy, double stderr) {
  }

  /** lm-eval's {@code sanitize_model_name}: runs of {@code "<>:/|\?*[]} become {@code __}. */
  public static String sanitize(String modelName) {
    return modelName.replaceAll("[\"<>:/|\\\\?*\\[\\]]+", "__");
  }

  /**
   * Writes one file per member and step under {@code dir}; models live under {@code root} (e.g.
   * {@code /path/models}) and checkpoints are named {@code <root>/<name>//step_<N>} as in the run.
   */
  public static List<Written> write(Path dir, String root, String task, int questions, List<Member> members,
      double[] steps, RandomGenerator rng) {
    List<Written> out = new ArrayList<>();
    int k = 0;
    for (Member m : members) {
      for (double step : steps) {
        double p = 1 / (1 + Math.exp(-(m.a() + m.b() * Math.log(1 + step))));
        int hits = 0;
        for (int i = 0; i < questions; i++) {
          hits += rng.nextDouble() < p ? 1 : 0;
        }
        double acc = (double) hits / questions;
        double se = Math.sqrt(acc * (1 - acc) / (questions - 1));
        String name = root + "/" + m.name() + "//step_" + (long) step;
        String date = String.format(Locale.ROOT, "2025-03-%02dT%02d-%02d-%02d.%06d", 1 + k / 96, (k / 4) % 24,
            (k * 7) % 60, (k * 13) % 60, 100000 + k);
        Path file = dir.resolve(sanitize(name)).resolve("results_" + date + ".json");
        try {
          Files.createDirectories(file.getParent());
          Files.writeString(file, json(task, questions, name, m.parameters(), acc, se, 1740787200.0 + 600 * k),
              StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        out.add(new Written(file, root + "/" + m.name(), step, acc, se));
        k++;
      }
    }
    return out;
  }

  private static String json(String task, int n, String name, long parameters, double acc, double se, double date) {
    String q = "\"" + task + "\"";
    return "{\n"
        + "  \"results\": {\n    " + q + ": {\n      \"alias\": " + q + ",\n      \"acc,none\": " + acc
        + ",\n      \"acc_stderr,none\": " + se + ",\n      \"acc_norm,none\": " + acc
        + ",\n      \"acc_norm_stderr,none\": " + se + "\n    }\n  },\n"
        + "  \"group_subtasks\": {\n    " + q + ": []\n  },\n"
        + "  \"configs\": {\n    " + q + ": {\n      \"task\": " + q + ",\n      \"tag\": [\"ai2_arc\"],\n"
        + "      \"dataset_path\": \"allenai/ai2_arc\",\n      \"dataset_name\": \"ARC-Challenge\",\n"
        + "      \"test_split\": \"test\",\n      \"output_type\": \"multiple_choice\",\n      \"num_fewshot\": 0,\n"
        + "      \"metric_list\": [\n        {\"metric\": \"acc\", \"aggregation\": \"mean\", \"higher_is_better\": true},"
        + "\n        {\"metric\": \"acc_norm\", \"aggregation\": \"mean\", \"higher_is_better\": true}\n      ],\n"
        + "      \"metadata\": {\"version\": 1.0}\n    }\n  },\n"
        + "  \"versions\": {\n    " + q + ": 1.0\n  },\n"
        + "  \"n-shot\": {\n    " + q + ": 0\n  },\n"
        + "  \"higher_is_better\": {\n    " + q + ": {\n      \"acc\": true,\n      \"acc_norm\": true\n    }\n  },\n"
        + "  \"n-samples\": {\n    " + q + ": {\n      \"original\": " + n + ",\n      \"effective\": " + n
        + "\n    }\n  },\n"
        + "  \"config\": {\n    \"model\": \"hf\",\n    \"model_args\": \"pretrained=" + name
        + ",dtype=float16,trust_remote_code=True\",\n    \"model_num_parameters\": " + parameters + ",\n"
        + "    \"model_dtype\": \"torch.float16\",\n    \"model_revision\": \"main\",\n    \"model_sha\": \"\",\n"
        + "    \"batch_size\": \"auto\",\n    \"batch_sizes\": [64],\n    \"device\": \"cuda:0\",\n"
        + "    \"use_cache\": null,\n    \"limit\": null,\n    \"bootstrap_iters\": 100000,\n    \"gen_kwargs\": null,\n"
        + "    \"random_seed\": 0,\n    \"numpy_seed\": 1234,\n    \"torch_seed\": 1234,\n    \"fewshot_seed\": 1234\n"
        + "  },\n"
        + "  \"git_hash\": \"4600d6bf\",\n  \"date\": " + date + ",\n"
        + "  \"pretty_env_info\": \"PyTorch version: 2.3.0+cu121\",\n  \"transformers_version\": \"4.41.2\",\n"
        + "  \"upper_git_hash\": null,\n"
        + "  \"tokenizer_pad_token\": [\"<|endoftext|>\", \"0\"],\n"
        + "  \"tokenizer_eos_token\": [\"<|endoftext|>\", \"0\"],\n"
        + "  \"tokenizer_bos_token\": [\"<|endoftext|>\", \"0\"],\n  \"eot_token_id\": 0,\n  \"max_length\": 2048,\n"
        + "  \"task_hashes\": {},\n  \"model_source\": \"hf\",\n  \"model_name\": \"" + name + "\",\n"
        + "  \"model_name_sanitized\": \"" + sanitize(name) + "\",\n  \"system_instruction\": null,\n"
        + "  \"system_instruction_sha\": null,\n  \"fewshot_as_multiturn\": false,\n  \"chat_template\": null,\n"
        + "  \"chat_template_sha\": null,\n  \"start_time\": 4242.5,\n  \"end_time\": 4542.5,\n"
        + "  \"total_evaluation_time_seconds\": \"300.0\"\n}\n";
  }
}
