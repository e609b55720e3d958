package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CookiesCheckTest {
  private static final CookiesCheck CHECK = new CookiesCheck();
  private static final HstsCheck.Answer NO_HSTS = HstsCheck.Answer.of("https://shop.test/", 200);
  private static final HstsCheck.Answer HSTS =
      HstsCheck.Answer.of("https://shop.test/", 200, "max-age=31536000");

  private static final Certificates.Authority CA = Certificates.authority("golive cookie test CA");

  private static X509TrustManager trust(Path dir) throws IOException {
    return Trust.withCaFile(CA.writePem(dir.resolve("ca.pem")));
  }

  private static CookiesCheck.Cookies cookies(HstsCheck.Answer https, String... headers) {
    List<CookiesCheck.SetCookie> sent =
        Arrays.stream(headers)
            .map(h -> new CookiesCheck.SetCookie("https://shop.test/", h))
            .toList();
    return new CookiesCheck.Cookies("https://shop.test/", 200, sent, https, NOW);
  }

  /** 2026-01-01T00:00:00Z, when these cookies were read. */
  private static final long NOW = 1767225600L;

  /** Cookies separated by '+'; hsts says whether the site sends a six-month HSTS. */
  @ParameterizedTest(name = "{0} (hsts {1}) -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sessionid=…; Secure; HttpOnly; SameSite=Lax         | false | PASS | cookies-secure-with-httponly-sessions-and-samesite",
        "sessionid=…; Secure; HttpOnly                       | false | PASS | cookies-secure-with-httponly-sessions",
        "theme=…; Secure + login_id=…; Secure; HttpOnly; SameSite=Strict | false | PASS | cookies-secure-with-httponly-sessions",
        "theme=…                                             | false | FAIL | cookies-without-secure-flag",
        "theme=…                                             | true  | FAIL | cookies-without-secure-flag-but-protected-by-hsts",
        "sessionid=…; HttpOnly                               | true  | FAIL | cookies-session-without-secure-flag-but-protected-by-hsts",
        "sessionid=…; HttpOnly                               | false | FAIL | cookies-session-without-secure-flag",
        "PHPSESSID=…; Secure                                 | false | FAIL | cookies-session-without-httponly-flag",
        "csrftoken=…; Secure                                 | false | FAIL | cookies-anticsrf-without-samesite-flag",
        "csrftoken=…; Secure; SameSite=Strict                | false | PASS | cookies-secure-with-httponly-sessions-and-samesite",
        "theme=…; Secure; SameSite=Bogus                     | false | FAIL | cookies-samesite-flag-invalid",
        "theme=…; Secure; SameSite                           | false | FAIL | cookies-samesite-flag-invalid",
        "theme=…; SameSite=None                              | false | FAIL | cookies-samesite-flag-invalid",
        "theme=… + sessionid=…; Secure                       | false | FAIL | cookies-session-without-httponly-flag",
      })
  void judgesCookiesAsObservatoryDoes(String headers, boolean hsts, Outcome outcome, String name) {
    var j = CHECK.evaluate(cookies(hsts ? HSTS : NO_HSTS, headers.split(" \\+ ")));
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains("(" + name + ")");
  }

  @Test
  void noCookiesMeansNothingToJudge() {
    assertThat(CHECK.evaluate(cookies(NO_HSTS)).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void cookiesBrowsersDropAreNotJudged() {
    var dropped =
        cookies(
            NO_HSTS,
            "__Secure-id=…; Path=/",
            "__Host-id=…; Secure; Domain=shop.test; Path=/",
            "novalue",
            "heroku-session-affinity=…");
    assertThat(CHECK.evaluate(dropped).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  /** Cookies with a Domain the sending host is not in are refused by browsers. */
  @ParameterizedTest(name = "{1} from {0} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "https://shop.test/     | Domain=other.example | SKIPPED",
        "https://shop.test/     | Domain=hop.test      | SKIPPED",
        "https://shop.test/     | Domain=www.shop.test | SKIPPED",
        "https://shop.test/     | Domain=shop.test     | FAIL",
        "https://shop.test/     | Domain=.SHOP.test    | FAIL",
        "https://www.shop.test/ | Domain=shop.test     | FAIL",
        "https://shop.test/     | Domain=              | FAIL",
        "https://10.0.0.1/      | Domain=0.0.1         | SKIPPED",
        "https://10.0.0.1/      | Domain=10.0.0.1      | FAIL",
      })
  void cookiesForADomainTheSiteIsNotInAreNotJudged(String url, String domain, Outcome outcome) {
    var c =
        new CookiesCheck.Cookies(
            url,
            200,
            List.of(new CookiesCheck.SetCookie(url, "theme=…; Path=/; " + domain)),
            NO_HSTS,
            NOW);
    assertThat(CHECK.evaluate(c).outcome()).isEqualTo(outcome);
  }

  @Test
  void aCookieForAnotherDomainIsRefusedAsBrowsersRefuseIt(@TempDir Path dir) throws Exception {
    try (WebServer site =
        WebServer.https(CA.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Set-Cookie", "_ga=x1; Path=/; Domain=other.example")
                    .header("Set-Cookie", "theme=dark; Secure; Path=/; Domain=127.0.0.1"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), trust(dir)));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("(theme)").doesNotContain("_ga");
    }
  }

  /** Cookies separated by '+'; a cookie set already expired deletes, browsers store nothing. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "sessionid=…; Max-Age=0                                                  | SKIPPED",
        "sessionid=…; Max-Age=-1                                                 | SKIPPED",
        "sessionid=…; Expires=Thu, 01 Jan 1970 00:00:00 GMT                      | SKIPPED",
        "sessionid=…; expires=Thursday, 01-Jan-70 00:00:01 GMT                   | SKIPPED",
        "sessionid=…; Expires=Wed, 31 Dec 2025 23:59:59 GMT                      | SKIPPED",
        "sessionid=…; Max-Age=0; Expires=Wed, 21 Oct 2037 07:28:00 GMT           | SKIPPED",
        "sessionid=…; HttpOnly + sessionid=…; Max-Age=0                          | SKIPPED",
        "sessionid=…; Max-Age=3600; Expires=Thu, 01 Jan 1970 00:00:00 GMT        | FAIL",
        "sessionid=…; Expires=Wed, 21 Oct 2037 07:28:00 GMT                      | FAIL",
        "sessionid=…; Expires=Thu, 01 Jan 2026 00:00:01 GMT                      | FAIL",
        "sessionid=…; Expires=someday                                            | FAIL",
        "sessionid=…; Expires=Thu, 31 Feb 1970 00:00:00 GMT                      | FAIL",
        "sessionid=…; Max-Age=soon                                               | FAIL",
        "sessionid=…; Max-Age=0 + sessionid=…; HttpOnly                          | FAIL",
      })
  void cookiesSetAlreadyExpiredAreDeletionsNotCookies(String headers, Outcome outcome) {
    assertThat(CHECK.evaluate(cookies(NO_HSTS, headers.split(" \\+ "))).outcome())
        .isEqualTo(outcome);
  }

  @Test
  void withoutTheTimeOfReadingExpiresIsNotTrusted() {
    var c =
        new CookiesCheck.Cookies(
            "https://shop.test/",
            200,
            List.of(
                new CookiesCheck.SetCookie(
                    "https://shop.test/", "theme=…; Expires=Thu, 01 Jan 1970 00:00:00 GMT")),
            NO_HSTS,
            0);
    assertThat(CHECK.evaluate(c).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void aRealSiteClearingAnOldCookiePasses(@TempDir Path dir) throws Exception {
    try (WebServer site =
        WebServer.https(CA.issue(Certificates.Spec.valid("127.0.0.1")))
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Set-Cookie", "_ga=; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT")
                    .header("Set-Cookie", "sessionid=; Path=/; Max-Age=0")
                    .header("Set-Cookie", "theme=dark; Secure; Path=/"))) {
      var c = CHECK.collect(Probes.of(site.url(), trust(dir)));
      assertThat(c.checkedAt()).isPositive();
      var j = CHECK.evaluate(c);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("(theme)");
    }
  }

  @Test
  void aSecureCookieSentOverPlainHttpIsRefusedAsBrowsersRefuseIt() throws Exception {
    // only a secure origin may set a Secure cookie: this one never reaches the jar
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Set-Cookie", "sessionid=s1; Secure; Path=/"))) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.SKIPPED);
    }
    var c =
        new CookiesCheck.Cookies(
            "http://shop.test/",
            200,
            List.of(new CookiesCheck.SetCookie("http://shop.test/", "sessionid=…; Secure")),
            null,
            NOW);
    assertThat(CHECK.evaluate(c).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void valuesAreNotKept() {
    assertThat(CookiesCheck.redact("sessionid=s3cr3t; Path=/; HttpOnly"))
        .isEqualTo("sessionid=…; Path=/; HttpOnly");
    assertThat(CookiesCheck.redact("s3cr3t")).isEqualTo("…");
  }

  @Test
  void readsEveryCookieOnTheWayToThePage() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.redirect(302, "/home").header("Set-Cookie", "visit=a1; Secure"))
            .route(
                "/home",
                WebServer.Reply.html("<p>shop</p>")
                    .header("Set-Cookie", "sessionid=b2; HttpOnly; Path=/")
                    .header("Set-Cookie", "theme=dark; Secure"))) {
      var c = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(c.cookies())
          .extracting(CookiesCheck.SetCookie::header)
          .containsExactly("visit=…; Secure", "sessionid=…; HttpOnly; Path=/", "theme=…; Secure");
      assertThat(Evidence.toMap(c).toString()).doesNotContain("b2").doesNotContain("dark");
      var j = CHECK.evaluate(c);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("sessionid").contains("cookies-session-without-secure-flag");
    }
  }
}
