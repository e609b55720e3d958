package dev.golive.bench.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Trust;
import dev.golive.testkit.Certificates;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A random site answers as its recipe says, over real sockets. */
class RandomSiteTest {
  private static final Certificates.Authority CA = Certificates.authority("random site test CA");
  private static final Certificates.Issued CERT =
      CA.issue(Certificates.Spec.valid("localhost", "127.0.0.1"));

  private static RandomSite.Spec spec(RandomSite.Tls tls, RandomSite.Plain plain) {
    return new RandomSite.Spec(
        "site-x",
        tls,
        plain,
        RandomSite.Secure.TO_HOME,
        200,
        "text/html; charset=utf-8",
        List.of(
            Map.entry("X-Content-Type-Options", "nosniff"),
            Map.entry("X-Content-Type-Options", "nosniff")),
        List.of("sessionid=v1; Secure; Path=/"),
        false,
        RandomSite.Cors.ECHO_WITH_CREDENTIALS,
        "<cross-domain-policy/>",
        null,
        List.of("<meta name=\"referrer\" content=\"no-referrer\">"),
        List.of(
            new RandomSite.Script("{https}/static/app.js", true),
            new RandomSite.Script(null, false)));
  }

  @TempDir static Path dir;

  private static HttpResponse<String> get(URI url, String... headers) throws Exception {
    SSLContext trust = Trust.context(Trust.withCaFile(CA.writePem(dir.resolve("ca.pem"))));
    HttpClient client =
        HttpClient.newBuilder()
            .sslContext(trust)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest.Builder b = HttpRequest.newBuilder(url);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void answersAsItsRecipeSays() throws Exception {
    try (RandomSite site =
        new RandomSite(spec(RandomSite.Tls.TRUSTED, RandomSite.Plain.HTTPS_308), CERT, CERT)) {
      var plain = get(site.plainUrl());
      assertThat(plain.statusCode()).isEqualTo(308);
      assertThat(plain.headers().firstValue("location")).hasValue(site.web().toString());

      var root = get(site.web());
      assertThat(root.statusCode()).isEqualTo(302);
      assertThat(root.headers().firstValue("location")).hasValue("/home");
      assertThat(root.headers().allValues("set-cookie")).isEmpty();

      var page = get(site.web().resolve("/home"), "Origin", "https://evil.example");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().allValues("x-content-type-options")).hasSize(2);
      assertThat(page.headers().allValues("set-cookie"))
          .containsExactly("sessionid=v1; Secure; Path=/");
      assertThat(page.headers().firstValue("access-control-allow-origin"))
          .hasValue("https://evil.example");
      assertThat(page.headers().firstValue("access-control-allow-credentials")).hasValue("true");
      assertThat(page.body())
          .contains("<meta name=\"referrer\" content=\"no-referrer\">")
          .contains("<script src=\"https://localhost:" + site.httpsPort() + "/static/app.js\"")
          .contains("integrity=");

      assertThat(get(site.web().resolve("/crossdomain.xml")).statusCode()).isEqualTo(200);
      assertThat(get(site.web().resolve("/clientaccesspolicy.xml")).statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aSiteWithoutHttpsRefusesIt() throws Exception {
    try (RandomSite site =
        new RandomSite(spec(RandomSite.Tls.NONE, RandomSite.Plain.PAGE), CERT, CERT)) {
      assertThat(site.web()).isEqualTo(site.plainUrl());
      assertThat(get(site.plainUrl()).statusCode()).isEqualTo(200);
      URI https = URI.create("https://localhost:" + site.httpsPort() + "/");
      assertThatThrownBy(() -> get(https)).isInstanceOf(ConnectException.class);
    }
  }
}
