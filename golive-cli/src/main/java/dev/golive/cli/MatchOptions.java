package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Problem;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.engine.match.AutoBinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/** What {@code suggest} and {@code bind} share: how sure a proposal must be, and golive.yaml. */
final class MatchOptions {
  @Option(
      names = "--min-confidence",
      paramLabel = "N",
      description =
          "Only bindings golive is at least this sure of, 0 to 1 (default: "
              + AutoBinder.DEFAULT_MIN_CONFIDENCE
              + ").")
  Double minConfidence;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "golive.yaml whose bindings count as written (default: golive.yaml beside the first"
              + " checklist, when there is one).")
  Path config;

  /** The minimum confidence asked for, or {@code fallback}. */
  double minConfidence(double fallback) {
    double v = minConfidence == null ? fallback : minConfidence;
    if (!(v >= 0 && v <= 1)) {
      throw GoliveException.usage(
          "--min-confidence: expected a number from 0 to 1, not " + format(minConfidence));
    }
    return v;
  }

  /**
   * The configuration: the file named, or golive.yaml beside {@code firstChecklist}, or none. Its
   * problems are written to stderr, one a line; then {@code null} is returned.
   */
  GoliveConfig config(Path firstChecklist, Output output) {
    Path file = config;
    if (file == null) {
      Path parent = firstChecklist.toAbsolutePath().getParent();
      Path beside = parent == null ? null : parent.resolve(GoliveConfig.FILE_NAME);
      if (beside == null || !Files.isRegularFile(beside)) {
        return GoliveConfig.empty();
      }
      file = beside;
    }
    GoliveConfig c = GoliveConfig.read(file, file.toString());
    if (!c.problems().isEmpty()) {
      for (Problem p : c.problems()) {
        output.error(p.oneLine(), null);
      }
      return null;
    }
    return c;
  }

  /** The checklists read, and how many files could not be. */
  record Read(List<SourceDocument> docs, int failed) {}

  /** Reads every file it can; each one it cannot gets one line on stderr. */
  static Read read(List<Path> files, Output output) {
    List<SourceDocument> docs = new ArrayList<>();
    int failed = 0;
    for (Path file : files) {
      try {
        docs.add(ChecklistReader.readSource(file, file.toString()));
      } catch (GoliveException e) {
        output.error(e.oneLine(), e);
        failed++;
      }
    }
    return new Read(docs, failed);
  }

  static String format(Double confidence) {
    return confidence == null ? "nothing" : String.format(Locale.ROOT, "%.2f", confidence);
  }
}
