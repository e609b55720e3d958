package dev.golive.bench.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.golive.checks.Judgement;
import dev.golive.checks.http.CookiesCheck;
import dev.golive.checks.http.ReferrerPolicyCheck;
import dev.golive.checks.http.SriCheck;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of deliberate difference is recognised, and nothing else is. */
class DifferencesTest {
  private static RandomSite.Spec site(
      List<Map.Entry<String, String>> headers, RandomSite.Cors cors) {
    return new RandomSite.Spec(
        "site-x",
        RandomSite.Tls.TRUSTED,
        RandomSite.Plain.HTTPS_301,
        RandomSite.Secure.PAGE,
        200,
        "text/html",
        headers,
        List.of(),
        false,
        cors,
        null,
        null,
        List.of(),
        List.of());
  }

  private static RandomDifferential.Row row(
      RandomSite.Spec spec,
      String check,
      Judgement golive,
      Record evidence,
      String result,
      int modifier) {
    return new RandomDifferential.Row(
        spec,
        check,
        "test",
        new GoliveRun.Result(golive, evidence),
        result,
        modifier,
        JsonNodeFactory.instance.objectNode());
  }

  private static Optional<String> kind(RandomDifferential.Row r) {
    return Differences.classify(r).map(k -> k.id);
  }

  @ParameterizedTest(name = "{0} -> blocked {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "deny                     | true",
        "sameorigin               | true",
        "allowall                 | false",
        "allow-from https://a     | false",
        "deny,deny                | true",
        "deny,sameorigin          | true",
        "allowall,bogus           | true",
        "allow-from https://a,deny; | false",
      })
  void framingIsBlockedAsTheHtmlStandardSays(String values, boolean blocked) {
    assertThat(Differences.framingBlocked(Arrays.asList(values.split(",")))).isEqualTo(blocked);
  }

  @Test
  void hstsKindsNeedTheValueThatExplainsThem() {
    var nan =
        site(List.of(Map.entry("Strict-Transport-Security", "max-age=abc")), RandomSite.Cors.NONE);
    Judgement fail = Judgement.fail("Strict-Transport-Security is malformed");
    assertThat(
            kind(
                row(
                    nan,
                    "http.hsts",
                    fail,
                    null,
                    "hsts-implemented-max-age-at-least-six-months",
                    0)))
        .hasValue("hsts-max-age-not-a-number");
    var fine =
        site(
            List.of(Map.entry("Strict-Transport-Security", "max-age=31536000")),
            RandomSite.Cors.NONE);
    assertThat(
            kind(
                row(
                    fine,
                    "http.hsts",
                    fail,
                    null,
                    "hsts-implemented-max-age-at-least-six-months",
                    0)))
        .isEmpty();
    var spaced =
        site(
            List.of(Map.entry("Strict-Transport-Security", "max-age = 31536000")),
            RandomSite.Cors.NONE);
    assertThat(
            kind(
                row(spaced, "http.hsts", Judgement.pass("HSTS"), null, "hsts-header-invalid", -20)))
        .hasValue("hsts-spaces-around-equals");
    var twice =
        site(
            List.of(Map.entry("Strict-Transport-Security", "max-age=1; max-age=31536000")),
            RandomSite.Cors.NONE);
    assertThat(
            kind(
                row(
                    twice,
                    "http.hsts",
                    fail,
                    null,
                    "hsts-implemented-max-age-at-least-six-months",
                    0)))
        .hasValue("hsts-repeated-directive");
  }

  @Test
  void agreementsAndUndecidedAreNeverClassified() {
    var nan =
        site(List.of(Map.entry("Strict-Transport-Security", "max-age=abc")), RandomSite.Cors.NONE);
    assertThat(kind(row(nan, "http.hsts", Judgement.fail("x"), null, "hsts-header-invalid", -20)))
        .isEmpty();
    assertThat(kind(row(nan, "http.hsts", Judgement.error("x"), null, "hsts-header-invalid", 0)))
        .isEmpty();
  }

  @Test
  void corsBugOnlyForAnEchoWithCredentials() {
    Judgement fail = Judgement.fail("echoes the foreign origin");
    String result = "cross-origin-resource-sharing-implemented-with-restricted-access";
    assertThat(
            kind(
                row(
                    site(List.of(), RandomSite.Cors.ECHO_WITH_CREDENTIALS),
                    "http.cors",
                    fail,
                    null,
                    result,
                    0)))
        .hasValue("cors-origin-bug");
    assertThat(kind(row(site(List.of(), RandomSite.Cors.STAR), "http.cors", fail, null, result, 0)))
        .isEmpty();
  }

  @Test
  void anExpiredCookieExplainsACookieDifferenceOnlyWhenItIsWhatObservatoryFails() {
    var spec = site(List.of(), RandomSite.Cors.NONE);
    String url = "https://shop.test/";
    var deletion =
        new CookiesCheck.Cookies(
            url,
            200,
            List.of(new CookiesCheck.SetCookie(url, "sessionid=…; Max-Age=0")),
            null,
            1767225600L);
    Judgement skipped = Judgement.skipped("sets no cookies");
    assertThat(
            kind(
                row(
                    spec,
                    "http.cookies",
                    skipped,
                    deletion,
                    "cookies-session-without-secure-flag",
                    -40)))
        .hasValue("expired-cookie");
    var kept =
        new CookiesCheck.Cookies(
            url,
            200,
            List.of(new CookiesCheck.SetCookie(url, "sessionid=…; Secure; HttpOnly")),
            null,
            1767225600L);
    assertThat(
            kind(
                row(
                    spec,
                    "http.cookies",
                    Judgement.pass("ok"),
                    kept,
                    "cookies-session-without-secure-flag",
                    -40)))
        .isEmpty();
  }

  @Test
  void aMetaReferrerExplainsADifferenceWhenObservatoryReadsItAsAHeaderValue() {
    var spec = site(List.of(), RandomSite.Cors.NONE);
    var never = new ReferrerPolicyCheck.Policies("https://shop.test/", 200, List.of(), "never");
    assertThat(
            kind(
                row(
                    spec,
                    "http.referrer-policy",
                    Judgement.pass("no-referrer"),
                    never,
                    "referrer-policy-header-invalid",
                    -5)))
        .hasValue("meta-referrer");
    var none = new ReferrerPolicyCheck.Policies("https://shop.test/", 200, List.of("foo"), null);
    assertThat(
            kind(
                row(
                    spec,
                    "http.referrer-policy",
                    Judgement.pass("?"),
                    none,
                    "referrer-policy-header-invalid",
                    -5)))
        .isEmpty();
  }

  @Test
  void protocolRelativeScriptsExplainAnSriDifferenceOnlyWhenTheyAreWhatObservatoryFails() {
    var spec = site(List.of(), RandomSite.Cors.NONE);
    String result = "sri-implemented-but-external-scripts-not-loaded-securely";
    var withIntegrity =
        new SriCheck.Scripts(
            "https://shop.test/",
            200,
            "text/html",
            List.of(new SriCheck.Script("//cdn.example.com/a.js", "sha384-x")));
    assertThat(kind(row(spec, "http.sri", Judgement.pass("ok"), withIntegrity, result, -20)))
        .hasValue("protocol-relative-sri");
    var relativeOnly =
        new SriCheck.Scripts(
            "https://shop.test/", 200, "text/html", List.of(new SriCheck.Script("/a.js", null)));
    assertThat(kind(row(spec, "http.sri", Judgement.pass("ok"), relativeOnly, result, -20)))
        .isEmpty();
  }
}
