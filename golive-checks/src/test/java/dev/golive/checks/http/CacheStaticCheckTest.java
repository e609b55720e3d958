package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheStaticCheckTest {
  private static final CacheStaticCheck CHECK = new CacheStaticCheck(604800, 10);
  private static final String DATE = "Mon, 02 Mar 2026 10:00:00 GMT";

  private static CacheStaticCheck.Assets one(String cacheControl, String expires) {
    return new CacheStaticCheck.Assets(
        "https://shop.test/",
        200,
        "text/html",
        1,
        List.of(
            new CacheStaticCheck.Asset(
                "https://shop.test/app.css", 200, cacheControl, expires, DATE, null)));
  }

  @ParameterizedTest(name = "[{0}] Expires [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "public, max-age=31536000, immutable |                               | PASS",
        "max-age=604800                      |                               | PASS",
        "public, immutable                   |                               | PASS",
        "max-age=86400                       |                               | FAIL",
        "no-cache                            |                               | FAIL",
        "no-store, max-age=31536000          |                               | FAIL",
        "public                              |                               | FAIL",
        "                                    |                               | FAIL",
        "                                    | Mon, 30 Mar 2026 10:00:00 GMT | PASS",
        "                                    | Tue, 03 Mar 2026 10:00:00 GMT | FAIL",
        "                                    | 0                             | FAIL",
      })
  void judgesTheLifetime(String cacheControl, String expires, Outcome outcome) {
    assertThat(CHECK.evaluate(one(cacheControl, expires)).outcome()).isEqualTo(outcome);
  }

  @Test
  void brokenAssetsAreNotJudgedButNoted() {
    var a =
        new CacheStaticCheck.Assets(
            "https://shop.test/",
            200,
            "text/html",
            2,
            List.of(
                new CacheStaticCheck.Asset(
                    "https://shop.test/a.css", 200, "max-age=31536000", null, DATE, null),
                new CacheStaticCheck.Asset("https://shop.test/b.js", 404, null, null, DATE, null)));
    var j = CHECK.evaluate(a);
    assertThat(j.outcome()).isEqualTo(Outcome.WARN);
    assertThat(j.message()).contains("b.js (404)");
    var none =
        new CacheStaticCheck.Assets(
            "https://shop.test/", 200, "text/html", 1, List.of(a.assets().get(1)));
    assertThat(CHECK.evaluate(none).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void pagesWithoutAssetsOfTheirOwnAreSkipped() {
    var a = new CacheStaticCheck.Assets("https://shop.test/", 200, "text/html", 0, List.of());
    assertThat(CHECK.evaluate(a).outcome()).isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void requestsTheSitesOwnAssetsOnly() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html(
                    "<link rel=\"stylesheet\" href=\"/app.css\">"
                        + "<link rel=\"icon\" href=\"/favicon.ico\">"
                        + "<script src=\"app.js#main\"></script>"
                        + "<script src=\"https://cdn.other.test/lib.js\"></script>"))
            .route(
                "/app.css",
                WebServer.Reply.of(200, "body{}")
                    .header("Cache-Control", "public, max-age=31536000, immutable"))
            .route("/app.js", WebServer.Reply.of(200, "1").header("Cache-Control", "max-age=60"))) {
      var a = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(a.assets())
          .extracting(CacheStaticCheck.Asset::url)
          .containsExactly(
              site.url().resolve("/app.css").toString(), site.url().resolve("/app.js").toString());
      assertThat(site.hits("/favicon.ico")).isZero();
      var j = CHECK.evaluate(a);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("app.js has max-age=60");
    }
  }
}
