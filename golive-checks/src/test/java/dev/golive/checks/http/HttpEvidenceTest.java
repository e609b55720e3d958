package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HttpEvidenceTest {
  static Stream<Record> evidence() {
    return Stream.of(
        HstsCheck.Answer.of("https://shop.test/", 200, "max-age=1"),
        new HttpsRedirectCheck.Walk(
            "http://shop.test/",
            List.of(new HttpsRedirectCheck.Hop("http://shop.test/", 301, "https://shop.test/")),
            "https://shop.test/",
            Visit.Failure.CERTIFICATE,
            "expired"),
        new CookiesCheck.Cookies(
            "https://shop.test/",
            200,
            List.of(new CookiesCheck.SetCookie("https://shop.test/", "a=…; Secure")),
            HstsCheck.Answer.of("https://shop.test/", 200),
            1767225600L),
        new ServerBannerCheck.Banners(
            List.of(
                new ServerBannerCheck.Seen(
                    "https://shop.test/",
                    200,
                    new ResponseEvidence(
                        "https://shop.test/", 200, Map.of("server", List.of("nginx/1.2"))),
                    null))),
        new SriCheck.Scripts(
            "https://shop.test/", 200, "text/html", List.of(new SriCheck.Script("/a.js", null))),
        new CacheStaticCheck.Assets(
            "https://shop.test/",
            200,
            "text/html",
            1,
            List.of(
                new CacheStaticCheck.Asset(
                    "https://shop.test/a.css", 200, "max-age=1", null, null, null))));
  }

  @ParameterizedTest
  @MethodSource("evidence")
  void evidenceSurvivesJson(Record e) {
    assertThat(Evidence.fromMap(Evidence.toMap(e), e.getClass())).isEqualTo(e);
  }
}
