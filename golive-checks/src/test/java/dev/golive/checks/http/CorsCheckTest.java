package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorsCheckTest {
  private static final CorsCheck CHECK = new CorsCheck();
  private static final String FOREIGN = CorsCheck.FOREIGN_ORIGIN;

  @ParameterizedTest(name = "allow [{0}] credentials [{1}] -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "                                  |      | PASS | cross-origin-resource-sharing-not-implemented",
        "*                                 |      | PASS | cross-origin-resource-sharing-implemented-with-public-access",
        "*                                 | true | PASS | cross-origin-resource-sharing-implemented-with-public-access",
        "https://partner.test              | true | PASS | cross-origin-resource-sharing-implemented-with-restricted-access",
        "https://cors-probe.golive.invalid |      | PASS | cross-origin-resource-sharing-implemented-with-restricted-access",
        "https://cors-probe.golive.invalid | TRUE | FAIL | cross-origin-resource-sharing-implemented-with-universal-access",
        "null                              |      | PASS | cross-origin-resource-sharing-implemented-with-restricted-access",
        "null                              | true | FAIL | cross-origin-resource-sharing-implemented-with-universal-access",
      })
  void onlyAnEchoedOrNullOriginWithCredentialsFails(
      String allow, String credentials, Outcome outcome, String name) {
    var j =
        CHECK.evaluate(
            new CorsCheck.Answer("https://shop.test/", 200, FOREIGN, allow, credentials));
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(name);
  }

  @Test
  void aRealServerThatEchoesEveryOriginFails() throws Exception {
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                x -> {
                  String origin = WebServer.requestHeaders(x).get("origin");
                  if (origin != null) {
                    x.getResponseHeaders().add("Access-Control-Allow-Origin", origin);
                    x.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
                  }
                  answer(x);
                })) {
      var a = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(a.allowOrigin()).isEqualTo(FOREIGN);
      assertThat(CHECK.evaluate(a).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void aRealServerThatAllowsTheNullOriginWithCredentialsFails() throws Exception {
    // a sandboxed frame on any site sends Origin: null, which this answer lets read the page
    try (WebServer site =
        WebServer.http()
            .route(
                "/",
                x -> {
                  x.getResponseHeaders().add("Access-Control-Allow-Origin", "null");
                  x.getResponseHeaders().add("Access-Control-Allow-Credentials", "true");
                  answer(x);
                })) {
      var j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("origin null");
    }
  }

  private static void answer(com.sun.net.httpserver.HttpExchange x) throws IOException {
    byte[] body = "<p>shop</p>".getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", "text/html");
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }
}
