package dev.golive.notify;

import dev.golive.core.report.Messages;
import dev.golive.core.score.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Events and settings the tests share. */
final class Samples {
  private Samples() {}

  static final Set<Event.Kind> ALL = EnumSet.allOf(Event.Kind.class);

  /** Fast tries for tests: 10 ms doubling, 2 s a try, 20 s in all. */
  static final RetryPolicy FAST =
      new RetryPolicy(
          4,
          Duration.ofMillis(10),
          Duration.ofMillis(40),
          Duration.ofSeconds(2),
          Duration.ofSeconds(20));

  static final Event.Item HSTS =
      new Event.Item("a1b2c3d4e5f6", "HSTS is enabled <max-age> & preload", "Security / TLS");

  static Event.VerdictChanged verdictChanged() {
    return new Event.VerdictChanged(
        "shop",
        Verdict.GO,
        Verdict.NO_GO,
        "a-1042",
        "https://golive.test/projects/shop/audits/a-1042");
  }

  static Event.NewContradiction contradiction() {
    return new Event.NewContradiction(
        "shop",
        HSTS,
        "http.hsts",
        "https://shop.test/ sends no Strict-Transport-Security header",
        "a-1042",
        null);
  }

  static Event.Regression regression() {
    return new Event.Regression(
        "shop",
        HSTS,
        "http.hsts",
        "https://shop.test/ sends max-age=300, below 31536000",
        "a-1043",
        null);
  }

  static Event.CertificateExpiring certificate(long daysLeft) {
    return new Event.CertificateExpiring(
        "shop", "shop.test", daysLeft, Instant.parse("2026-03-01T12:00:00Z"), null);
  }

  static Event.WaiverExpiring waiver(long daysLeft) {
    return new Event.WaiverExpiring(
        "shop",
        new Event.Item("0f0e0d0c0b0a", "Backups are restored monthly", "Database"),
        "dilnoza",
        "the restore drill moves to Q2",
        LocalDate.parse("2026-03-01"),
        daysLeft,
        null);
  }

  static List<Event> everyKind() {
    return List.of(verdictChanged(), contradiction(), regression(), certificate(7), waiver(3));
  }

  static ChannelConfig.Webhook webhook(String url) {
    return new ChannelConfig.Webhook(
        "ops", ALL, Messages.Lang.EN, new Secret(url), new Secret("${HOOK_SECRET}"));
  }
}
