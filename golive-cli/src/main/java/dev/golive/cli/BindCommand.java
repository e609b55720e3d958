package dev.golive.cli;

import dev.golive.checks.Catalog;
import dev.golive.core.GoliveException;
import dev.golive.core.model.Item;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.engine.edit.AtomicFile;
import dev.golive.engine.edit.LineEditor;
import dev.golive.engine.match.AutoBinder;
import dev.golive.engine.match.Suggestion;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code golive bind}: writes the bindings golive proposes into the checklist as comments on the
 * items' lines, and changes nothing else.
 */
@Command(
    name = "bind",
    mixinStandardHelpOptions = true,
    description = {
      "Write the bindings 'golive suggest' proposes into the checklist, as <!-- golive: ... -->"
          + " at the end of each item's line. Nothing else in the file changes, byte for byte:"
          + " encoding, line endings and every other line stay as they are. Without --write,"
          + " shows the change as a diff and writes nothing.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  golive bind PRODUCTION_CHECKLIST.md",
      "  golive bind --write PRODUCTION_CHECKLIST.md",
      "  golive bind --write --only hsts-enabled,42 CHECKLIST.md"
    })
final class BindCommand implements Callable<Integer> {
  private final Output output;

  BindCommand(Output output) {
    this.output = output;
  }

  @Parameters(paramLabel = "FILE", arity = "1", description = "The checklist file (Markdown).")
  Path file;

  @Option(names = "--write", description = "Write the file; without it, only show the change.")
  boolean write;

  @Option(
      names = "--only",
      paramLabel = "ITEM",
      split = ",",
      description =
          "Bind only these items, by id or line number, with every proposal for them"
              + " (--min-confidence then defaults to 0).")
  List<String> only;

  @Mixin MatchOptions match = new MatchOptions();

  @Override
  public Integer call() {
    double min = match.minConfidence(only == null ? AutoBinder.DEFAULT_MIN_CONFIDENCE : 0);
    MatchOptions.Read read = MatchOptions.read(List.of(file), output);
    GoliveConfig config = match.config(file, output);
    if (config == null || read.docs().isEmpty()) {
      return ExitCode.USAGE.code();
    }
    SourceDocument doc = read.docs().getFirst();
    String name = doc.checklist().path();
    Set<Item> chosen = only == null ? null : chosen(doc);
    Map<Item, List<String>> specs = new LinkedHashMap<>();
    for (Suggestion s : new AutoBinder(Catalog.builtIn()).suggest(doc, 1, config, min)) {
      if (chosen == null || chosen.contains(s.item())) {
        specs.computeIfAbsent(s.item(), k -> new ArrayList<>()).add(s.binding().spec());
      }
    }
    if (chosen != null) {
      for (Item item : chosen) {
        if (!specs.containsKey(item)) {
          output.warn(name + ":" + item.line() + ": golive has nothing to propose for this item");
        }
      }
    }
    LineEditor editor = LineEditor.of(doc);
    int bound = 0;
    for (Map.Entry<Item, List<String>> e : specs.entrySet()) {
      LineEditor.Outcome o = editor.addBindings(e.getKey(), e.getValue());
      switch (o.status()) {
        case CHANGED -> bound++;
        case UNCHANGED -> {}
        case REFUSED -> output.warn(name + ":" + o.line() + ": not bound: " + o.message());
      }
    }
    PrintStream out = new PrintStream(output.out(), true, StandardCharsets.UTF_8);
    if (!editor.changed()) {
      out.println("Nothing to bind in " + name + ".");
      return ExitCode.GO.code();
    }
    String items = bound + (bound == 1 ? " item" : " items");
    if (!write) {
      diff(out, name, editor.changes());
      output.warn(items + " would be bound; run again with --write to write " + name + ".");
      return ExitCode.GO.code();
    }
    AtomicFile.replace(file, name, doc.bytes(), editor.bytes());
    out.println("Bound " + items + " in " + name + ".");
    return ExitCode.GO.code();
  }

  /** The items {@code --only} names, by id or line. */
  private Set<Item> chosen(SourceDocument doc) {
    Set<Item> out = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String ref : only) {
      String r = ref.strip();
      Item found = null;
      for (Item item : doc.checklist().items()) {
        if (item.id().equals(r) || String.valueOf(item.line()).equals(r)) {
          found = item;
          break;
        }
      }
      if (found == null) {
        unknown.add(r);
      } else {
        out.add(found);
      }
    }
    if (!unknown.isEmpty()) {
      throw GoliveException.usage(
          "--only: no item in "
              + doc.checklist().path()
              + " has the id or line "
              + String.join(", ", unknown)
              + "; 'golive status --format json' lists the ids");
    }
    return out;
  }

  /** The change as a unified diff, one hunk per line. */
  private static void diff(PrintStream out, String name, List<LineEditor.Change> changes) {
    out.println("--- " + name);
    out.println("+++ " + name + " (bound)");
    for (LineEditor.Change c : changes) {
      out.println("@@ -" + c.line() + " +" + c.line() + " @@");
      out.println("-" + c.before());
      out.println("+" + c.after());
    }
  }
}
