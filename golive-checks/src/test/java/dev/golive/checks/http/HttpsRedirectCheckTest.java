package dev.golive.checks.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HttpsRedirectCheckTest {
  private static final HttpsRedirectCheck CHECK = new HttpsRedirectCheck("");

  /** A walk through {@code urls}: each redirects to the next, the last answers 200. */
  private static HttpsRedirectCheck.Walk walk(String... urls) {
    List<HttpsRedirectCheck.Hop> hops = new ArrayList<>();
    for (int i = 0; i < urls.length; i++) {
      boolean last = i == urls.length - 1;
      hops.add(new HttpsRedirectCheck.Hop(urls[i], last ? 200 : 301, last ? null : urls[i + 1]));
    }
    return new HttpsRedirectCheck.Walk(urls[0], hops, null, Visit.Failure.NONE, null);
  }

  static Stream<Arguments> walks() {
    return Stream.of(
        Arguments.of(walk("http://shop.test/", "https://shop.test/"), "redirection-to-https"),
        Arguments.of(
            walk("http://shop.test/", "https://shop.test/", "https://www.shop.test/"),
            "redirection-to-https"),
        Arguments.of(walk("http://shop.test/"), "redirection-missing"),
        Arguments.of(
            walk("http://shop.test/", "http://shop.test/home"), "redirection-not-to-https"),
        Arguments.of(
            walk("http://shop.test/", "http://www.shop.test/", "https://www.shop.test/"),
            "redirection-not-to-https-on-initial-redirection"),
        Arguments.of(
            walk("http://shop.test/", "https://www.shop.test/"), "redirection-off-host-from-http"),
        Arguments.of(
            new HttpsRedirectCheck.Walk(
                "http://shop.test/", List.of(), "http://shop.test/", Visit.Failure.REFUSED, "no"),
            "redirection-not-needed-no-http"),
        Arguments.of(
            new HttpsRedirectCheck.Walk(
                "http://shop.test/",
                List.of(new HttpsRedirectCheck.Hop("http://shop.test/", 301, "https://shop.test/")),
                "https://shop.test/",
                Visit.Failure.CERTIFICATE,
                "the certificate has expired"),
            "redirection-invalid-cert"),
        Arguments.of(
            new HttpsRedirectCheck.Walk(
                "http://shop.test/",
                List.of(new HttpsRedirectCheck.Hop("http://shop.test/", 301, "https://shop.test/")),
                "https://shop.test/",
                Visit.Failure.OTHER,
                "stalls"),
            "redirection-to-https"),
        Arguments.of(
            new HttpsRedirectCheck.Walk(
                "http://shop.test/",
                List.of(
                    new HttpsRedirectCheck.Hop("http://shop.test/", 301, "https://shop.test/"),
                    new HttpsRedirectCheck.Hop("https://shop.test/", 301, "http://shop.test/")),
                "http://shop.test/",
                Visit.Failure.LOOP,
                "https://shop.test/: redirects in a loop back to http://shop.test/"),
            "loop"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("walks")
  void judgesTheWalkAsObservatoryDoes(HttpsRedirectCheck.Walk w, String observatory) {
    var j = CHECK.evaluate(w);
    assertThat(j.message()).contains(observatory.equals("loop") ? "loop" : "(" + observatory + ")");
    boolean good =
        observatory.equals("redirection-to-https")
            || observatory.equals("redirection-not-needed-no-http");
    assertThat(j.outcome()).isEqualTo(good ? Outcome.PASS : Outcome.FAIL);
  }

  @Test
  void aStalledPlainServiceCannotDecide() {
    var w =
        new HttpsRedirectCheck.Walk(
            "http://shop.test/", List.of(), "http://shop.test/", Visit.Failure.OTHER, "stalls");
    assertThat(CHECK.evaluate(w).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void fromMustBeAPlainHttpUrl() {
    assertThatThrownBy(() -> new HttpsRedirectCheck("https://shop.test/"))
        .hasMessageContaining("http://");
  }

  @Test
  void followsARealRedirectToHttpsOnTheSameHost(@TempDir Path dir) throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer https =
            WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")))
                .route("/", WebServer.Reply.html("<p>shop</p>"));
        WebServer plain =
            WebServer.http().route("/", WebServer.Reply.redirect(301, https.url().toString()))) {
      var trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
      var check = new HttpsRedirectCheck(plain.url().toString());
      var walk = check.collect(Probes.of(https.url(), trust));
      assertThat(walk.hops()).hasSize(2);
      assertThat(check.evaluate(walk).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aRedirectLoopFailsAndLeavesNoPageToJudge(@TempDir Path dir) throws Exception {
    // plain HTTP sends visitors to HTTPS, which sends them back down: browsers give up
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (WebServer https = WebServer.https(ca.issue(Certificates.Spec.valid("127.0.0.1")));
        WebServer plain = WebServer.http()) {
      plain.route("/", WebServer.Reply.redirect(301, https.url().toString()));
      https.route(
          "/",
          WebServer.Reply.redirect(301, plain.url().toString())
              .header("Content-Security-Policy", "default-src 'none'")
              .header("X-Frame-Options", "DENY"));
      var trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
      var check = new HttpsRedirectCheck(plain.url().toString());
      var probe = Probes.of(https.url(), trust);
      var walk = check.collect(probe);
      assertThat(walk.failure()).isEqualTo(Visit.Failure.LOOP);
      var j = check.evaluate(walk);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("loop");
      // the headers of a redirect in a loop belong to no page a browser shows: an error finding
      assertThatThrownBy(() -> new FrameOptionsCheck().collect(probe))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("redirects in a loop");
    }
  }

  @Test
  void aPlainSiteThatAnswersItselfFails() throws Exception {
    try (WebServer plain = WebServer.http().route("/", WebServer.Reply.html("<p>shop</p>"))) {
      var check = new HttpsRedirectCheck(plain.url().toString());
      var j = Probes.run(check, Probes.of(plain.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("redirection-missing");
    }
  }
}
