package dev.golive.notify;

import dev.golive.core.score.Verdict;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Something a team wants to hear about, found by the server after an audit or by a daily look at
 * expiry dates. Each event has a stable {@link #key()}: the same happening always gets the same
 * key, so the {@link Ledger} can make sure it is sent once per channel.
 */
public sealed interface Event
    permits Event.VerdictChanged,
        Event.NewContradiction,
        Event.Regression,
        Event.CertificateExpiring,
        Event.WaiverExpiring {

  /** The kinds of event, with the ids used in configuration, JSON and dedupe keys. */
  enum Kind {
    VERDICT_CHANGED("verdict-changed"),
    NEW_CONTRADICTION("new-contradiction"),
    REGRESSION("regression"),
    CERTIFICATE_EXPIRING("certificate-expiring"),
    WAIVER_EXPIRING("waiver-expiring");

    private final String id;

    Kind(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    /** The kind named {@code id}, or {@code null}. */
    public static Kind of(String id) {
      for (Kind k : values()) {
        if (k.id.equals(id)) {
          return k;
        }
      }
      return null;
    }
  }

  Kind kind();

  /** The project (checklist) the event belongs to; channels are chosen per project. */
  String project();

  /** Where a reader sees more, such as the audit on the dashboard, or {@code null}. */
  String link();

  /**
   * The dedupe key: the kind, the project and what identifies this happening, as in {@code
   * verdict-changed/shop/a-1042}. At most {@link Keys#MAX_LENGTH} characters.
   */
  String key();

  /**
   * A checklist item as an event names it.
   *
   * @param id the item's stable id
   * @param text the item's words
   * @param section its heading path as shown, or {@code null}
   */
  record Item(String id, String text, String section) {
    public Item {
      Keys.require(id, "item id");
      Keys.require(text, "item text");
    }
  }

  /** The project's verdict differs from the one of its previous audit. */
  record VerdictChanged(String project, Verdict from, Verdict to, String auditId, String link)
      implements Event {
    public VerdictChanged {
      Keys.require(project, "project");
      Keys.require(auditId, "audit id");
      if (from == null || to == null) {
        throw new IllegalArgumentException("a verdict change needs both verdicts");
      }
    }

    @Override
    public Kind kind() {
      return Kind.VERDICT_CHANGED;
    }

    @Override
    public String key() {
      return Keys.of(kind().id(), project, auditId);
    }
  }

  /**
   * A ticked item that a check refutes, for the first time in this audit.
   *
   * @param check the id of the check that fails, as {@code http.hsts}
   * @param message the finding's message
   */
  record NewContradiction(
      String project, Item item, String check, String message, String auditId, String link)
      implements Event {
    public NewContradiction {
      Keys.require(project, "project");
      Keys.require(auditId, "audit id");
      if (item == null) {
        throw new IllegalArgumentException("a contradiction names its item");
      }
    }

    @Override
    public Kind kind() {
      return Kind.NEW_CONTRADICTION;
    }

    @Override
    public String key() {
      return Keys.of(kind().id(), project, item.id(), auditId);
    }
  }

  /** An item that the previous audit verified and this one finds contradicted. */
  record Regression(
      String project, Item item, String check, String message, String auditId, String link)
      implements Event {
    public Regression {
      Keys.require(project, "project");
      Keys.require(auditId, "audit id");
      if (item == null) {
        throw new IllegalArgumentException("a regression names its item");
      }
    }

    @Override
    public Kind kind() {
      return Kind.REGRESSION;
    }

    @Override
    public String key() {
      return Keys.of(kind().id(), project, item.id(), auditId);
    }
  }

  /**
   * A TLS certificate that expires soon, or has expired. One notification per certificate and
   * {@linkplain Keys#stage stage} (30, 14, 7, 3, 1 and 0 days left), not one a day.
   *
   * @param daysLeft whole days from the check to {@code notAfter}; 0 or less once expired
   */
  record CertificateExpiring(
      String project, String host, long daysLeft, Instant notAfter, String link) implements Event {
    public CertificateExpiring {
      Keys.require(project, "project");
      Keys.require(host, "host");
      if (notAfter == null) {
        throw new IllegalArgumentException("a certificate's expiry needs its not-after time");
      }
    }

    @Override
    public Kind kind() {
      return Kind.CERTIFICATE_EXPIRING;
    }

    @Override
    public String key() {
      return Keys.of(
          kind().id(),
          project,
          host.toLowerCase(Locale.ROOT),
          LocalDate.ofInstant(notAfter, ZoneOffset.UTC).toString(),
          "d" + Keys.stage(daysLeft));
    }
  }

  /**
   * A waiver that ends soon, or has ended: the item then counts with its real state. One
   * notification per waiver and {@linkplain Keys#stage stage}.
   *
   * @param until the last day the waiver holds
   * @param daysLeft whole days from today to {@code until}; 0 or less once it has ended
   * @param reason the waiver's reason, or {@code null}
   */
  record WaiverExpiring(
      String project,
      Item item,
      String owner,
      String reason,
      LocalDate until,
      long daysLeft,
      String link)
      implements Event {
    public WaiverExpiring {
      Keys.require(project, "project");
      if (item == null || until == null) {
        throw new IllegalArgumentException("a waiver's expiry names its item and its last day");
      }
    }

    @Override
    public Kind kind() {
      return Kind.WAIVER_EXPIRING;
    }

    @Override
    public String key() {
      return Keys.of(kind().id(), project, item.id(), until.toString(), "d" + Keys.stage(daysLeft));
    }
  }

  /** Builds dedupe keys. */
  final class Keys {
    /** Keys longer than this end in a hash of the whole, so they fit a database column. */
    public static final int MAX_LENGTH = 400;

    private static final long[] STAGES = {0, 1, 3, 7, 14, 30};

    private Keys() {}

    /**
     * The stage an expiry is in: the smallest of 0, 1, 3, 7, 14, 30 days that is not below {@code
     * daysLeft} (0 once expired), or the next multiple of 30 beyond that.
     */
    public static long stage(long daysLeft) {
      for (long s : STAGES) {
        if (daysLeft <= s) {
          return s;
        }
      }
      return (daysLeft + 29) / 30 * 30;
    }

    static String of(String... parts) {
      StringBuilder b = new StringBuilder();
      for (String p : parts) {
        if (b.length() > 0) {
          b.append('/');
        }
        b.append(p.replace("%", "%25").replace("/", "%2F"));
      }
      if (b.length() <= MAX_LENGTH) {
        return b.toString();
      }
      String hash = sha256(b.toString());
      return b.substring(0, MAX_LENGTH - hash.length() - 1) + "#" + hash;
    }

    static void require(String value, String what) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException("an event needs its " + what);
      }
    }

    private static String sha256(String s) {
      try {
        return HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }
  }
}
