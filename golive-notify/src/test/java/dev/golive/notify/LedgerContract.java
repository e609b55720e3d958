package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link Ledger} does; a subclass per store runs it on the real thing. */
abstract class LedgerContract {
  static final Instant T0 = Instant.parse("2026-02-01T09:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(5);
  static final String KEY = "verdict-changed/shop/a-1042";
  static final String EVENT = "{\"event\":\"verdict-changed\"}";

  abstract Ledger ledger();

  @Test
  void theFirstClaimWinsAndAHeldClaimCannotBeTaken() {
    Ledger l = ledger();
    Optional<Ledger.Claim> first = l.claim(KEY, "ops", EVENT, T0, LEASE);

    assertThat(first).isPresent();
    assertThat(l.claim(KEY, "ops", EVENT, T0.plusSeconds(60), LEASE)).isEmpty();
    // another channel is another entry
    assertThat(l.claim(KEY, "team", EVENT, T0, LEASE)).isPresent();
    assertThat(l.entry(KEY, "ops"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(Ledger.State.SENDING);
              assertThat(e.claimedAt()).isEqualTo(T0);
              assertThat(e.event()).isEqualTo(EVENT);
            });
  }

  @Test
  void aSentEntryIsNeverClaimedAgain() {
    Ledger l = ledger();
    Ledger.Claim c = l.claim(KEY, "ops", EVENT, T0, LEASE).orElseThrow();
    l.sent(c, T0.plusSeconds(2), 2);

    assertThat(l.claim(KEY, "ops", EVENT, T0.plus(Duration.ofDays(30)), LEASE)).isEmpty();
    Ledger.Entry e = l.entry(KEY, "ops").orElseThrow();
    assertThat(e.state()).isEqualTo(Ledger.State.SENT);
    assertThat(e.sentAt()).isEqualTo(T0.plusSeconds(2));
    assertThat(e.attempts()).isEqualTo(2);
    assertThat(l.failures(Instant.EPOCH, 10)).isEmpty();
  }

  @Test
  void aFailedEntryIsClaimedAgainAndKeepsCount() {
    Ledger l = ledger();
    Ledger.Claim c = l.claim(KEY, "ops", EVENT, T0, LEASE).orElseThrow();
    l.failed(c, T0.plusSeconds(30), 4, "HTTP 502: bad gateway (gave up after 4 tries)");

    assertThat(l.failures(Instant.EPOCH, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.eventKey()).isEqualTo(KEY);
              assertThat(e.channel()).isEqualTo("ops");
              assertThat(e.state()).isEqualTo(Ledger.State.FAILED);
              assertThat(e.lastError()).isEqualTo("HTTP 502: bad gateway (gave up after 4 tries)");
              assertThat(e.sentAt()).isNull();
            });
    Ledger.Claim again = l.claim(KEY, "ops", EVENT, T0.plusSeconds(3600), LEASE).orElseThrow();
    l.sent(again, T0.plusSeconds(3601), 1);

    Ledger.Entry e = l.entry(KEY, "ops").orElseThrow();
    assertThat(e.state()).isEqualTo(Ledger.State.SENT);
    assertThat(e.attempts()).isEqualTo(5);
    assertThat(e.firstClaimedAt()).isEqualTo(T0);
    assertThat(e.claimedAt()).isEqualTo(T0.plusSeconds(3600));
    assertThat(e.lastError()).isNull();
  }

  @Test
  void aStaleClaimIsTakenOverAndItsLateRecordIgnored() {
    Ledger l = ledger();
    Ledger.Claim dead = l.claim(KEY, "ops", EVENT, T0, LEASE).orElseThrow();

    assertThat(l.claim(KEY, "ops", EVENT, T0.plus(LEASE), LEASE)).isEmpty();
    Ledger.Claim next =
        l.claim(KEY, "ops", EVENT, T0.plus(LEASE).plusSeconds(1), LEASE).orElseThrow();
    l.failed(dead, T0.plus(LEASE).plusSeconds(2), 5, "the old sender woke up");

    assertThat(l.entry(KEY, "ops").orElseThrow().state()).isEqualTo(Ledger.State.SENDING);
    l.sent(next, T0.plus(LEASE).plusSeconds(3), 1);
    assertThat(l.entry(KEY, "ops").orElseThrow().state()).isEqualTo(Ledger.State.SENT);
  }

  @Test
  void ofManyConcurrentClaimsExactlyOneWins() throws Exception {
    Ledger l = ledger();
    int n = 12;
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Boolean>> claims = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      claims.add(
          () -> {
            start.await();
            return l.claim(KEY, "ops", EVENT, T0, LEASE).isPresent();
          });
    }
    try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
      List<Future<Boolean>> results = new ArrayList<>();
      for (Callable<Boolean> c : claims) {
        results.add(threads.submit(c));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : results) {
        won += f.get() ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    }
  }

  @Test
  void failuresComeOldestFirstUpToTheLimit() {
    Ledger l = ledger();
    for (int i = 0; i < 3; i++) {
      Ledger.Claim c = l.claim("k" + i, "ops", EVENT, T0.minusSeconds(i), LEASE).orElseThrow();
      l.failed(c, T0, 1, "no");
    }
    assertThat(l.failures(Instant.EPOCH, 2))
        .extracting(Ledger.Entry::eventKey)
        .containsExactly("k2", "k1");
  }

  @Test
  void failuresFirstClaimedBeforeTheGivenTimeAreLeftOut() {
    Ledger l = ledger();
    Ledger.Claim old =
        l.claim("old", "ops", EVENT, T0.minus(Duration.ofDays(2)), LEASE).orElseThrow();
    l.failed(old, T0.minus(Duration.ofDays(2)), 5, "no");
    Ledger.Claim young = l.claim("young", "ops", EVENT, T0.minusSeconds(60), LEASE).orElseThrow();
    l.failed(young, T0.minusSeconds(50), 5, "no");
    // claimed again lately, the old one still counts from its first claim
    Ledger.Claim oldAgain = l.claim("old", "ops", EVENT, T0.minusSeconds(10), LEASE).orElseThrow();
    l.failed(oldAgain, T0.minusSeconds(5), 1, "still no");

    assertThat(l.failures(T0.minus(Duration.ofDays(1)), 10))
        .extracting(Ledger.Entry::eventKey)
        .containsExactly("young");
    assertThat(l.failures(T0.minus(Duration.ofDays(3)), 10))
        .extracting(Ledger.Entry::eventKey)
        .containsExactly("young", "old");
  }
}
