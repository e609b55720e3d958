package dev.golive.server.notify;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.notify.Event;
import dev.golive.store.Changes;
import dev.golive.store.StoredAudit;
import dev.golive.store.StoredItem;
import dev.golive.store.StoredWaiver;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a team hears about after an audit is stored, found from the stored audits alone (no clock,
 * no I/O):
 *
 * <ul>
 *   <li>{@code verdict-changed}: the verdict differs from that of the audit before it;
 *   <li>{@code regression}: an item the audit before verified is contradicted now;
 *   <li>{@code new-contradiction}: any other item contradicted now and not before (every
 *       contradicted item of a project's first audit);
 *   <li>{@code certificate-expiring}: a {@code tls.expiry} or {@code tls.certificate} finding saw a
 *       certificate with {@value #CERTIFICATE_DAYS} days or fewer left, or {@code tls.expiry}
 *       warned or failed (its own thresholds).
 * </ul>
 *
 * An audit stored after one of the same project that began later (the two overlapped) was
 * overtaken: the later one already told what changed, so it tells of no change.
 *
 * <p>And, from the store's waivers, {@code waiver-expiring} for those ending within {@value
 * #WAIVER_DAYS} days or ended the day before.
 */
public final class AuditEvents {
  /** Days left below which a certificate is notified, whatever the check's own thresholds. */
  public static final int CERTIFICATE_DAYS = 30;

  /** Days left below which a waiver is notified. */
  public static final int WAIVER_DAYS = 14;

  private static final Set<String> CERTIFICATE_CHECKS = Set.of("tls.expiry", "tls.certificate");

  private AuditEvents() {}

  /**
   * The events of {@code audit}.
   *
   * @param previous the project's newest audit when {@code audit} was stored, or {@code null}
   * @param base the server's address, for links, or {@code null}
   */
  public static List<Event> of(StoredAudit audit, StoredAudit previous, URI base) {
    String project = audit.summary().project();
    String id = Long.toString(audit.id());
    String link = base == null ? null : base.resolve("audits/" + id).toString();
    Map<String, Event> events = new LinkedHashMap<>();
    for (StoredItem i : audit.items()) {
      for (Finding f : i.findings()) {
        Event.CertificateExpiring e = certificate(project, f, link);
        if (e != null) {
          add(events, e);
        }
      }
    }
    if (previous != null && previous.summary().started().isAfter(audit.summary().started())) {
      // overtaken: an audit begun after this one was stored first, and told what changed
      return List.copyOf(events.values());
    }
    if (previous != null && previous.summary().verdict() != audit.summary().verdict()) {
      add(
          events,
          new Event.VerdictChanged(
              project, previous.summary().verdict(), audit.summary().verdict(), id, link));
    }
    Set<String> regressed = new HashSet<>();
    List<StoredItem> contradicted;
    if (previous == null) {
      contradicted =
          audit.items().stream().filter(i -> i.verdict() == ItemVerdict.CONTRADICTED).toList();
    } else {
      Changes changes = Changes.between(previous, audit);
      for (Changes.Change c : changes.regressions()) {
        StoredItem i = c.after();
        Finding f = failing(i);
        regressed.add(i.key());
        add(
            events,
            new Event.Regression(
                project, item(i), check(f), f == null ? null : f.message(), id, link));
      }
      contradicted = changes.newContradictions();
    }
    for (StoredItem i : contradicted) {
      if (!regressed.contains(i.key())) {
        Finding f = failing(i);
        add(
            events,
            new Event.NewContradiction(
                project, item(i), check(f), f == null ? null : f.message(), id, link));
      }
    }
    return List.copyOf(events.values());
  }

  /**
   * The {@code waiver-expiring} events of {@code waivers} on {@code today}: those whose last day is
   * within {@value #WAIVER_DAYS} days, or was yesterday.
   *
   * @param link where the waivers are listed, or {@code null}
   */
  public static List<Event> waivers(List<StoredWaiver> waivers, LocalDate today, String link) {
    Map<String, Event> events = new LinkedHashMap<>();
    for (StoredWaiver w : waivers) {
      if (w.until() == null || w.revoked() != null) {
        continue;
      }
      long left = ChronoUnit.DAYS.between(today, w.until());
      if (left < -1 || left > WAIVER_DAYS) {
        continue;
      }
      String text = w.itemText() == null || w.itemText().isBlank() ? w.itemId() : w.itemText();
      add(
          events,
          new Event.WaiverExpiring(
              w.project(),
              new Event.Item(w.itemId(), text, null),
              w.owner(),
              w.reason(),
              w.until(),
              left,
              link));
    }
    return List.copyOf(events.values());
  }

  /** The certificate a TLS finding saw, when it is about to expire; else {@code null}. */
  static Event.CertificateExpiring certificate(String project, Finding f, String link) {
    if (!CERTIFICATE_CHECKS.contains(f.check())) {
      return null;
    }
    Map<String, Object> e = f.evidence();
    if (!(e.get("host") instanceof String host)
        || !(e.get("checkedAt") instanceof String checked)
        || !(e.get("chain") instanceof List<?> chain)
        || chain.isEmpty()
        || !(chain.getFirst() instanceof Map<?, ?> leaf)
        || !(leaf.get("notAfter") instanceof String notAfterText)) {
      return null;
    }
    Instant notAfter;
    long left;
    try {
      notAfter = Instant.parse(notAfterText);
      left = Duration.between(Instant.parse(checked), notAfter).toDays();
    } catch (DateTimeParseException x) {
      return null;
    }
    boolean belowThreshold =
        f.check().equals("tls.expiry")
            && (f.outcome() == Outcome.FAIL || f.outcome() == Outcome.WARN);
    if (left > CERTIFICATE_DAYS && !belowThreshold) {
      return null;
    }
    return new Event.CertificateExpiring(project, host, left, notAfter, link);
  }

  private static void add(Map<String, Event> events, Event e) {
    events.putIfAbsent(e.key(), e);
  }

  private static Event.Item item(StoredItem i) {
    return new Event.Item(
        i.id(), i.text(), i.section().isEmpty() ? null : String.join(" > ", i.section()));
  }

  /** The finding that refutes the item: its first failure, else its first finding. */
  private static Finding failing(StoredItem i) {
    for (Finding f : i.findings()) {
      if (f.outcome() == Outcome.FAIL) {
        return f;
      }
    }
    return i.findings().isEmpty() ? null : i.findings().getFirst();
  }

  private static String check(Finding f) {
    return f == null ? null : f.check();
  }
}
