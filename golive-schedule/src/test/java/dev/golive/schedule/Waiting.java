package dev.golive.schedule;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition, failing the test with {@code what} when it does not come in time. */
final class Waiting {
  private Waiting() {}

  static void until(String what, Duration limit, BooleanSupplier condition)
      throws InterruptedException {
    long end = System.nanoTime() + limit.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("waited " + limit.toSeconds() + " s for " + what);
      }
      Thread.sleep(100);
    }
  }
}
