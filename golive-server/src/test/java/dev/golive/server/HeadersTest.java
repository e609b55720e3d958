package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Security headers on every kind of answer, and errors as problem+json or pages, never traces. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadersTest {
  @TempDir static Path dir;
  TestServer t;
  TestServer.Client signedIn;

  @BeforeAll
  void start() {
    t = TestServer.sqlite(dir);
    signedIn = t.signedIn("ann@example.test", Role.VIEWER);
  }

  @AfterAll
  void stop() {
    t.close();
  }

  @Test
  void everyKindOfAnswerCarriesTheSecurityHeaders() {
    TestServer.Client anon = t.client();
    List<HttpResponse<String>> answers =
        List.of(
            anon.get("/login"),
            anon.get("/"),
            anon.get("/health"),
            anon.get("/api/openapi.json"),
            anon.get(dev.golive.server.web.Pages.CSS_PATH),
            anon.get("/api/v1/projects"),
            anon.get("/api/v1/nothing-here"),
            anon.get("/nothing-here"),
            anon.json("PUT", "/health", null),
            signedIn.get("/"),
            signedIn.get("/api/v1/projects"),
            signedIn.get("/projects/none"),
            signedIn.get("/api/v1/audits/abc"),
            signedIn.json("POST", "/api/v1/projects", null, "Content-Type", "text/plain"),
            anon.form("/login", Map.of()));
    for (HttpResponse<String> r : answers) {
      var h = r.headers();
      String what = r.request().method() + " " + r.uri() + " → " + r.statusCode();
      assertThat(h.firstValue("Content-Security-Policy"))
          .as(what)
          .hasValueSatisfying(
              csp ->
                  assertThat(csp)
                      .contains("default-src 'none'")
                      .contains("frame-ancestors 'none'")
                      .doesNotContain("unsafe-inline")
                      .doesNotContain("unsafe-eval"));
      assertThat(h.firstValue("X-Content-Type-Options")).as(what).contains("nosniff");
      assertThat(h.firstValue("X-Frame-Options")).as(what).contains("DENY");
      assertThat(h.firstValue("Referrer-Policy")).as(what).contains("no-referrer");
      assertThat(h.firstValue("Cross-Origin-Resource-Policy")).as(what).contains("same-origin");
      assertThat(h.firstValue("Cross-Origin-Opener-Policy")).as(what).contains("same-origin");
      assertThat(h.firstValue("Permissions-Policy")).as(what).isPresent();
      assertThat(h.firstValue("Server")).as(what).isEmpty();
      assertThat(h.firstValue("X-Powered-By")).as(what).isEmpty();
      // plain HTTP on 127.0.0.1: no HSTS, which browsers ignore there anyway
      assertThat(h.firstValue("Strict-Transport-Security")).as(what).isEmpty();
      assertThat(r.body()).as(what).doesNotContain("at io.javalin").doesNotContain("Exception");
    }
  }

  @Test
  void apiErrorsAreProblemJson() {
    TestServer.Client anon = t.client();
    for (HttpResponse<String> r :
        List.of(
            anon.get("/api/v1/projects"),
            signedIn.get("/api/v1/nothing-here"),
            signedIn.get("/api/v1/projects/none"),
            signedIn.get("/api/v1/audits/12345"),
            signedIn.get("/api/v1/projects/none/audits?limit=0"),
            signedIn.json("POST", "/api/v1/projects", null, "Content-Type", "text/plain"),
            signedIn.json("DELETE", "/api/openapi.json", null))) {
      String what = r.request().method() + " " + r.uri() + " → " + r.statusCode();
      assertThat(r.statusCode()).as(what).isBetween(400, 499);
      assertThat(r.headers().firstValue("Content-Type"))
          .as(what)
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      JsonNode p = TestServer.json(r);
      assertThat(p.path("type").asText()).as(what).startsWith("urn:golive:problem:");
      assertThat(p.path("title").asText()).as(what).isNotBlank();
      assertThat(p.path("status").asInt()).as(what).isEqualTo(r.statusCode());
      assertThat(p.path("detail").asText()).as(what).isNotBlank();
    }
  }

  @Test
  void pageErrorsAreHtmlPagesInTheUsersLanguage() {
    HttpResponse<String> r = signedIn.get("/projects/none?lang=uz");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(r.body()).contains("Bu yerda hech narsa yo'q.").contains("<html lang=\"uz\">");
  }

  @Test
  void theStyleSheetIsCachedForGoodAndPagesNotAtAll() {
    HttpResponse<String> css = t.client().get(dev.golive.server.web.Pages.CSS_PATH);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control"))
        .contains("public, max-age=31536000, immutable");
    assertThat(signedIn.get("/").headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void theProjectListComesGzippedWhenAskedAndPlainOtherwise() throws Exception {
    for (int i = 0; i < 12; i++) {
      t.store.createProject("gzip list " + i, "test");
    }
    HttpResponse<String> plain = signedIn.get("/api/v1/projects");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(plain.body()).hasSizeGreaterThan(512).contains("\"gzip-list-11\"");
    for (String accept : List.of("gzip", "br;q=1.0, gzip;q=0.8", "*")) {
      HttpResponse<byte[]> zipped =
          signedIn.http.send(
              HttpRequest.newBuilder(t.url("/api/v1/projects"))
                  .header("Accept-Encoding", accept)
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(zipped.headers().firstValue("Content-Encoding")).as(accept).contains("gzip");
      assertThat(zipped.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
      try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain.body());
      }
    }
    HttpResponse<String> refused =
        signedIn.get("/api/v1/projects", "Accept-Encoding", "gzip;q=0, identity");
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refused.body()).isEqualTo(plain.body());
  }

  @Test
  void pagesComeGzippedWhenAsked() throws Exception {
    HttpResponse<byte[]> r =
        t.client()
            .http
            .send(
                HttpRequest.newBuilder(t.url("/login")).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(r.headers().allValues("Vary"))
        .anySatisfy(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));
  }
}
