package dev.golive.server;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, failing the test with {@code what} when it does not come in time. */
final class Waiting {
  private Waiting() {}

  static void until(String what, Duration limit, BooleanSupplier condition) {
    until(what, limit, condition, () -> "");
  }

  /** As {@link #until(String, Duration, BooleanSupplier)}, the failure saying {@code state}. */
  static void until(
      String what,
      Duration limit,
      BooleanSupplier condition,
      java.util.function.Supplier<String> state) {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        String now = state.get();
        throw new AssertionError(
            "waited " + limit.toSeconds() + " s for " + what + (now.isEmpty() ? "" : ": " + now));
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while waiting for " + what, e);
      }
    }
  }
}
