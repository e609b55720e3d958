package dev.golive.notify;

import java.time.Duration;

/**
 * How hard one delivery tries: at most {@code attempts} tries, waiting {@code backoff} doubled
 * after each failure (with jitter, at most {@code maxBackoff}, or longer when the receiver asks
 * with Retry-After), each try given {@code timeout}, and all of it ending by {@code deadline} from
 * the first try, whatever the receiver does.
 */
public record RetryPolicy(
    int attempts, Duration backoff, Duration maxBackoff, Duration timeout, Duration deadline) {

  /** 5 tries, 1 s doubling to at most 30 s, 10 s a try, 2 minutes in all. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(
          5,
          Duration.ofSeconds(1),
          Duration.ofSeconds(30),
          Duration.ofSeconds(10),
          Duration.ofMinutes(2));

  public RetryPolicy {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    if (backoff.isNegative() || maxBackoff.compareTo(backoff) < 0) {
      throw new IllegalArgumentException("max-backoff must not be shorter than backoff");
    }
    if (timeout.isZero() || timeout.isNegative() || deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("timeout and deadline must be positive");
    }
  }

  /**
   * How long a sender's claim on a delivery holds: past the deadline, a last try and a minute, the
   * sender is taken to have died and another may claim it.
   */
  public Duration lease() {
    return deadline.plus(timeout).plus(Duration.ofMinutes(1));
  }

  /** The base wait after failed try {@code n} (1-based): backoff × 2^(n-1), at most maxBackoff. */
  Duration base(int n) {
    long ms = backoff.toMillis();
    for (int i = 1; i < n && ms < maxBackoff.toMillis(); i++) {
      ms *= 2;
    }
    return Duration.ofMillis(Math.min(ms, maxBackoff.toMillis()));
  }
}
