package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** The cookies the site sets are Secure, session cookies HttpOnly, SameSite valid. */
@CheckInfo(
    id = "http.cookies",
    needs = TargetKind.WEB,
    title = "Cookies are Secure and session cookies HttpOnly",
    severity = Priority.HIGH,
    description =
        "Reads every Set-Cookie on the way to the page (the walk MDN HTTP Observatory makes:"
            + " HTTPS first, redirects followed) and judges the cookies as Observatory does. Fails"
            + " when any cookie lacks Secure (even on a site with HSTS, which Observatory"
            + " penalises less), when a cookie whose name holds 'sess' or 'login' lacks Secure or"
            + " HttpOnly, when a cookie whose name holds 'csrf' has no SameSite, or when SameSite"
            + " has a value browsers do not know or is None without Secure. Cookies browsers"
            + " refuse to store (a Domain the site is not in, Secure over plain HTTP, a __Secure-"
            + " or __Host- name without what the prefix demands) are not judged, nor are cookies"
            + " set already expired"
            + " (Max-Age=0 or a past Expires: a deletion). Passes when all are right; skipped when"
            + " the page sets no cookie. Values are never kept in the evidence.")
public record CookiesCheck() implements Check<CookiesCheck.Cookies> {

  /** Observatory ignores Heroku's affinity cookie, which the site does not control. */
  private static final Set<String> IGNORED = Set.of("heroku-session-affinity");

  private static final HstsCheck SIX_MONTHS_HSTS = new HstsCheck(15552000, false, false);

  /**
   * The cookies met on the way to the page.
   *
   * @param url the page
   * @param status its status
   * @param cookies every Set-Cookie, value blanked out, with the URL that sent it
   * @param https the site's HTTPS answer, whose HSTS softens Observatory's score for cookies
   *     without Secure (never enough to pass); {@code null} for a site read on its own plain-HTTP
   *     port, where golive does not go looking for HTTPS
   * @param checkedAt when the cookies were read, in seconds since the epoch, to tell which Expires
   *     dates had passed; 0 when unknown (cookies are then judged whatever their Expires)
   */
  public record Cookies(
      String url, int status, List<SetCookie> cookies, HstsCheck.Answer https, long checkedAt) {
    public Cookies {
      cookies = List.copyOf(cookies);
    }
  }

  /** One Set-Cookie header with its value replaced by {@code …}. */
  public record SetCookie(String url, String header) {}

  /** Observatory's cookie results, best first; all but the first two lower its score. */
  enum Result {
    SECURE_WITH_HTTPONLY_SESSIONS_AND_SAMESITE(
        "cookies-secure-with-httponly-sessions-and-samesite"),
    SECURE_WITH_HTTPONLY_SESSIONS("cookies-secure-with-httponly-sessions"),
    WITHOUT_SECURE_BUT_HSTS("cookies-without-secure-flag-but-protected-by-hsts"),
    WITHOUT_SECURE("cookies-without-secure-flag"),
    SESSION_WITHOUT_SECURE_BUT_HSTS("cookies-session-without-secure-flag-but-protected-by-hsts"),
    SAMESITE_INVALID("cookies-samesite-flag-invalid"),
    ANTICSRF_WITHOUT_SAMESITE("cookies-anticsrf-without-samesite-flag"),
    SESSION_WITHOUT_HTTPONLY("cookies-session-without-httponly-flag"),
    SESSION_WITHOUT_SECURE("cookies-session-without-secure-flag");

    final String observatory;

    Result(String observatory) {
      this.observatory = observatory;
    }
  }

  /**
   * A cookie as a browser would store it; {@code expired} when it is set already expired, which
   * deletes any cookie of that name instead (RFC 6265 section 5.3).
   */
  record Parsed(
      String name,
      boolean secure,
      boolean httpOnly,
      String sameSite,
      boolean sameSiteInvalid,
      boolean expired) {}

  @Override
  public Cookies collect(Probe probe) throws IOException, InterruptedException {
    Visit page = Site.page(probe);
    List<SetCookie> sent = new ArrayList<>();
    for (HttpResult r : page.chain()) {
      for (String header : r.headers("set-cookie")) {
        sent.add(new SetCookie(r.url().toString(), redact(header)));
      }
    }
    HttpResult last = page.last();
    HstsCheck.Answer https =
        Site.hasOwnPlainPort(probe.target().web()) ? null : HstsCheck.answer(Site.https(probe));
    return new Cookies(
        last.url().toString(), last.status(), sent, https, Instant.now().getEpochSecond());
  }

