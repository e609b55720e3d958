package dev.golive.notify;

import dev.golive.core.score.Verdict;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** Made-up events of each kind, for trying channels out ({@code golive notify test}). */
public final class SampleEvents {
  private SampleEvents() {}

  /** An event of {@code kind} for {@code project}, dated from {@code now}. */
  public static Event of(Event.Kind kind, String project, Instant now) {
    String audit = "sample-" + now.getEpochSecond();
    Event.Item item =
        new Event.Item("sample-item", "HSTS is enabled with a long max-age", "Security");
    return switch (kind) {
      case VERDICT_CHANGED ->
          new Event.VerdictChanged(project, Verdict.GO, Verdict.NO_GO, audit, null);
      case NEW_CONTRADICTION ->
          new Event.NewContradiction(
              project,
              item,
              "http.hsts",
              "https://shop.example/ sends no Strict-Transport-Security header",
              audit,
              null);
      case REGRESSION ->
          new Event.Regression(
              project,
              item,
              "http.hsts",
              "https://shop.example/ sends max-age=300, below 31536000",
              audit,
              null);
      case CERTIFICATE_EXPIRING ->
          new Event.CertificateExpiring(
              project, "shop.example", 7, now.plus(Duration.ofDays(7)), null);
      case WAIVER_EXPIRING ->
          new Event.WaiverExpiring(
              project,
              new Event.Item("sample-item", "Backups are restored monthly", "Database"),
              "ops",
              "the restore drill is planned",
              LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(3),
              3,
              null);
    };
  }
}
