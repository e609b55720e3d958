package dev.golive.bench.observatory;

import dev.golive.bench.observatory.RandomDifferential.Row;
import dev.golive.checks.http.CookiesCheck;
import dev.golive.checks.http.ReferrerPolicyCheck;
import dev.golive.checks.http.SriCheck;
import dev.golive.core.model.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The deliberate differences between golive and Observatory (bench/README.md, "golive and
 * Observatory"), each recognised from the site's recipe and both tools' answers. A disagreement
 * that none of them explains is reported as unexplained: a golive bug until shown otherwise.
 */
final class Differences {
  private Differences() {}

  private static final Set<String> ANY_SITE =
      Set.of("*", "http:", "https:", "ftp:", "http://*", "http://*.*", "https://*", "https://*.*");

  private static final Pattern DIGITS = Pattern.compile("\"?\\d+\"?");
  private static final Pattern SPACED_EQUALS = Pattern.compile("(?i)max-age\\s+=|max-age=\\s");

  /** A kind of deliberate difference, for one check. */
  enum Kind {
    HSTS_MAX_AGE_NOT_A_NUMBER(
        "hsts-max-age-not-a-number",
        "http.hsts",
        "max-age is not a whole number (`abc`, empty, `31536000 includeSubDomains`): browsers"
            + " ignore the header (RFC 6797 section 6.1.1 and 8.1); Observatory's parseInt reads"
            + " NaN or the leading digits, and NaN is never below six months",
        r ->
            fails(r)
                && !r.observatoryFails()
                && r.spec().values("Strict-Transport-Security").size() == 1
                && hstsDirectives(r.spec()).stream()
                    .anyMatch(
                        d -> d.name().equals("max-age") && !DIGITS.matcher(d.value()).matches())),
    HSTS_REPEATED_DIRECTIVE(
        "hsts-repeated-directive",
        "http.hsts",
        "a directive given twice (`max-age=300; max-age=31536000`): RFC 6797 section 6.1 allows"
            + " each once and browsers ignore such a header; Observatory keeps the last max-age",
        r ->
            fails(r)
                && !r.observatoryFails()
                && r.spec().values("Strict-Transport-Security").size() == 1
                && hstsDirectives(r.spec()).stream().map(HstsDirective::name).distinct().count()
                    < hstsDirectives(r.spec()).size()),
    HSTS_SPACES_AROUND_EQUALS(
        "hsts-spaces-around-equals",
        "http.hsts",
        "`max-age = 31536000`: RFC 6797's grammar allows whitespace around `=` and browsers"
            + " accept it; Observatory looks for the exact text `max-age=`",
        r ->
            passes(r)
                && r.result().equals("hsts-header-invalid")
                && r.spec().values("Strict-Transport-Security").stream()
                    .anyMatch(v -> SPACED_EQUALS.matcher(v).find())),
    FRAME_ANCESTORS_ANY(
        "frame-ancestors-any",
        "http.frame-options",
        "CSP `frame-ancestors *` (or https:) lets any site frame the page and browsers then"
            + " ignore X-Frame-Options; Observatory counts any frame-ancestors as protection",
        r ->
            fails(r)
                && r.result().equals("x-frame-options-implemented-via-csp")
                && headerFrameAncestors(r.spec()).stream().anyMatch(ANY_SITE::contains)),
    REDIRECT_LOOP(
        "redirect-loop",
        "http.https-redirect",
        "plain HTTP and HTTPS redirect to each other in a loop: browsers give up with an error"
            + " (the Fetch standard stops after 20 redirects), so visitors never reach the site;"
            + " Observatory stops after ten and judges wherever the tenth lands",
        r -> fails(r) && r.golive().judgement().message().contains("redirects in a loop")),
    FRAME_ANCESTORS_REPEATED_DIRECTIVE(
        "frame-ancestors-repeated-directive",
        "http.frame-options",
        "frame-ancestors in a CSP header that repeats another directive: browsers ignore only"
            + " the repeat and enforce frame-ancestors (CSP Level 3, parse a serialized CSP);"
            + " Observatory calls the whole policy invalid and looks at X-Frame-Options alone",
        r ->
            !r.result().equals("x-frame-options-implemented-via-csp")
                && headerSetsFrameAncestors(r.spec())
                && r.spec().values("Content-Security-Policy").stream()
                    .anyMatch(Differences::repeatsADirective)),
    META_FRAME_ANCESTORS(
        "meta-frame-ancestors",
        "http.frame-options",
        "frame-ancestors only in a `<meta>` policy, where browsers ignore it (CSP Level 3,"
            + " section 6.4.2); Observatory counts it as protection",
        r ->
            fails(r)
                && r.result().equals("x-frame-options-implemented-via-csp")
                && !headerSetsFrameAncestors(r.spec())
                && r.spec().head().stream().anyMatch(m -> m.contains("frame-ancestors"))),
    FRAME_OPTIONS_LIST(
        "frame-options-list",
        "http.frame-options",
        "X-Frame-Options with several values (two fields, or `DENY, SAMEORIGIN`): browsers read"
            + " them as a set, where DENY or SAMEORIGIN among others blocks framing and several"
            + " other values are ignored (HTML standard, X-Frame-Options processing model);"
            + " Observatory reads the joined text as one value",
        r ->
            xfoValues(r.spec()).size() > 1
                && !headerSetsFrameAncestors(r.spec())
                && (r.result().equals("x-frame-options-header-invalid")
                    || r.result().equals("x-frame-options-allow-from-origin"))
                && passes(r) == framingBlocked(xfoValues(r.spec()))),
    CSP_FIELDS_JOINED(
        "csp-fields-joined",
        "http.csp",
        "Content-Security-Policy in two header fields: browsers enforce both policies (CSP Level"
            + " 3, section 3.1); Node joins the fields with a comma and Observatory parses the"
            + " result as one policy",
        r -> r.spec().values("Content-Security-Policy").size() > 1),
    CSP_FIELDS_JOINED_FRAMING(
        "csp-fields-joined",
        "http.frame-options",
        "as for http.csp: two CSP header fields, frame-ancestors in one of them, read by"
            + " Observatory as one garbled policy",
        r -> r.spec().values("Content-Security-Policy").size() > 1),
    NOSNIFF_JOINED(
        "nosniff-joined",
        "http.content-type-options",
        "X-Content-Type-Options with several values, nosniff first (two fields, which Node"
            + " joins, or `nosniff, nosniff`): browsers read the first value (Fetch standard,"
            + " determine nosniff); Observatory calls the joined text invalid",
        r ->
            passes(r)
                && r.result().equals("x-content-type-options-header-invalid")
                && String.join(",", r.spec().values("X-Content-Type-Options")).contains(",")
                && first(r.spec().values("X-Content-Type-Options")).equals("nosniff")),
    META_REFERRER(
        "meta-referrer",
        "http.referrer-policy",
        "`<meta name=referrer>` holds one value and may use the legacy keywords (`never` is"
            + " no-referrer, `always` unsafe-url; HTML standard, the referrer metadata name), and"
            + " browsers ignore a list there; Observatory adds the tag's text to the header's list",
        r -> agreesWhenMetaReadAsHeader(r)),
    HOST_PREFIX_WITHOUT_PATH(
        "host-prefix-without-path",
        "http.cookies",
        "a `__Host-` cookie without a Path attribute: browsers refuse it (RFC 6265bis, the"
            + " __Host- prefix requires `Path=/`), so golive does not judge it; Observatory's"
            + " cookie jar gives it the default path / and keeps it",
        r -> passes(r) && failsWithHostCookiesKept(r)),
    SECURE_COOKIE_OVER_HTTP(
        "secure-cookie-over-http",
        "http.cookies",
        "a Secure cookie set by a plain-HTTP page: only a secure origin may set one (RFC 6265bis),"
            + " so browsers refuse it and golive does not judge it; Observatory's jar keeps it",
        r -> passes(r) && failsWithPlainSecureCookiesKept(r)),
    EXPIRED_COOKIE(
        "expired-cookie",
        "http.cookies",
        "a cookie set already expired (`Max-Age=0`, an Expires in the past) is a deletion:"
            + " browsers store nothing (RFC 6265 section 5.3), so golive does not judge it;"
            + " Observatory reads every cookie its jar was ever given, expired ones too",
        r -> passes(r) && failsWithExpiredCookiesKept(r)),
    CORP_EMPTY(
        "corp-empty",
        "http.corp",
        "an empty Cross-Origin-Resource-Policy: browsers ignore it as any value other than the"
            + " three the Fetch standard names, and golive fails it like any other invalid value;"
            + " Observatory takes the empty text for no header",
        r ->
            fails(r)
                && r.result().equals("corp-not-implemented")
                && r.spec().values("Cross-Origin-Resource-Policy").stream()
                    .anyMatch(String::isBlank)),
    CORS_ORIGIN_BUG(
        "cors-origin-bug",
        "http.cors",
        "the page echoes any Origin with credentials; Observatory looks for the Origin it sent"
            + " among the request's headers, where axios does not keep them, so it never reports"
            + " universal access",
        r -> fails(r) && r.spec().cors() == RandomSite.Cors.ECHO_WITH_CREDENTIALS),
    CORS_NULL_ORIGIN(
        "cors-null-origin",
        "http.cors",
        "`Access-Control-Allow-Origin: null` with credentials: a sandboxed frame on any site has"
            + " the origin null, and the Fetch standard's CORS check lets it read the page as the"
            + " visitor; Observatory counts null as one restricted origin",
        r -> fails(r) && r.spec().cors() == RandomSite.Cors.NULL_WITH_CREDENTIALS),
    PROTOCOL_RELATIVE_SRI(
        "protocol-relative-sri",
        "http.sri",
        "a protocol-relative `//host/...` script takes the page's scheme (HTTPS here);"
            + " Observatory counts every such script as foreign and loaded insecurely",
        r -> passes(r) && failsWithProtocolRelativeInsecure(r));

    final String id;
    final String check;
    final String why;
    private final Predicate<Row> matches;

    Kind(String id, String check, String why, Predicate<Row> matches) {
      this.id = id;
      this.check = check;
      this.why = why;
      this.matches = matches;
    }
  }

  /** The kind that explains {@code r}, a disagreement, if one does. */
  static Optional<Kind> classify(Row r) {
    if (!r.decided() || r.agrees()) {
      return Optional.empty();
    }
    for (Kind k : Kind.values()) {
      if (k.check.equals(r.check()) && k.matches.test(r)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private static boolean fails(Row r) {
    return r.golive().judgement().outcome() == Outcome.FAIL;
  }

  private static boolean passes(Row r) {
    return r.golive().judgement().outcome() != Outcome.FAIL;
  }

  /** The first comma-separated value of the first field, trimmed and lower-cased. */
  private static String first(List<String> values) {
    return values.isEmpty()
        ? ""
        : values.getFirst().split(",", -1)[0].trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether framing is blocked by these X-Frame-Options values, read as the HTML standard reads
   * them: as a set, where several values block when DENY, SAMEORIGIN or ALLOWALL is among them and
   * are ignored otherwise, and one value blocks when it is DENY or SAMEORIGIN.
   */
  static boolean framingBlocked(List<String> values) {
    Set<String> set = new java.util.LinkedHashSet<>(values);
    if (set.size() > 1) {
      return set.contains("deny") || set.contains("sameorigin") || set.contains("allowall");
    }
    return set.contains("deny") || set.contains("sameorigin");
  }

  /**
   * Whether golive's own judgement fails the cookies once every {@code __Host-} cookie without a
   * Path is given {@code Path=/}, as Observatory's cookie jar gives it.
   */
  private static boolean failsWithHostCookiesKept(Row r) {
    if (!(r.golive().evidence() instanceof CookiesCheck.Cookies c)) {
      return false;
    }
    boolean changed = false;
    List<CookiesCheck.SetCookie> kept = new ArrayList<>();
    for (CookiesCheck.SetCookie sc : c.cookies()) {
      String h = sc.header();
      if (h.startsWith("__Host-") && !h.toLowerCase(Locale.ROOT).contains("; path=")) {
        h += "; Path=/";
        changed = true;
      }
      kept.add(new CookiesCheck.SetCookie(sc.url(), h));
    }
    return changed
        && new CookiesCheck()
                .evaluate(
                    new CookiesCheck.Cookies(c.url(), c.status(), kept, c.https(), c.checkedAt()))
                .outcome()
            == Outcome.FAIL;
  }

  /**
   * Whether golive's own judgement agrees with Observatory once the meta tag is read as one more
   * header value, as Observatory reads it.
   */
  private static boolean agreesWhenMetaReadAsHeader(Row r) {
    if (!(r.golive().evidence() instanceof ReferrerPolicyCheck.Policies p) || p.meta() == null) {
      return false;
    }
    List<String> headers = new ArrayList<>(p.headers());
    headers.add(p.meta());
    Outcome asObservatory =
        new ReferrerPolicyCheck(false)
            .evaluate(new ReferrerPolicyCheck.Policies(p.url(), p.status(), headers, null))
            .outcome();
    return (asObservatory == Outcome.FAIL) == r.observatoryFails();
  }

  /**
   * Whether golive's own judgement fails the cookies once the Secure cookies a plain-HTTP page sent
   * are kept, as Observatory's jar keeps them (read as if sent over HTTPS).
   */
  private static boolean failsWithPlainSecureCookiesKept(Row r) {
    if (!(r.golive().evidence() instanceof CookiesCheck.Cookies c)) {
      return false;
    }
    List<CookiesCheck.SetCookie> kept = new ArrayList<>();
    for (CookiesCheck.SetCookie sc : c.cookies()) {
      kept.add(new CookiesCheck.SetCookie(sc.url().replaceFirst("^http:", "https:"), sc.header()));
    }
    return new CookiesCheck()
            .evaluate(new CookiesCheck.Cookies(c.url(), c.status(), kept, c.https(), c.checkedAt()))
            .outcome()
        == Outcome.FAIL;
  }

  /**
   * Whether golive's own judgement fails the cookies once none counts as expired, as none does in
   * Observatory's jar.
   */
  private static boolean failsWithExpiredCookiesKept(Row r) {
    if (!(r.golive().evidence() instanceof CookiesCheck.Cookies c)) {
      return false;
    }
    List<CookiesCheck.SetCookie> kept = new ArrayList<>();
    for (CookiesCheck.SetCookie sc : c.cookies()) {
      String h = sc.header().replaceAll("(?i);\\s*(max-age|expires)=[^;]*", "");
      kept.add(new CookiesCheck.SetCookie(sc.url(), h));
    }
    return new CookiesCheck()
            .evaluate(new CookiesCheck.Cookies(c.url(), c.status(), kept, c.https(), c.checkedAt()))
            .outcome()
        == Outcome.FAIL;
  }

  /**
   * Whether golive's own judgement fails the scripts once every protocol-relative one is read as
   * Observatory reads it: from another site, over plain HTTP.
   */
  private static boolean failsWithProtocolRelativeInsecure(Row r) {
    if (!(r.golive().evidence() instanceof SriCheck.Scripts s)) {
      return false;
    }
    boolean changed = false;
    List<SriCheck.Script> read = new ArrayList<>();
    for (SriCheck.Script script : s.scripts()) {
      String src = script.src();
      if (src != null && src.startsWith("//")) {
        int path = src.indexOf('/', 2);
        src = "http://protocol-relative.invalid" + (path < 0 ? "/" : src.substring(path));
        changed = true;
      }
      read.add(new SriCheck.Script(src, script.integrity()));
    }
    return changed
        && new SriCheck()
                .evaluate(new SriCheck.Scripts(s.url(), s.status(), s.mediaType(), read))
                .outcome()
            == Outcome.FAIL;
  }

  /** A Strict-Transport-Security directive: its lower-case name and its value as written. */
  record HstsDirective(String name, String value) {}

  /** The directives of the site's first Strict-Transport-Security field. */
  static List<HstsDirective> hstsDirectives(RandomSite.Spec spec) {
    List<HstsDirective> out = new ArrayList<>();
    List<String> values = spec.values("Strict-Transport-Security");
    if (values.isEmpty()) {
      return out;
    }
    for (String part : values.getFirst().split(";")) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String name = (eq < 0 ? part : part.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
      out.add(new HstsDirective(name, eq < 0 ? "" : part.substring(eq + 1).trim()));
    }
    return out;
  }

  /** Every X-Frame-Options value the page sends, fields split at commas. */
  static List<String> xfoValues(RandomSite.Spec spec) {
    List<String> out = new ArrayList<>();
    for (String field : spec.values("X-Frame-Options")) {
      for (String v : field.split(",")) {
        out.add(v.trim().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  /**
   * The sources of the first frame-ancestors of each policy in the site's CSP header fields, as
   * browsers read them (a repeat is ignored).
   */
  static List<String> headerFrameAncestors(RandomSite.Spec spec) {
    List<String> out = new ArrayList<>();
    for (String field : spec.values("Content-Security-Policy")) {
      for (String policy : field.split(",")) {
        for (String directive : policy.split(";")) {
          String[] words = directive.trim().split("\\s+");
          if (words[0].equalsIgnoreCase("frame-ancestors")) {
            for (int i = 1; i < words.length; i++) {
              out.add(words[i].toLowerCase(Locale.ROOT));
            }
            break;
          }
        }
      }
    }
    return out;
  }

  /** Whether a CSP header field sets frame-ancestors, with sources or without. */
  static boolean headerSetsFrameAncestors(RandomSite.Spec spec) {
    return spec.values("Content-Security-Policy").stream()
        .flatMap(f -> java.util.Arrays.stream(f.split("[,;]")))
        .anyMatch(d -> d.trim().split("\\s+")[0].equalsIgnoreCase("frame-ancestors"));
  }

  /** Whether a policy names a directive twice (report-uri and report-to aside). */
  static boolean repeatsADirective(String field) {
    for (String policy : field.split(",")) {
      Set<String> seen = new java.util.HashSet<>();
      for (String directive : policy.split(";")) {
        String name = directive.trim().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (!name.isEmpty()
            && !name.equals("report-uri")
            && !name.equals("report-to")
            && !seen.add(name)) {
          return true;
        }
      }
    }
    return false;
  }
}