  @Override
  public Judgement evaluate(Cookies c) {
    Optional<Judgement> unusable = PageStatus.unusable(c.url(), c.status());
    if (unusable.isPresent()) {
      return unusable.get();
    }
    boolean hsts =
        c.https() != null && SIX_MONTHS_HSTS.evaluate(c.https()).outcome() == Outcome.PASS;
    Map<String, Parsed> jar = new LinkedHashMap<>();
    boolean invalidSameSite = false;
    for (SetCookie s : c.cookies()) {
      Parsed p = parse(s.header(), s.url(), c.checkedAt());
      if (p == null) {
        continue;
      }
      if (p.expired()) {
        // a cookie set already expired is a deletion: browsers store nothing
        jar.remove(p.name());
        continue;
      }
      invalidSameSite |= p.sameSiteInvalid();
      if (!IGNORED.contains(p.name())) {
        jar.put(p.name(), p);
      }
    }
    if (jar.isEmpty()) {
      return Judgement.skipped(c.url() + " sets no cookies (cookies-not-found)");
    }
    Map<Result, Set<String>> why = new LinkedHashMap<>();
    if (invalidSameSite) {
      why.computeIfAbsent(Result.SAMESITE_INVALID, k -> new LinkedHashSet<>());
    }
    boolean missingSameSite = false;
    for (Parsed p : jar.values()) {
      String lower = p.name().toLowerCase(Locale.ROOT);
      boolean session = lower.contains("login") || lower.contains("sess");
      boolean csrf = lower.contains("csrf");
      if (p.sameSiteInvalid() || (!p.secure() && "none".equals(p.sameSite()))) {
        add(why, Result.SAMESITE_INVALID, p.name());
      }
      if (!p.secure()) {
        add(why, hsts ? Result.WITHOUT_SECURE_BUT_HSTS : Result.WITHOUT_SECURE, p.name());
      }
      if (csrf && p.sameSite() == null) {
        add(why, Result.ANTICSRF_WITHOUT_SAMESITE, p.name());
      }
      if (session && !p.secure()) {
        add(
            why,
            hsts ? Result.SESSION_WITHOUT_SECURE_BUT_HSTS : Result.SESSION_WITHOUT_SECURE,
            p.name());
      }
      if (session && !p.httpOnly()) {
        add(why, Result.SESSION_WITHOUT_HTTPONLY, p.name());
      }
      missingSameSite |= p.sameSite() == null;
    }
    String names = String.join(", ", jar.keySet());
    if (why.isEmpty()) {
      Result r =
          missingSameSite
              ? Result.SECURE_WITH_HTTPONLY_SESSIONS
              : Result.SECURE_WITH_HTTPONLY_SESSIONS_AND_SAMESITE;
      return Judgement.pass(
          "every cookie "
              + c.url()
              + " sets is Secure, session cookies HttpOnly ("
              + names
              + ") ("
              + r.observatory
              + ")");
    }
    Result worst = why.keySet().stream().max(Enum::compareTo).orElseThrow();
    return Judgement.fail(
        describe(worst, why.get(worst), c.url()) + " (" + worst.observatory + ")");
  }

  private static void add(Map<Result, Set<String>> why, Result r, String name) {
    why.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(name);
  }

  private static String describe(Result r, Set<String> names, String url) {
    String who = names.isEmpty() ? "a cookie" : "cookie " + String.join(", ", names);
    return switch (r) {
      case SESSION_WITHOUT_SECURE ->
          "session " + who + " on " + url + " lacks Secure, so it travels over plain HTTP";
      case SESSION_WITHOUT_HTTPONLY ->
          "session " + who + " on " + url + " lacks HttpOnly, so scripts can read it";
      case ANTICSRF_WITHOUT_SAMESITE -> "anti-CSRF " + who + " on " + url + " has no SameSite";
      case SAMESITE_INVALID ->
          who + " on " + url + " has a SameSite browsers reject (unknown, or None without Secure)";
      case SESSION_WITHOUT_SECURE_BUT_HSTS ->
          "session " + who + " on " + url + " lacks Secure (HSTS softens it, not enough)";
      case WITHOUT_SECURE -> who + " on " + url + " lacks Secure";
      case WITHOUT_SECURE_BUT_HSTS -> who + " on " + url + " lacks Secure (HSTS softens it)";
      default -> who + " on " + url;
    };
  }

