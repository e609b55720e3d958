package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** HSTS is sent on the site's HTTPS answer with a long enough max-age. */
@CheckInfo(
    id = "http.hsts",
    needs = TargetKind.WEB,
    title = "HSTS is enabled with a long max-age",
    severity = Priority.HIGH,
    description =
        "Requests the site over HTTPS, follows redirects as MDN HTTP Observatory does, and reads"
            + " Strict-Transport-Security on the answer where they end. Fails when HTTPS does not"
            + " answer (nothing listens, no TLS), when the certificate is not trusted (browsers"
            + " ignore HSTS then), when the header is missing, sent twice, malformed (no max-age, a"
            + " directive given twice), or its max-age is below min-max-age (six months by default,"
            + " Observatory's threshold); include-subdomains and preload make those directives"
            + " required. A timeout is an error, not a verdict.")
public record HstsCheck(
    @Param(
            description = "Lowest acceptable max-age in seconds (six months by default)",
            defaultValue = "15552000",
            example = "31536000")
        long minMaxAge,
    @Param(description = "Require includeSubDomains", defaultValue = "false")
        boolean includeSubdomains,
    @Param(description = "Require preload", defaultValue = "false") boolean preload)
    implements Check<HstsCheck.Answer> {

  private static final String HEADER = "strict-transport-security";

  /**
   * The site's HTTPS answer, or why there was none.
   *
   * @param url where the HTTPS walk ended, or the URL that did not answer
   * @param status the answer's status; 0 when there was none
   * @param values every Strict-Transport-Security value sent, in order
   * @param failure why nothing answered; {@code NONE} when something did
   * @param problem the failure in words, or {@code null}
   */
  public record Answer(
      String url, int status, List<String> values, Visit.Failure failure, String problem) {
    public Answer {
      values = List.copyOf(values);
    }

    /** An answer that sent {@code values}. */
    public static Answer of(String url, int status, String... values) {
      return new Answer(url, status, List.of(values), Visit.Failure.NONE, null);
    }
  }

  public HstsCheck {
    if (minMaxAge < 0) {
      throw new IllegalArgumentException("'min-max-age' must not be negative");
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    return answer(Site.https(probe));
  }

  static Answer answer(Visit v) {
    if (!v.answered() && v.failure() != Visit.Failure.LOOP) {
      URI where = v.failed() != null ? v.failed() : v.start();
      return new Answer(where.toString(), 0, List.of(), v.failure(), v.problem());
    }
    // in a loop, the last answer met is judged: browsers keep HSTS from any HTTPS answer
    HttpResult r = v.last();
    return new Answer(r.url().toString(), r.status(), r.headers(HEADER), v.failure(), null);
  }

  @Override
  public Judgement evaluate(Answer e) {
    switch (e.failure()) {
      case REFUSED, HANDSHAKE -> {
        return Judgement.fail(
            e.url()
                + " has no working HTTPS ("
                + detail(e)
                + "), so no HSTS (hsts-not-implemented-no-https)");
      }
      case CERTIFICATE -> {
        return Judgement.fail(
            e.url()
                + " presents a certificate browsers reject ("
                + detail(e)
                + "), and they ignore HSTS sent over it (hsts-invalid-cert; a private CA is"
                + " trusted with --ca-file)");
      }
      case OTHER -> {
        return Judgement.error(e.problem());
      }
      case NONE, LOOP -> {}
    }
    if (e.url().startsWith("http:")) {
      return Judgement.fail(
          "HTTPS redirects down to "
              + e.url()
              + ", where browsers ignore Strict-Transport-Security");
    }
    List<String> values = e.values();
    if (values.isEmpty()) {
      return Judgement.fail(
          e.url() + " sends no Strict-Transport-Security header (hsts-not-implemented)");
    }
    if (values.size() > 1 || values.getFirst().contains(",")) {
      return Judgement.fail(
          e.url()
              + " sends Strict-Transport-Security more than once, which browsers reject"
              + " (hsts-header-invalid)");
    }
    Policy p;
    try {
      p = Policy.parse(values.getFirst());
    } catch (IllegalArgumentException bad) {
      return Judgement.fail(
          "Strict-Transport-Security is malformed: " + bad.getMessage() + " (hsts-header-invalid)");
    }
    if (p.maxAge() < minMaxAge) {
      return Judgement.fail(
          "HSTS max-age is "
              + p.maxAge()
              + " s, below the required "
              + minMaxAge
              + " s (hsts-implemented-max-age-less-than-six-months)");
    }
    if (includeSubdomains && !p.includeSubdomains()) {
      return Judgement.fail("HSTS lacks includeSubDomains");
    }
    if (preload && !p.preload()) {
      return Judgement.fail("HSTS lacks preload");
    }
    return Judgement.pass(
        "HSTS max-age is " + p.maxAge() + " s" + (p.preload() ? ", preload" : ""));
  }

  /** The failure without the URL the fetcher puts in front of it. */
  private static String detail(Answer e) {
    String p = e.problem() == null ? "no answer" : e.problem();
    String prefix = e.url() + ": ";
    return p.startsWith(prefix) ? p.substring(prefix.length()) : p;
  }

  /** A parsed Strict-Transport-Security value (RFC 6797 section 6.1). */
  record Policy(long maxAge, boolean includeSubdomains, boolean preload) {
    static Policy parse(String value) {
      Long maxAge = null;
      boolean sub = false;
      boolean pre = false;
      Set<String> seen = new HashSet<>();
      for (String part : value.split(";")) {
        String d = part.trim();
        if (d.isEmpty()) {
          continue;
        }
        int eq = d.indexOf('=');
        String name = (eq < 0 ? d : d.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        if (!seen.add(name)) {
          throw new IllegalArgumentException("directive '" + name + "' is given twice");
        }
        switch (name) {
          case "max-age" -> {
            String v = eq < 0 ? "" : d.substring(eq + 1).trim().replace("\"", "");
            try {
              maxAge = Long.parseLong(v);
            } catch (NumberFormatException ex) {
              throw new IllegalArgumentException("max-age '" + v + "' is not a number", ex);
            }
          }
          case "includesubdomains" -> sub = true;
          case "preload" -> pre = true;
          default -> {
            // unknown directives are ignored, as the RFC says
          }
        }
      }
      if (maxAge == null) {
        throw new IllegalArgumentException("no max-age");
      }
      return new Policy(maxAge, sub, pre);
    }
  }
}
