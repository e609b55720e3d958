package dev.golive.notify;

import dev.golive.core.score.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An event as JSON fields: what the generic webhook sends and what the {@link Ledger} keeps so a
 * failed delivery can be sent again. Field names are camelCase and stable; verdicts are written as
 * reports write them ({@code GO}, {@code NO-GO}, {@code INCONCLUSIVE}), times as ISO-8601.
 */
public final class EventJson {
  private EventJson() {}

  /** The event's fields: {@code event} (the kind), {@code key}, {@code project}, then its own. */
  public static Map<String, Object> fields(Event event) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("event", event.kind().id());
    m.put("key", event.key());
    m.put("project", event.project());
    switch (event) {
      case Event.VerdictChanged e -> {
        m.put("from", e.from().id());
        m.put("to", e.to().id());
        m.put("auditId", e.auditId());
      }
      case Event.NewContradiction e -> item(m, e.item(), e.check(), e.message(), e.auditId());
      case Event.Regression e -> item(m, e.item(), e.check(), e.message(), e.auditId());
      case Event.CertificateExpiring e -> {
        m.put("host", e.host());
        m.put("daysLeft", e.daysLeft());
        m.put("notAfter", e.notAfter().toString());
      }
      case Event.WaiverExpiring e -> {
        m.put("itemId", e.item().id());
        m.put("item", e.item().text());
        m.put("section", e.item().section());
        m.put("owner", e.owner());
        m.put("reason", e.reason());
        m.put("until", e.until().toString());
        m.put("daysLeft", e.daysLeft());
      }
    }
    m.put("link", event.link());
    return m;
  }

  private static void item(
      Map<String, Object> m, Event.Item item, String check, String message, String auditId) {
    m.put("itemId", item.id());
    m.put("item", item.text());
    m.put("section", item.section());
    m.put("check", check);
    m.put("message", message);
    m.put("auditId", auditId);
  }

  /**
   * The event the fields of {@link #fields} describe.
   *
   * @throws IllegalArgumentException naming what is missing or malformed
   */
  public static Event read(Map<String, ?> m) {
    String kindId = text(m, "event");
    Event.Kind kind = Event.Kind.of(kindId);
    if (kind == null) {
      throw new IllegalArgumentException("unknown event kind '" + kindId + "'");
    }
    String project = text(m, "project");
    String link = text(m, "link");
    return switch (kind) {
      case VERDICT_CHANGED ->
          new Event.VerdictChanged(
              project, verdict(text(m, "from")), verdict(text(m, "to")), text(m, "auditId"), link);
      case NEW_CONTRADICTION ->
          new Event.NewContradiction(
              project, item(m), text(m, "check"), text(m, "message"), text(m, "auditId"), link);
      case REGRESSION ->
          new Event.Regression(
              project, item(m), text(m, "check"), text(m, "message"), text(m, "auditId"), link);
      case CERTIFICATE_EXPIRING ->
          new Event.CertificateExpiring(
              project,
              text(m, "host"),
              number(m, "daysLeft"),
              time(m, "notAfter", Instant::parse),
              link);
      case WAIVER_EXPIRING ->
          new Event.WaiverExpiring(
              project,
              item(m),
              text(m, "owner"),
              text(m, "reason"),
              time(m, "until", LocalDate::parse),
              number(m, "daysLeft"),
              link);
    };
  }

  private static <T> T time(Map<String, ?> m, String name, Function<String, T> parse) {
    String s = text(m, name);
    if (s == null) {
      throw new IllegalArgumentException("the event has no '" + name + "'");
    }
    try {
      return parse.apply(s);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + name + "' is not an ISO-8601 time: " + s, e);
    }
  }

  private static Event.Item item(Map<String, ?> m) {
    return new Event.Item(text(m, "itemId"), text(m, "item"), text(m, "section"));
  }

  private static Verdict verdict(String id) {
    for (Verdict v : Verdict.values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalArgumentException("unknown verdict '" + id + "'");
  }

  private static String text(Map<String, ?> m, String name) {
    Object v = m.get(name);
    return v == null ? null : v.toString();
  }

  private static long number(Map<String, ?> m, String name) {
    Object v = m.get(name);
    if (v instanceof Number n) {
      return n.longValue();
    }
    try {
      return Long.parseLong(String.valueOf(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + name + "' should be a whole number, not " + v, e);
    }
  }
}
