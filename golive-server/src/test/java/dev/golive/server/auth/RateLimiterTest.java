package dev.golive.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  @Test
  void aBucketGrantsItsBurstThenRefillsAtItsRate() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter = new RateLimiter(5, 5 / 60.0, now::get);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.take("ip:1")).isEqualTo(Duration.ZERO);
    }
    assertThat(limiter.take("ip:1")).isEqualTo(Duration.ofSeconds(12));
    assertThat(limiter.take("ip:2")).isEqualTo(Duration.ZERO);
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    assertThat(limiter.take("ip:1")).isEqualTo(Duration.ofSeconds(6));
    now.addAndGet(Duration.ofSeconds(6).toNanos());
    assertThat(limiter.take("ip:1")).isEqualTo(Duration.ZERO);
    assertThat(limiter.take("ip:1")).isPositive();
    limiter.reset("ip:1");
    assertThat(limiter.take("ip:1")).isEqualTo(Duration.ZERO);
  }
}
