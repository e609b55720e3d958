package dev.golive.cli;

import dev.golive.core.GoliveException;
import dev.golive.core.report.Format;
import dev.golive.core.report.Messages;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import picocli.CommandLine.Option;

/** Where and how a command writes its report: shared by every command that writes one. */
final class ReportOptions {
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

  /** Writes a report: one call that gets the writer for the format and colour chosen. */
  @FunctionalInterface
  interface Body {
    void write(dev.golive.core.report.ReportWriter writer, Messages messages, Writer out)
        throws IOException;
  }

  Messages messages() {
    try {
      return Messages.of(Messages.Lang.of(lang));
    } catch (IllegalArgumentException e) {
      throw GoliveException.usage("--lang: " + e.getMessage());
    }
  }

  /** Writes the report to the chosen file, or to {@code stdout}. */
  void write(OutputStream stdout, Body body) throws IOException {
    Messages messages = messages();
    if (outputFile != null) {
      try (Writer w = Files.newBufferedWriter(outputFile, StandardCharsets.UTF_8)) {
        body.write(format.writer(false), messages, w);
      } catch (IOException e) {
        throw GoliveException.input(
            outputFile.toString(), "cannot write the report: " + e.getMessage(), e);
      }
      return;
    }
    Writer w = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
    body.write(format.writer(colour()), messages, w);
    w.flush();
  }

  private boolean colour() {
    return format == Format.TEXT
        && switch (color.toLowerCase(Locale.ROOT)) {
          case "always" -> true;
          case "never" -> false;
          case "auto" -> Terminal.isColourTerminal();
          default ->
              throw GoliveException.usage(
                  "--color: expected auto, always or never, not '" + color + "'");
        };
  }
}
