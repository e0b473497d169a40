package org.lbgame.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lbgame.audit.FamilyRanking;
import org.lbgame.audit.HarmonyAnalysis;
import org.lbgame.audit.HarmonyData;
import org.lbgame.audit.HarmonyReport;
import org.lbgame.audit.ModelFamily;
import org.lbgame.audit.RankAgreement;
import org.lbgame.audit.RankInversion;
import org.lbgame.model.AtomicOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code lbgame harmony}: rankings before and after train-before-test against the size order, on lm-harmony. */
@Command(name = "harmony", mixinStandardHelpOptions = true,
    description = {"Compare model rankings under direct evaluation and after train-before-test with the size order "
        + "within model families (Kendall tau-b, inversions) and across tasks, on the lm-harmony data "
        + "(Zhang et al. 2025, MIT, copyright Guanhua Zhang and Moritz Hardt).",
        "Writes report.md with PNG/SVG plots (and report.json with --json). Exit 2 on invalid input."})
public final class HarmonyCommand implements Callable<Integer> {
  /** Where the shipped data lives relative to the repository root. */
  public static final Path DEFAULT_DATA = Path.of("data", "lm-harmony");

  @Spec
  CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "Directory holding all_results.json (default: the "
      + "data/lm-harmony folder shipped in the repository that holds the running jar).")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the report.")
  Path out;

  @Option(names = "--json", description = "Also write report.json and print it instead of the summary.")
  boolean json;

  /**
   * The default data directory: {@link #DEFAULT_DATA} in the nearest folder above the running jar or classes that
   * holds it (the repository the jar was built in), so the working directory does not matter; else
   * {@link #DEFAULT_DATA} from the working directory, whose absence is then reported as invalid input.
   */
  static Path defaultData() {
    try {
      Path code = Path.of(HarmonyCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      for (Path dir = code.toAbsolutePath().getParent(); dir != null; dir = dir.getParent()) {
        if (Files.isRegularFile(dir.resolve(DEFAULT_DATA).resolve("all_results.json"))) {
          return dir.resolve(DEFAULT_DATA);
        }
      }
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException | IllegalArgumentException e) {
      // fall through to the working directory
    }
    return DEFAULT_DATA;
  }

  @Override
  public Integer call() {
    PrintWriter outw = spec.commandLine().getOut();
    AtomicOutput.checkFolder(out, "--out");
    try {
      HarmonyAnalysis h = HarmonyAnalysis.run(HarmonyData.read(data == null ? defaultData() : data),
          ModelFamily.defaults());
      HarmonyReport.build(h, json).writeTo(out);
      if (json) {
        outw.print(new String(Files.readAllBytes(out.resolve("report.json")), StandardCharsets.UTF_8));
      } else {
        outw.println("harmony: " + h.data().tasks().size() + " tasks, " + h.data().allModels().size()
            + " models; report: " + out.resolve("report.md"));
        for (RankAgreement a : h.agreements()) {
          outw.printf(Locale.ROOT, "  agreement across tasks, %s: %.3f direct -> %.3f TbT%n", a.scope(),
              a.meanTauDirect(), a.meanTauTbt());
        }
        long removed = h.rankings().stream().mapToLong(r -> r.removedByTbt().size()).sum();
        long introduced = h.rankings().stream().mapToLong(r -> r.introducedByTbt().size()).sum();
        outw.printf(Locale.ROOT, "  inversions against size order: %d removed by TbT, %d introduced%n", removed, introduced);
        for (FamilyRanking r : h.rankings()) {
          if (r.family().equals("Qwen2.5 base")) {
            for (RankInversion v : r.removedByTbt()) {
              outw.printf(Locale.ROOT, "  removed, %s, Qwen2.5 base: %s below %s%n", r.task(), v.larger(), v.smaller());
            }
          }
        }
      }
      outw.flush();
      return 0;
    } catch (java.io.IOException e) {
      // report.json was just written: failing to read it back is a bug, not bad input
      throw new UncheckedIOException(e);
    }
  }
}
