package dev.golive.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.score.Verdict;
import dev.golive.notify.Event;
import dev.golive.store.AuditSummary;
import dev.golive.store.RunInfo;
import dev.golive.store.StoredAudit;
import dev.golive.store.StoredItem;
import dev.golive.store.StoredWaiver;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The events of stored audits and waivers: pure, from the stored values alone. */
class AuditEventsTest {
  private static final Instant T0 = Instant.parse("2027-01-10T09:00:00Z");
  private static final URI BASE = URI.create("https://golive.example/");

  private static StoredItem item(String id, ItemVerdict verdict, Finding... findings) {
    return new StoredItem(
        "production",
        "CHECKLIST.md",
        id,
        1,
        1,
        List.of("Security"),
        "Item " + id,
        Priority.HIGH,
        State.DONE,
        true,
        verdict,
        null,
        List.of(findings));
  }

  private static StoredAudit audit(long id, Instant started, Verdict verdict, StoredItem... items) {
    AuditSummary s =
        new AuditSummary(
            id,
            "shop",
            started,
            started.plusSeconds(2),
            verdict,
            null,
            items.length,
            Map.of(),
            "schedule",
            "web-1",
            RunInfo.Origin.SCHEDULE,
            "test",
            "sha256:x");
    return new StoredAudit(s, List.of(), List.of(items));
  }

  private static Finding fail(String check) {
    return new Finding(check, Outcome.FAIL, check + " failed", Map.of(), 1);
  }

  private static List<String> described(List<Event> events) {
    return events.stream().map(Event::key).toList();
  }

  @Test
  void aFirstAuditTellsEachContradictedItem() {
    StoredAudit first =
        audit(
            1,
            T0,
            Verdict.NO_GO,
            item("a", ItemVerdict.CONTRADICTED, fail("http.hsts")),
            item("b", ItemVerdict.VERIFIED));
    List<Event> events = AuditEvents.of(first, null, BASE);
    assertThat(described(events)).containsExactly("new-contradiction/shop/a/1");
    Event.NewContradiction c = (Event.NewContradiction) events.getFirst();
    assertThat(c.check()).isEqualTo("http.hsts");
    assertThat(c.message()).isEqualTo("http.hsts failed");
    assertThat(c.item().section()).isEqualTo("Security");
    assertThat(c.link()).isEqualTo("https://golive.example/audits/1");
  }

  @Test
  void aRegressionIsToldAsOneAndNotAlsoAsANewContradiction() {
    StoredAudit before =
        audit(
            1,
            T0,
            Verdict.GO,
            item("a", ItemVerdict.VERIFIED),
            item("b", ItemVerdict.OPEN),
            item("c", ItemVerdict.CONTRADICTED));
    StoredAudit after =
        audit(
            2,
            T0.plusSeconds(60),
            Verdict.NO_GO,
            item("a", ItemVerdict.CONTRADICTED, fail("http.hsts")),
            item("b", ItemVerdict.CONTRADICTED, fail("http.csp")),
            item("c", ItemVerdict.CONTRADICTED));
    assertThat(described(AuditEvents.of(after, before, BASE)))
        .containsExactly(
            "verdict-changed/shop/2", "regression/shop/a/2", "new-contradiction/shop/b/2");
  }

  @Test
  void anAuditThatChangesNothingTellsNothing() {
    StoredAudit before = audit(1, T0, Verdict.NO_GO, item("a", ItemVerdict.CONTRADICTED));
    StoredAudit after =
        audit(2, T0.plusSeconds(60), Verdict.NO_GO, item("a", ItemVerdict.CONTRADICTED));
    assertThat(AuditEvents.of(after, before, BASE)).isEmpty();
  }

