package dev.golive.notify;

import java.time.Duration;
import java.util.Locale;

/** Durations as messages write them: {@code 250 ms}, {@code 4 s}, {@code 1.5 s}, {@code 2 min}. */
final class Durations {
  private Durations() {}

  static String show(Duration d) {
    long ms = d.toMillis();
    if (ms < 1000) {
      return ms + " ms";
    }
    if (ms % 60_000 == 0) {
      return ms / 60_000 + " min";
    }
    if (ms % 1000 == 0) {
      return ms / 1000 + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
  }
}
