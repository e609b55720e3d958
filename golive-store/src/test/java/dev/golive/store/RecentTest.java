package dev.golive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentTest {
  @Test
  void aKeptValueIsMadeOnceAndTheLeastRecentlyUsedGoesFirst() {
    Recent<String, String> r = new Recent<>(2);
    AtomicInteger made = new AtomicInteger();
    r.get("a", () -> "A" + made.incrementAndGet());
    r.get("b", () -> "B" + made.incrementAndGet());
    assertThat(r.get("a", () -> "again")).isEqualTo("A1");
    // "b" is now the least recently used: a third key drops it, not "a"
    r.get("c", () -> "C" + made.incrementAndGet());
    assertThat(r.get("a", () -> "again")).isEqualTo("A1");
    assertThat(r.get("b", () -> "B" + made.incrementAndGet())).isEqualTo("B4");
  }

  @Test
  void nullIsNotKeptAndARemovedValueIsMadeAgain() {
    Recent<String, String> r = new Recent<>(4);
    assertThat(r.get("a", () -> null)).isNull();
    assertThat(r.get("a", () -> "A")).isEqualTo("A");
    r.remove("a");
    assertThat(r.get("a", () -> "A2")).isEqualTo("A2");
  }
}
