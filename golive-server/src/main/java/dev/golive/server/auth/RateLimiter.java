package dev.golive.server.auth;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key (an IP address, an account, a token): each holds up to {@code capacity}
 * tokens and gains {@code perSecond} a second; a request takes one or is refused with the time
 * until the next. Buckets are kept in memory, so each server instance counts on its own.
 */
public final class RateLimiter {
  private static final int MAX_KEYS = 100_000;

  private final double capacity;
  private final double perSecond;
  private final LongSupplier nanos;
  private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

  /**
   * @param capacity the burst allowed
   * @param perSecond how fast a bucket refills
   */
  public RateLimiter(double capacity, double perSecond, LongSupplier nanos) {
    if (capacity < 1 || perSecond <= 0) {
      throw new IllegalArgumentException("a rate limit needs a capacity ≥ 1 and a positive rate");
    }
    this.capacity = capacity;
    this.perSecond = perSecond;
    this.nanos = nanos;
  }

  public static RateLimiter perMinute(int n) {
    return new RateLimiter(n, n / 60.0, System::nanoTime);
  }

  /** Takes a token for {@code key}: {@link Duration#ZERO} when granted, else how long to wait. */
  public Duration take(String key) {
    long now = nanos.getAsLong();
    if (buckets.size() > MAX_KEYS) {
      // full buckets hold nothing worth keeping: forget them before growing further
      buckets.values().removeIf(b -> b.level(now) >= capacity);
    }
    Bucket b = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
    synchronized (b) {
      double level = b.level(now);
      if (level >= 1) {
        b.tokens = level - 1;
        b.at = now;
        return Duration.ZERO;
      }
      double wait = (1 - level) / perSecond;
      return Duration.ofMillis((long) Math.ceil(wait * 1000));
    }
  }

  /** Fills {@code key}'s bucket again, as after a successful sign-in. */
  public void reset(String key) {
    buckets.remove(key);
  }

  private final class Bucket {
    double tokens;
    long at;

    Bucket(double tokens, long at) {
      this.tokens = tokens;
      this.at = at;
    }

    double level(long now) {
      return Math.min(capacity, tokens + (now - at) / 1e9 * perSecond);
    }
  }
}
