package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Checklist;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin ReportOptions report = new ReportOptions();

  @Mixin PolicyOptions policyOptions = new PolicyOptions();

  @Override
  public Integer call() throws IOException {
    Policy policy = policyOptions.apply(Policy.defaults());
    report.messages();
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
    report.write(output.out(), (writer, messages, w) -> writer.write(assessment, messages, w));
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
}
