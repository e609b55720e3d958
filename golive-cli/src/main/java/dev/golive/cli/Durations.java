package dev.golive.cli;

import dev.golive.core.GoliveException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them: {@code 60s}, {@code 2m}, {@code 500ms}, {@code 90}. */
final class Durations {
  private static final Pattern FORM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  private Durations() {}

  static Duration parse(String option, String text) {
    Matcher m = FORM.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw GoliveException.usage(
          option + ": expected a duration like 60s, 2m or 500ms, not '" + text + "'");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    double millis =
        switch (unit) {
          case "ms" -> n;
          case "m" -> n * 60_000;
          case "h" -> n * 3_600_000;
          default -> n * 1000;
        };
    if (millis < 1) {
      throw GoliveException.usage(option + ": must be longer than zero");
    }
    return Duration.ofMillis((long) millis);
  }
}