  @Test
  void anAuditOvertakenByALaterOneTellsNoChange() {
    // the audit begun later was stored first and told the change already
    StoredAudit later = audit(2, T0.plusSeconds(1), Verdict.GO, item("a", ItemVerdict.VERIFIED));
    StoredAudit overtaken =
        audit(3, T0, Verdict.NO_GO, item("a", ItemVerdict.CONTRADICTED, fail("http.hsts")));
    assertThat(AuditEvents.of(overtaken, later, BASE)).isEmpty();
  }

  /** A TLS finding with a certificate that ends {@code days} after the check. */
  private static Finding tls(String check, Outcome outcome, long days) {
    Instant checked = T0;
    return new Finding(
        check,
        outcome,
        "said",
        Map.of(
            "host",
            "shop.test",
            "port",
            443,
            "checkedAt",
            checked.toString(),
            "chain",
            List.of(Map.of("notAfter", checked.plusSeconds(days * 86_400).toString()))),
        1);
  }

  @ParameterizedTest(name = "{0} {1} with {2} days left: {3}")
  @CsvSource({
    // check,          outcome, days, told at stage (-1: not told)
    "tls.expiry,       FAIL,    20,   30",
    "tls.expiry,       WARN,    45,   60",
    "tls.expiry,       PASS,    45,   -1",
    "tls.expiry,       PASS,    30,   30",
    "tls.certificate,  PASS,    7,    7",
    "tls.certificate,  PASS,    31,   -1",
    "tls.certificate,  FAIL,    -3,   0",
    "http.hsts,        FAIL,    1,    -1",
  })
  void aCertificateIsToldWhenItsDaysAreFewOrItsCheckSaysSo(
      String check, Outcome outcome, long days, long stage) {
    Event.CertificateExpiring e =
        AuditEvents.certificate("shop", tls(check, outcome, days), "https://golive.example/");
    if (stage < 0) {
      assertThat(e).isNull();
    } else {
      assertThat(e.daysLeft()).isEqualTo(days);
      assertThat(e.key()).endsWith("/d" + stage);
      assertThat(e.host()).isEqualTo("shop.test");
    }
  }

  @Test
  void evidenceWithoutACertificateTellsNothing() {
    Finding error = new Finding("tls.expiry", Outcome.ERROR, "no handshake", Map.of(), 1);
    assertThat(AuditEvents.certificate("shop", error, null)).isNull();
  }

  @Test
  void oneCertificateSeenByTwoChecksIsToldOnce() {
    StoredAudit a =
        audit(
            1,
            T0,
            Verdict.NO_GO,
            item("a", ItemVerdict.CONTRADICTED, tls("tls.expiry", Outcome.FAIL, 5)),
            item("b", ItemVerdict.VERIFIED, tls("tls.certificate", Outcome.PASS, 5)));
    assertThat(AuditEvents.of(a, null, null))
        .filteredOn(e -> e.kind() == Event.Kind.CERTIFICATE_EXPIRING)
        .hasSize(1);
  }

  @Test
  void waiversEndingWithinTwoWeeksOrYesterdayAreTold() {
    LocalDate today = LocalDate.parse("2027-01-10");
    List<StoredWaiver> waivers =
        List.of(
            waiver(1, today.plusDays(14), null),
            waiver(2, today.plusDays(15), null),
            waiver(3, today.minusDays(1), null),
            waiver(4, today.minusDays(2), null),
            waiver(5, null, null),
            waiver(6, today.plusDays(3), T0));
    assertThat(described(AuditEvents.waivers(waivers, today, null)))
        .containsExactly(
            "waiver-expiring/shop/item-1/2027-01-24/d14",
            "waiver-expiring/shop/item-3/2027-01-09/d0");
  }

  private static StoredWaiver waiver(long id, LocalDate until, Instant revoked) {
    return new StoredWaiver(
        id,
        "shop",
        "item-" + id,
        null,
        "vendor fixes it",
        "ops",
        until,
        T0,
        "carol",
        revoked,
        revoked == null ? null : "carol",
        null);
  }
}
