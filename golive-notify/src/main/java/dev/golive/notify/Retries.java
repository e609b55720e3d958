package dev.golive.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Runs the tries of one delivery under a {@link RetryPolicy}: backs off exponentially with jitter,
 * honours the wait a receiver asks for, stops at a permanent failure, at the last try, or when the
 * next try would start past the deadline.
 */
final class Retries {
  /** One try, given its number, its start time and how long it may take. */
  @FunctionalInterface
  interface Try {
    Attempt.Outcome run(int number, Instant at, Duration timeout) throws InterruptedException;
  }

  /** The tries made and how it ended. */
  record Result(boolean sent, String reason, List<Attempt> attempts) {}

  /** The least time a try is given, even when the deadline is nearly reached. */
  private static final Duration MIN_TRY = Duration.ofMillis(50);

  private final RetryPolicy policy;
  private final Clock clock;
  private final RandomGenerator random;

  Retries(RetryPolicy policy, Clock clock, RandomGenerator random) {
    this.policy = policy;
    this.clock = clock;
    this.random = random;
  }

  Result run(Try attempt) throws InterruptedException {
    long start = System.nanoTime();
    long deadline = start + policy.deadline().toNanos();
    List<Attempt> attempts = new ArrayList<>();
    for (int n = 1; ; n++) {
      long remaining = Math.max(deadline - System.nanoTime(), MIN_TRY.toNanos());
      Duration timeout = Duration.ofNanos(Math.min(policy.timeout().toNanos(), remaining));
      Instant at = clock.instant();
      long t0 = System.nanoTime();
      Attempt.Outcome o;
      try {
        o = attempt.run(n, at, timeout);
      } catch (RuntimeException e) {
        // one channel's bug must not stop the others; the reason says what it was
        o = Attempt.Outcome.fail("internal error in golive: " + e);
      }
      attempts.add(
          new Attempt(
              n, at, (System.nanoTime() - t0) / 1_000_000, o.result(), o.status(), o.detail()));
      switch (o.result()) {
        case OK -> {
          return new Result(true, o.detail() + (n > 1 ? " (try " + n + ")" : ""), attempts);
        }
        case PERMANENT -> {
          return new Result(false, o.detail() + tries(n), attempts);
        }
        case RETRYABLE -> {}
      }
      if (n >= policy.attempts()) {
        return new Result(false, o.detail() + " (gave up after " + n + " tries)", attempts);
      }
      Duration wait = o.retryAfter() != null ? o.retryAfter() : jitter(policy.base(n));
      long left = deadline - System.nanoTime();
      if (wait.toNanos() >= left) {
        String why =
            o.retryAfter() != null
                ? "; the receiver asked to wait " + Durations.show(wait)
                : "; no time left";
        return new Result(
            false,
            o.detail()
                + why
                + " within the deadline of "
                + Durations.show(policy.deadline())
                + tries(n),
            attempts);
      }
      Thread.sleep(wait);
    }
  }

  private static String tries(int n) {
    return n == 1 ? "" : " (after " + n + " tries)";
  }

  /** Half the base wait, plus up to as much again at random, so senders do not retry in step. */
  private Duration jitter(Duration base) {
    long half = base.toMillis() / 2;
    return Duration.ofMillis(half + (half == 0 ? 0 : random.nextLong(half + 1)));
  }
}
