package dev.golive.notify;

import dev.golive.core.report.Messages;
import dev.golive.core.score.Verdict;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The words of notifications in one of golive's languages (English, Uzbek, Russian), from the
 * {@code words} bundle of this package picked by {@link Locale}, with verdict names as golive's
 * reports write them.
 */
public final class Words {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** Each event's item text is cut to this many characters in titles. */
  private static final int TITLE_ITEM = 80;

  private final Messages.Lang lang;
  private final ResourceBundle bundle;
  private final Messages reportWords;

  private Words(Messages.Lang lang) {
    this.lang = lang;
    this.bundle =
        ResourceBundle.getBundle(
            "dev.golive.notify.words",
            Locale.forLanguageTag(lang.code()),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.reportWords = Messages.of(lang);
  }

  public static Words of(Messages.Lang lang) {
    return new Words(lang);
  }

  public Messages.Lang lang() {
    return lang;
  }

  /** The text for {@code key} with {@code args} filled in. */
  String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** "7 days", "1 день", "21 день", "3 дня", "7 kun". */
  String days(long n) {
    String form =
        switch (lang) {
          case RU -> {
            long m10 = Math.abs(n) % 10;
            long m100 = Math.abs(n) % 100;
            if (m10 == 1 && m100 != 11) {
              yield "days.one";
            }
            yield m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? "days.few" : "days.many";
          }
          case EN -> Math.abs(n) == 1 ? "days.one" : "days.other";
          case UZ -> "days.other";
        };
    return get(form, Long.toString(n));
  }

  String verdict(Verdict v) {
    return reportWords.verdict(v);
  }

  /** {@code event} in words; {@code test} adds a note that it is a test message. */
  public Message render(Event event, boolean test) {
    List<Message.Fact> facts = new ArrayList<>();
    String project = event.project();
    String title;
    String summary;
    switch (event) {
      case Event.VerdictChanged e -> {
        String from = verdict(e.from());
        String to = verdict(e.to());
        title = get("title.verdict-changed", project, from, to);
        summary = get("summary.verdict-changed", project, from, to);
        fact(facts, "label.project", project);
        fact(facts, "label.from", from);
        fact(facts, "label.to", to);
        fact(facts, "label.audit", e.auditId());
      }
      case Event.NewContradiction e -> {
        title = get("title.new-contradiction", project);
        summary = get("summary.new-contradiction", e.item().text());
        itemFacts(facts, project, e.item(), e.check(), e.message(), e.auditId());
      }
      case Event.Regression e -> {
        title = get("title.regression", project);
        summary = get("summary.regression", e.item().text());
        itemFacts(facts, project, e.item(), e.check(), e.message(), e.auditId());
      }
      case Event.CertificateExpiring e -> {
        String notAfter = TIME.format(e.notAfter());
        title =
            e.daysLeft() < 0
                ? get("title.certificate-expired", project, e.host())
                : e.daysLeft() == 0
                    ? get("title.certificate-today", project, e.host())
                    : get("title.certificate-expiring", project, e.host(), days(e.daysLeft()));
        summary =
            e.daysLeft() < 0
                ? get("summary.certificate-expired", e.host(), notAfter)
                : get("summary.certificate-expiring", e.host(), notAfter);
        fact(facts, "label.project", project);
        fact(facts, "label.host", e.host());
        fact(facts, "label.notAfter", notAfter);
        fact(facts, "label.daysLeft", Long.toString(Math.max(0, e.daysLeft())));
      }
      case Event.WaiverExpiring e -> {
        String item = Message.cut(e.item().text(), TITLE_ITEM);
        String until = e.until().toString();
        title =
            e.daysLeft() < 0
                ? get("title.waiver-expired", project, item)
                : e.daysLeft() == 0
                    ? get("title.waiver-today", project, item)
                    : get("title.waiver-expiring", project, item, days(e.daysLeft()));
        summary =
            get(e.daysLeft() < 0 ? "summary.waiver-expired" : "summary.waiver-expiring", until);
        fact(facts, "label.project", project);
        fact(facts, "label.item", e.item().text());
        fact(facts, "label.section", e.item().section());
        fact(facts, "label.owner", e.owner());
        fact(facts, "label.reason", e.reason());
        fact(facts, "label.until", until);
      }
    }
    return new Message(
        title, summary, facts, event.link(), get("link"), test ? get("note.test") : null);
  }

  private void itemFacts(
      List<Message.Fact> facts,
      String project,
      Event.Item item,
      String check,
      String message,
      String auditId) {
    fact(facts, "label.project", project);
    fact(facts, "label.item", item.text());
    fact(facts, "label.section", item.section());
    fact(facts, "label.check", check);
    fact(facts, "label.finding", message);
    fact(facts, "label.audit", auditId);
  }

  private void fact(List<Message.Fact> facts, String label, String value) {
    if (value != null && !value.isBlank()) {
      facts.add(new Message.Fact(get(label), value));
    }
  }

  /** When a certificate's validity ends, as messages write it. */
  static String time(Instant instant) {
    return TIME.format(instant);
  }
}