  /**
   * A Set-Cookie sent from {@code url} at {@code now} (seconds since the epoch, 0 when unknown) as
   * a browser stores it, or {@code null} when browsers drop it: no name, a Domain that the URL's
   * host is not in (RFC 6265 section 5.3, step 6), Secure sent over plain HTTP, or a {@code
   * __Secure-}/{@code __Host-} name without what the prefix demands (RFC 6265bis). The last of a
   * repeated attribute wins; Max-Age wins over Expires.
   */
  static Parsed parse(String header, String url, long now) {
    String host = hostOf(url);
    String[] parts = header.split(";", -1);
    String pair = parts[0];
    int eq = pair.indexOf('=');
    if (eq <= 0) {
      return null;
    }
    String name = pair.substring(0, eq).trim();
    if (name.isEmpty()) {
      return null;
    }
    boolean secure = false;
    boolean httpOnly = false;
    boolean invalid = false;
    String sameSite = null;
    String path = null;
    String domain = null;
    Long maxAge = null;
    OptionalLong expires = OptionalLong.empty();
    for (int i = 1; i < parts.length; i++) {
      String av = parts[i].trim();
      if (av.isEmpty()) {
        continue;
      }
      int sep = av.indexOf('=');
      String key = (sep < 0 ? av : av.substring(0, sep)).trim().toLowerCase(Locale.ROOT);
      String value = sep < 0 ? null : av.substring(sep + 1).trim();
      switch (key) {
        case "secure" -> secure = true;
        case "httponly" -> httpOnly = true;
        case "path" -> path = value;
        case "max-age" -> {
          // RFC 6265 section 5.2.2: an optional minus, then digits only; anything else is ignored
          if (value != null && value.matches("-?\\d+")) {
            maxAge = value.startsWith("-") ? -1 : parseOrMax(value);
          }
        }
        case "expires" -> {
          OptionalLong at = value == null ? OptionalLong.empty() : CookieDate.parse(value);
          if (at.isPresent()) {
            expires = at;
          }
        }
        case "domain" -> {
          // an empty Domain is ignored; a leading dot is dropped (RFC 6265 section 5.2.3)
          String d = value == null ? "" : value.toLowerCase(Locale.ROOT);
          d = d.startsWith(".") ? d.substring(1) : d;
          domain = d.isEmpty() ? null : d;
        }
        case "samesite" -> {
          String v = value == null ? "" : value.toLowerCase(Locale.ROOT);
          if (v.equals("lax") || v.equals("strict") || v.equals("none")) {
            sameSite = v;
          } else {
            sameSite = null;
            invalid = true;
          }
        }
        default -> {}
      }
    }
    if (name.startsWith("__Secure-") && !secure) {
      return null;
    }
    if (domain != null && !domainMatches(host, domain)) {
      return null;
    }
    if (secure && url.regionMatches(true, 0, "http:", 0, 5)) {
      // only a secure origin may set a Secure cookie (RFC 6265bis; browsers since 2016)
      return null;
    }
    if (name.startsWith("__Host-") && (!secure || domain != null || !"/".equals(path))) {
      return null;
    }
    boolean expired =
        maxAge != null ? maxAge <= 0 : now > 0 && expires.isPresent() && expires.getAsLong() <= now;
    return new Parsed(name, secure, httpOnly, sameSite, invalid, expired);
  }

  private static long parseOrMax(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Whether {@code host} domain-matches {@code domain} (RFC 6265 section 5.1.3): the same, or a
   * name under it; an address only matches itself.
   */
  static boolean domainMatches(String host, String domain) {
    if (host.equals(domain)) {
      return true;
    }
    boolean address =
        host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    return !address && host.endsWith("." + domain);
  }

  private static String hostOf(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** The header with its value blanked: the name and attributes are evidence, the value is not. */
  static String redact(String header) {
    int semi = header.indexOf(';');
    String pair = semi < 0 ? header : header.substring(0, semi);
    String rest = semi < 0 ? "" : header.substring(semi);
    int eq = pair.indexOf('=');
    return (eq < 0 ? "…" : pair.substring(0, eq + 1) + "…") + rest;
  }
}
