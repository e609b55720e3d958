package dev.golive.cli;

import dev.golive.cli.demo.DemoSite;
import dev.golive.core.GoliveException;
import dev.golive.core.report.Format;
import dev.golive.core.score.AuditAssessment;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code golive demo}: the whole story offline. A sample shop starts on 127.0.0.1, a checklist with
 * some false ticks is written beside a golive.yaml, and golive audits it.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Start a sample shop on 127.0.0.1, write a checklist with some false ticks, audit it and"
          + " show every verdict golive gives. Offline.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {"  golive demo", "  golive demo --dir /tmp/golive-demo --lang uz"})
final class DemoCommand implements Callable<Integer> {
  private final Output output;

  DemoCommand(Output output) {
    this.output = output;
  }

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "Where to write the sample checklist and reports (default: a new temporary folder).")
  Path dir;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the report: en, uz or ru (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour in the report: auto (on a terminal), always or never.")
  String color;

  @Override
  public Integer call() throws IOException {
    Path folder = folder();
    try (DemoSite site = DemoSite.start()) {
      Path checklist =
          Files.writeString(
              folder.resolve("PRODUCTION_CHECKLIST.md"),
              DemoFiles.checklist(site),
              StandardCharsets.UTF_8);
      Path config =
          Files.writeString(
              folder.resolve("golive.yaml"), DemoFiles.config(site), StandardCharsets.UTF_8);
      Path ca = site.writeCa(folder.resolve("demo-ca.pem"));
      output.warn(
          "golive demo: a sample shop is up at " + site.url() + " (and " + site.plainUrl() + ")");
      output.warn("golive demo: auditing " + checklist + " with " + config);
      AuditCommand audit = new AuditCommand(output);
      audit.files = List.of(checklist);
      audit.configFile = config;
      audit.caFile = ca;
      audit.deadline = "30s";
      audit.checkTimeout = "3s";
      audit.report.format = Format.TEXT;
      audit.report.lang = lang;
      audit.report.color = color;
      AuditAssessment result = audit.audit();
      audit.report.write(output.out(), (writer, messages, w) -> writer.write(result, messages, w));
      Path html = folder.resolve("report.html");
      try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        Format.HTML.writer(false).write(result, audit.report.messages(), w);
      }
      output.warn("golive demo: the same audit as one page: " + html.toUri());
      output.warn(
          "golive demo: try it on your own site: ./golive audit PRODUCTION_CHECKLIST.md --target https://...");
      return ExitCode.of(result.verdict()).code();
    }
  }

  private Path folder() {
    try {
      if (dir == null) {
        return Files.createTempDirectory("golive-demo-");
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw GoliveException.input(
          dir == null ? "temporary folder" : dir.toString(),
          "cannot be created: " + e.getMessage(),
          e);
    }
  }
}
