package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ServerBannerCheckTest {
  private static final ServerBannerCheck CHECK = new ServerBannerCheck();

  private static ServerBannerCheck.Banners page(String header, String value) {
    var e = new ResponseEvidence("https://shop.test/", 200, Map.of(header, List.of(value)));
    return new ServerBannerCheck.Banners(
        List.of(new ServerBannerCheck.Seen("https://shop.test/", 200, e, null)));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "server              | nginx                         | PASS",
        "server              | cloudflare                    | PASS",
        "server              | ECS (dcb/7F84)                | PASS",
        "server              | Microsoft-HTTPAPI             | PASS",
        "x-powered-by        | Next.js                       | PASS",
        "x-powered-by        | ASP.NET                       | PASS",
        "server              | nginx/1.25.3                  | FAIL",
        "server              | Apache/2.4.57 (Debian)        | FAIL",
        "server              | Apache/2                      | FAIL",
        "server              | Microsoft-IIS/10.0            | FAIL",
        "server              | Jetty(9.4.z-SNAPSHOT)         | FAIL",
        "x-powered-by        | PHP/8.1.2-1ubuntu2.14         | FAIL",
        "x-aspnet-version    | 4.0.30319                     | FAIL",
        "x-aspnetmvc-version | 5.2                           | FAIL",
      })
  void versionNumbersFailProductNamesPass(String header, String value, Outcome outcome) {
    assertThat(CHECK.evaluate(page(header, value)).outcome()).isEqualTo(outcome);
  }

  @Test
  void readsThePageAndTheFooterOfTheNotFoundPage() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route("/", WebServer.Reply.html("<p>shop</p>").header("Server", "nginx"))
            .route(
                ServerBannerCheck.MISSING_PATH,
                WebServer.Reply.of(
                        404,
                        "<html><body><center><h1>404 Not Found</h1></center>"
                            + "<hr><center>nginx/1.18.0 (Ubuntu)</center></body></html>")
                    .header("Server", "nginx")
                    .header("Content-Type", "text/html"))) {
      var b = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(b.answers()).hasSize(2);
      var j = CHECK.evaluate(b);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("nginx/1.18.0");
    }
  }

  @Test
  void aQuietSitePasses() throws Exception {
    try (WebServer site = WebServer.http().route("/", WebServer.Reply.html("<p>shop</p>"))) {
      assertThat(Probes.run(CHECK, Probes.of(site.url(), Trust.system())).outcome())
          .isEqualTo(Outcome.PASS);
    }
  }
}
