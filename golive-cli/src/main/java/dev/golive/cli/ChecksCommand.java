package dev.golive.cli;

import dev.golive.checks.Catalog;
import dev.golive.checks.CheckDocs;
import dev.golive.checks.CheckType;
import dev.golive.checks.ParamInfo;
import dev.golive.core.GoliveException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive checks [ID]}: the catalog, or one check explained. */
@Command(
    name = "checks",
    mixinStandardHelpOptions = true,
    description = {"List the checks golive can bind to items, or explain one.", ""},
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive checks",
      "  golive checks http.hsts",
      "  golive checks --write-docs docs/checks"
    })
final class ChecksCommand implements Callable<Integer> {
  private final Output output;
  private final Catalog catalog = Catalog.builtIn();

  ChecksCommand(Output output) {
    this.output = output;
  }

  @Parameters(paramLabel = "ID", arity = "0..1", description = "A check id, as in http.hsts.")
  String id;

  @Option(
      names = "--write-docs",
      paramLabel = "DIR",
      description =
          "Write DIR/ID.md for every check and DIR/README.md, generated from the catalog.")
  Path docsDir;

  @Override
  public Integer call() throws IOException {
    if (docsDir != null) {
      writeDocs();
      return ExitCode.GO.code();
    }
    PrintStream out = new PrintStream(output.out(), true, StandardCharsets.UTF_8);
    if (id == null) {
      list(out);
    } else {
      explain(out, find(id));
    }
    out.flush();
    return ExitCode.GO.code();
  }

  private CheckType find(String wanted) {
    return catalog
        .find(wanted)
        .orElseThrow(
            () ->
                GoliveException.usage(
                    "unknown check '"
                        + wanted
                        + "'"
                        + catalog
                            .closest(wanted)
                            .map(s -> " (did you mean '" + s + "'?)")
                            .orElse("")
                        + "; 'golive checks' lists them"));
  }

  private void list(PrintStream out) {
    String family = null;
    int width = catalog.all().stream().mapToInt(t -> t.id().length()).max().orElse(10);
    for (CheckType t : catalog.all()) {
      if (!t.family().equals(family)) {
        family = t.family();
        out.println();
        out.println(family);
      }
      out.printf(
          Locale.ROOT, "  %-" + width + "s  %-8s  %s%n", t.id(), t.severity().id(), t.title());
    }
    out.println();
    out.println(
        "Bind one with a comment on the item's line: - [x] ... <!-- golive: ID name=value -->");
    out.println("Run 'golive checks ID' to see what a check looks at and its parameters.");
  }

  private static void explain(PrintStream out, CheckType t) {
    out.println(t.id() + ": " + t.title());
    out.println();
    out.println(t.description());
    out.println();
    out.println("severity: " + t.severity().id());
    out.println("looks at: " + CheckDocs.needs(t).replace("`", ""));
    if (!t.aliases().isEmpty()) {
      out.println("also known as: " + String.join(", ", t.aliases()));
    }
    out.println();
    if (t.params().isEmpty()) {
      out.println("parameters: none");
    } else {
      out.println("parameters:");
      for (ParamInfo p : t.params()) {
        out.printf(
            Locale.ROOT,
            "  %s=%s (%s, default %s)%n      %s%n",
            p.name(),
            p.example(),
            p.typeName(),
            p.defaultValue(),
            p.description());
      }
    }
    out.println();
    out.println("binding:  <!-- golive: " + CheckDocs.example(t) + " -->");
  }

  private void writeDocs() {
    try {
      Files.createDirectories(docsDir);
      for (CheckType t : catalog.all()) {
        Files.writeString(
            docsDir.resolve(t.id() + ".md"), CheckDocs.markdown(t), StandardCharsets.UTF_8);
      }
      Files.writeString(
          docsDir.resolve("README.md"), CheckDocs.index(catalog.all()), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw GoliveException.input(
          docsDir.toString(), "cannot write the docs: " + e.getMessage(), e);
    }
    output.warn("wrote " + (catalog.all().size() + 1) + " files to " + docsDir);
  }
}
