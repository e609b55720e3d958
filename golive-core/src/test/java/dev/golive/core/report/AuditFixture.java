package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Problem;
import dev.golive.core.model.Waiver;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An audit built by hand, as the engine would hand it to the reports: one checklist judged against
 * two targets, every item verdict reached on one of them, findings with evidence, a waiver and a
 * binding problem.
 *
 * <p>{@code prod} is NO-GO: HSTS is ticked but its check fails. {@code staging} is INCONCLUSIVE:
 * the certificate check could not connect.
 */
final class AuditFixture {
  static final String PATH = "shop.md";

  static final String CHECKLIST =
      """
      # Shop — launch

      Ready: 100%

      ## Security (critical)

      - [x] HSTS on every page
      - [x] TLS certificate valid for a month
      - [ ] Security headers set
      - [x] Secrets rotated

      ## Ops (medium)

      - [ ] Uptime alerts
      - [ ] Restore drill
      - [x] Error tracking
      - [ ] Runbook written

      ## After launch

      - [ ] Collect feedback
      """;

  static final int HSTS = 7;
  static final int TLS = 8;
  static final int HEADERS = 9;
  static final int SECRETS = 10;
  static final int UPTIME = 14;
  static final int RESTORE = 15;
  static final int ERRORS = 16;
  static final int RUNBOOK = 17;
  static final int FEEDBACK = 21;

  /** A body long enough that a compact report must cut it. */
  static final String LONG_BODY = "<html><body>" + "Welcome to the shop. ".repeat(30) + "</body>";

  static final Waiver WAIVER =
      new Waiver(
          "Restore drill",
          "drill booked with the hosting team",
          "ops@shop.test",
          LocalDate.of(2031, 3, 31));

  static final Problem PROBLEM =
      new Problem(PATH, HEADERS, "unknown check 'http.csp-headr' (did you mean 'http.csp'?)");

  private AuditFixture() {}

  static Checklist checklist() {
    return ChecklistReader.readText(PATH, CHECKLIST);
  }

