package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Priority;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.report.Format;
import dev.golive.core.report.Messages;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive status}: read the claims, score them, no network. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Read checklists as written, score them and answer GO or NO-GO. No network.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive status PRODUCTION_CHECKLIST.md",
      "  golive status --format json docs/*.md > status.json",
      "  golive status --format html --output report.html CHECKLIST.md",
      "  golive status --block critical --min-score 80 --lang uz CHECKLIST.md"
    })
final class StatusCommand implements Callable<Integer> {
  private final Output output;

  StatusCommand(Output output) {
    this.output = output;
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Checklist files (Markdown).")
  List<Path> files;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      completionCandidates = FormatNames.class,
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  /** The formats as users type them, for the help text. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      for (Format f : Format.values()) {
        add(f.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the report to FILE instead of standard output.")
  Path outputFile;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description =
          "Language of the words golive writes: en, uz or ru (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour in the text report: auto (on a terminal), always or never.")
  String color;

  @Option(
      names = "--block",
      paramLabel = "PRIORITY",
      split = ",",
      description =
          "Priorities whose open items mean NO-GO (default: critical,high). Unranked items always"
              + " block.")
  List<String> block;

  @Option(
      names = "--weight",
      paramLabel = "PRIORITY=N",
      description =
          "Weight of a priority in the score, repeatable: critical=4 high=3 medium=2 low=1"
              + " unranked=3 by default.")
  Map<String, Double> weights;

  @Option(
      names = "--min-score",
      paramLabel = "N",
      description = "NO-GO below this score, 0-100 (default: no minimum).")
  Double minScore;

  @Override
  public Integer call() throws IOException {
    Policy policy = policy();
    Messages messages = messages();
    List<Checklist> checklists = new ArrayList<>();
    int failed = 0;
    for (Path file : files) {
      try {
        checklists.add(ChecklistReader.read(file, file.toString()));
      } catch (GoliveException e) {
        output.error(e.oneLine(), e);
        failed++;
      }
    }
    if (checklists.isEmpty()) {
      return ExitCode.USAGE.code();
    }
    Assessment assessment = new Scorer(policy).assess(checklists);
    for (FileAssessment f : assessment.files()) {
      if (f.checklist().items().isEmpty()) {
        output.warn(f.checklist().path() + ": no checklist items found");
      }
    }
    write(assessment, messages);
    if (failed > 0) {
      return ExitCode.USAGE.code();
    }
    boolean nothingRead =
        assessment.files().stream().allMatch(f -> f.checklist().items().isEmpty());
    if (nothingRead) {
      return ExitCode.USAGE.code();
    }
    return ExitCode.of(assessment.verdict()).code();
  }

  private void write(Assessment assessment, Messages messages) throws IOException {
    boolean colour =
        format == Format.TEXT
            && outputFile == null
            && switch (color.toLowerCase(Locale.ROOT)) {
              case "always" -> true;
              case "never" -> false;
              default -> Terminal.isColourTerminal();
            };
    if (outputFile != null) {
      try (Writer w = Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8)) {
        format.writer(false).write(assessment, messages, w);
      } catch (IOException e) {
        throw GoliveException.input(
            outputFile.toString(), "cannot write the report: " + e.getMessage(), e);
      }
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(output.out(), StandardCharsets.UTF_8));
    format.writer(colour).write(assessment, messages, w);
    w.flush();
  }

  private Messages messages() {
    try {
      return Messages.of(Messages.Lang.of(lang));
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage("--lang: " + e.getMessage());
    }
  }

  private Policy policy() {
    Policy policy = Policy.defaults();
    try {
      if (block != null) {
        Set<Priority> blocking = EnumSet.noneOf(Priority.class);
        for (String p : block) {
          if (!p.isBlank() && !p.equalsIgnoreCase("none")) {
            blocking.add(Priority.of(p));
          }
        }
        policy = policy.withBlocking(blocking);
      }
      if (weights != null) {
        Map<Priority, Double> w = new EnumMap<>(Priority.class);
        Double unranked = null;
        for (Map.Entry<String, Double> e : weights.entrySet()) {
          if (e.getValue() < 0) {
            throw GoliveException.usage("--weight " + e.getKey() + ": a weight cannot be negative");
          }
          if (e.getKey().equalsIgnoreCase("unranked")) {
            unranked = e.getValue();
          } else {
            w.put(Priority.of(e.getKey()), e.getValue());
          }
        }
        policy = policy.withWeights(w, unranked);
      }
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage(e.getMessage());
    }
    if (minScore != null) {
      if (minScore < 0 || minScore > 100) {
        throw GoliveException.usage("--min-score must be between 0 and 100, not " + minScore);
      }
      policy = policy.withMinScore(minScore);
    }
    return policy;
  }
}
