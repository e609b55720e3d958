package dev.golive.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.checks.Catalog;
import dev.golive.core.GoliveException;
import dev.golive.core.model.Item;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.Binding;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.engine.match.AutoBinder;
import dev.golive.engine.match.Suggestion;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code golive suggest}: the bindings golive proposes for items nobody bound, with confidence. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Propose checks for the items no comment and no golive.yaml entry binds, read from the items'"
          + " own words, each with how sure golive is. Changes nothing; 'golive bind' writes them.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive suggest PRODUCTION_CHECKLIST.md",
      "  golive suggest --min-confidence 0.4 CHECKLIST.md",
      "  golive suggest --format json docs/*.md > suggestions.json"
    })
final class SuggestCommand implements Callable<Integer> {
  private static final JsonFactory JSON = new JsonFactory();

  private final Output output;

  SuggestCommand(Output output) {
    this.output = output;
  }

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Checklist files (Markdown).")
  List<Path> files;

  @Mixin MatchOptions match = new MatchOptions();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text (default) or json (schema golive/suggest@1, see docs/bindings.md).")
  String format;

  @Override
  public Integer call() throws IOException {
    boolean json =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "text" -> false;
          case "json" -> true;
          default ->
              throw GoliveException.usage("--format: expected text or json, not '" + format + "'");
        };
    double min = match.minConfidence(AutoBinder.DEFAULT_MIN_CONFIDENCE);
    MatchOptions.Read read = MatchOptions.read(files, output);
    GoliveConfig config = match.config(files.getFirst(), output);
    if (config == null || read.docs().isEmpty()) {
      return ExitCode.USAGE.code();
    }
    AutoBinder binder = new AutoBinder(Catalog.builtIn());
    Map<SourceDocument, List<Suggestion>> byFile = new LinkedHashMap<>();
    for (SourceDocument doc : read.docs()) {
      byFile.put(doc, binder.suggest(doc, read.docs().size(), config, min));
    }
    if (json) {
      json(output.out(), byFile, min);
    } else {
      text(new PrintStream(output.out(), true, StandardCharsets.UTF_8), byFile, min);
    }
    return read.failed() > 0 ? ExitCode.USAGE.code() : ExitCode.GO.code();
  }

  /** Suggestions of one item, in the order golive ranks them. */
  private static Map<Item, List<Suggestion>> byItem(List<Suggestion> suggestions) {
    Map<Item, List<Suggestion>> out = new LinkedHashMap<>();
    for (Suggestion s : suggestions) {
      out.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s);
    }
    return out;
  }

  private static void text(
      PrintStream out, Map<SourceDocument, List<Suggestion>> byFile, double min) {
    int items = 0;
    int bindings = 0;
    for (Map.Entry<SourceDocument, List<Suggestion>> f : byFile.entrySet()) {
      String path = f.getKey().checklist().path();
      for (Map.Entry<Item, List<Suggestion>> e : byItem(f.getValue()).entrySet()) {
        out.println(path + ":" + e.getKey().line() + "  " + e.getKey().text());
        for (Suggestion s : e.getValue()) {
          out.printf(Locale.ROOT, "  %.2f  %s%n", s.binding().confidence(), s.binding().spec());
        }
        items++;
        bindings += e.getValue().size();
      }
    }
    String floor = String.format(Locale.ROOT, "%.2f", min);
    if (items == 0) {
      out.println("No bindings to propose at confidence " + floor + " or more.");
      return;
    }
    out.println();
    out.println(
        bindings
            + (bindings == 1 ? " binding" : " bindings")
            + " for "
            + items
            + (items == 1 ? " item" : " items")
            + " at confidence "
            + floor
            + " or more; 'golive bind FILE --write' writes "
            + (bindings == 1 ? "it" : "them")
            + " into the file.");
  }

  private static void json(
      OutputStream out, Map<SourceDocument, List<Suggestion>> byFile, double min)
      throws IOException {
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", "golive/suggest@1");
      g.writeNumberField("minConfidence", min);
      g.writeArrayFieldStart("files");
      for (Map.Entry<SourceDocument, List<Suggestion>> f : byFile.entrySet()) {
        g.writeStartObject();
        g.writeStringField("path", f.getKey().checklist().path());
        g.writeArrayFieldStart("items");
        for (Map.Entry<Item, List<Suggestion>> e : byItem(f.getValue()).entrySet()) {
          Item item = e.getKey();
          g.writeStartObject();
          g.writeStringField("id", item.id());
          g.writeNumberField("line", item.line());
          g.writeStringField("text", item.text());
          g.writeStringField("state", item.state().id());
          g.writeArrayFieldStart("proposals");
          for (Suggestion s : e.getValue()) {
            Binding b = s.binding();
            g.writeStartObject();
            g.writeStringField("check", b.check());
            g.writeObjectFieldStart("params");
            for (Map.Entry<String, String> p : b.params().entrySet()) {
              g.writeStringField(p.getKey(), p.getValue());
            }
            g.writeEndObject();
            g.writeStringField("spec", b.spec());
            g.writeNumberField("confidence", b.confidence());
            g.writeStringField("cue", s.cue());
            g.writeEndObject();
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeRaw('\n');
    }
    out.flush();
  }
}