  static Map<String, Object> tree(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static Finding hstsMissing() {
    Map<String, Object> headers = tree("content-type", List.of("text/html; charset=utf-8"));
    return new Finding(
        "http.hsts",
        Outcome.FAIL,
        "https://shop.test/ sends no Strict-Transport-Security header",
        tree(
            "url",
            "https://shop.test/",
            "status",
            200,
            "headers",
            headers,
            "hsts",
            null,
            "body",
            LONG_BODY,
            "redirected",
            false,
            "elapsedSeconds",
            0.125,
            "tried",
            List.of("https://shop.test/", "https://www.shop.test/")),
        123);
  }

  static Finding hstsPresent() {
    return new Finding(
        "http.hsts",
        Outcome.PASS,
        "https://staging.shop.test/ sends HSTS with max-age 63072000",
        tree("url", "https://staging.shop.test/", "status", 200, "maxAge", 63072000L),
        88);
  }

  static Finding hstsShort() {
    return new Finding(
        "http.hsts",
        Outcome.WARN,
        "https://preview.shop.test/ sends HSTS with max-age 86400, shorter than a year",
        tree("url", "https://preview.shop.test/", "status", 200, "maxAge", 86400),
        61);
  }

  static Finding certificate() {
    Map<String, Object> leaf = tree("subject", "CN=shop.test", "issuer", "CN=R11");
    return new Finding(
        "tls.cert-expiry",
        Outcome.PASS,
        "shop.test:443 presents a certificate valid for 412 more days",
        tree(
            "host",
            "shop.test",
            "port",
            443,
            "notAfter",
            "2031-01-01T00:00:00Z",
            "daysLeft",
            412,
            "chain",
            List.of(leaf, tree("subject", "CN=R11", "issuer", "CN=ISRG Root X1"))),
        40);
  }

  static Finding certificateUnreachable() {
    return new Finding(
        "tls.cert-expiry",
        Outcome.ERROR,
        "staging.shop.test:443 refused the connection",
        tree("host", "staging.shop.test", "port", 443, "error", "Connection refused"),
        5);
  }

  static Finding csp(Outcome outcome) {
    return new Finding(
        "http.csp",
        outcome,
        outcome == Outcome.PASS
            ? "https://shop.test/ sends a Content-Security-Policy without unsafe-inline"
            : "https://staging.shop.test/ sends no Content-Security-Policy header",
        tree("policy", outcome == Outcome.PASS ? "default-src 'self'" : null),
        12);
  }

  static Finding uptime() {
    return new Finding(
        "http.status",
        Outcome.FAIL,
        "https://shop.test/health answers 503",
        tree("url", "https://shop.test/health", "status", 503),
        31);
  }

  static Finding uptimeHealthy() {
    return new Finding(
        "http.status",
        Outcome.PASS,
        "https://staging.shop.test/health answers 200",
        tree("url", "https://staging.shop.test/health", "status", 200),
        29);
  }

  static Finding staleBackup() {
    return new Finding(
        "db.backup-age",
        Outcome.FAIL,
        "the newest dump is 31 days old",
        tree("newest", "2030-12-01", "ageDays", 31),
        7);
  }

  static Finding errorTracking() {
    return new Finding(
        "config.sentry-dsn",
        Outcome.PASS,
        "SENTRY_DSN is set",
        tree("variable", "SENTRY_DSN", "set", true),
        1);
  }

  static Finding skipped() {
    return new Finding("http.sentry-tunnel", Outcome.SKIPPED, "no tunnel is configured", tree(), 0);
  }

  /** Every verdict but inconclusive: contradicted HSTS, open uptime alerts, a waived drill. */
  static FileAssessment prod() {
    return judge(
        audit(ItemVerdict.CONTRADICTED, hstsMissing()),
        audit(ItemVerdict.VERIFIED, certificate()),
        audit(ItemVerdict.DONE_UNCLAIMED, csp(Outcome.PASS)),
        audit(ItemVerdict.SELF_REPORTED_DONE),
        audit(ItemVerdict.OPEN, uptime()),
        new ItemAudit(ItemVerdict.WAIVED, List.of(staleBackup()), WAIVER),
        audit(ItemVerdict.VERIFIED, errorTracking(), skipped()),
        audit(ItemVerdict.SELF_REPORTED_OPEN),
        audit(ItemVerdict.SELF_REPORTED_OPEN));
  }

  /** Everything holds but the certificate, which could not be checked. */
  static FileAssessment staging() {
    return judge(
        audit(ItemVerdict.VERIFIED, hstsPresent()),
        audit(ItemVerdict.INCONCLUSIVE, certificateUnreachable()),
        audit(ItemVerdict.DONE_UNCLAIMED, csp(Outcome.PASS)),
        audit(ItemVerdict.SELF_REPORTED_DONE),
        audit(ItemVerdict.DONE_UNCLAIMED, uptimeHealthy()),
        new ItemAudit(ItemVerdict.WAIVED, List.of(), WAIVER),
        audit(ItemVerdict.VERIFIED, errorTracking()),
        audit(ItemVerdict.SELF_REPORTED_OPEN),
        audit(ItemVerdict.SELF_REPORTED_OPEN));
  }

  /** Every blocking item verified, one with a warning; a waiver with no owner and no end. */
  static FileAssessment preview() {
    return judge(
        audit(ItemVerdict.VERIFIED, hstsShort()),
        audit(ItemVerdict.VERIFIED, certificate()),
        audit(ItemVerdict.DONE_UNCLAIMED, csp(Outcome.PASS)),
        audit(ItemVerdict.SELF_REPORTED_DONE),
        audit(ItemVerdict.SELF_REPORTED_OPEN),
        new ItemAudit(
            ItemVerdict.WAIVED, List.of(), new Waiver("Restore drill", "no data yet", null, null)),
        audit(ItemVerdict.VERIFIED, errorTracking()),
        audit(ItemVerdict.SELF_REPORTED_OPEN),
        audit(ItemVerdict.SELF_REPORTED_OPEN));
  }

  /** {@code file} judged again with the item on {@code line} audited as {@code audit}. */
  static FileAssessment with(FileAssessment file, int line, ItemAudit audit) {
    List<ItemAudit> audits = new ArrayList<>(file.audits());
    audits.set(file.checklist().items().indexOf(item(line)), audit);
    return new Scorer(Policy.defaults()).assess(file.checklist(), audits, file.problems());
  }

  static ItemAudit audit(ItemVerdict verdict, Finding... findings) {
    return new ItemAudit(verdict, Arrays.asList(findings), null);
  }

  private static FileAssessment judge(ItemAudit... audits) {
    Checklist c = checklist();
    if (audits.length != c.items().size()) {
      throw new IllegalStateException("the fixture has " + c.items().size() + " items");
    }
    return new Scorer(Policy.defaults()).assess(c, List.of(audits), List.of(PROBLEM));
  }

  static AuditAssessment audit(TargetAssessment... targets) {
    return new AuditAssessment(List.of(targets), AuditAssessment.overall(List.of(targets)));
  }

  static TargetAssessment target(String name, FileAssessment... files) {
    List<FileAssessment> list = List.of(files);
    return new TargetAssessment(name, new Assessment(list, Scorer.overall(list)));
  }

  /** prod (NO-GO) and staging (INCONCLUSIVE): NO-GO over all. */
  static AuditAssessment twoTargets() {
    return audit(target("prod", prod()), target("staging", staging()));
  }

  static String render(ReportWriter writer, AuditAssessment a, Messages.Lang lang) {
    StringWriter out = new StringWriter();
    try {
      writer.write(a, Messages.of(lang), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String render(ReportWriter writer) {
    return render(writer, twoTargets(), Messages.Lang.EN);
  }

  /** The item on {@code line}, by which tests find it in a report. */
  static Item item(int line) {
    for (Item i : checklist().items()) {
      if (i.line() == line) {
        return i;
      }
    }
    throw new AssertionError("no item on line " + line);
  }

  /** Every fixture assessment, so a test can check a property over all of them. */
  static List<AuditAssessment> all() {
    List<AuditAssessment> all = new ArrayList<>();
    all.add(twoTargets());
    all.add(audit(target("preview", preview())));
    all.add(audit(target("staging", staging())));
    all.add(audit(target("prod", prod(), preview()), target("preview", preview())));
    return all;
  }
}
