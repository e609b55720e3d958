package dev.golive.checks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Catalog;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.checks.api.OpenApiCheck.Attempt;
import dev.golive.checks.api.OpenApiCheck.Document;
import dev.golive.checks.api.OpenApiCheck.Found;
import dev.golive.checks.http.HttpResult;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenApiCheckTest {
  private static final OpenApiCheck FIND = new OpenApiCheck("");

  private static final String PETSTORE_JSON =
      """
      {"openapi": "3.0.3",
       "info": {"title": "Shop API", "version": "1.4.0", "x-logo": {"url": "/l.png"}},
       "servers": [{"url": "/api"}],
       "paths": {"/orders": {"get": {"responses": {"200": {"description": "ok"}}}},
                 "/orders/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
       "components": {"schemas": {}}}
      """;

  private static final String SWAGGER_YAML =
      """
      swagger: "2.0"
      info:
        title: Legacy API
        version: 0.9.1
      paths:
        /users:
          get:
            responses:
              "200":
                description: ok
      """;

  private static HttpResult body(String text, String type, boolean truncated) {
    return new HttpResult(
        URI.create("https://api.test/openapi.json"),
        200,
        type == null ? Map.of() : Map.of("content-type", List.of(type)),
        text.getBytes(StandardCharsets.UTF_8),
        text.length(),
        truncated,
        null,
        5);
  }

  @Test
  void readsTheTopOfJsonAndYamlDocuments() {
    assertThat(OpenApiCheck.read(body(PETSTORE_JSON, "application/json", false)))
        .isEqualTo(new Document("json", "openapi", "3.0.3", "Shop API", "1.4.0", true, 2, null));
    assertThat(OpenApiCheck.read(body(SWAGGER_YAML, "application/yaml", false)))
        .isEqualTo(new Document("yaml", "swagger", "2.0", "Legacy API", "0.9.1", true, 1, null));
    assertThat(OpenApiCheck.read(body("<!doctype html><h1>Docs</h1>", "text/html", false)))
        .extracting(Document::parseError)
        .isEqualTo("an HTML or XML page");
    assertThat(OpenApiCheck.read(body("pong", "text/plain", false)).parseError())
        .isEqualTo("the top is not an object");
  }

  @Test
  void aBrokenDocumentSaysWhereItBroke() {
    Document d = OpenApiCheck.read(body("{\"openapi\": \"3.1.0\",\n \"paths\": {,}}", null, false));
    assertThat(d.versionField()).isEqualTo("openapi");
    assertThat(d.parseError()).contains("line 2");
    Judgement j = FIND.evaluate(new Found(List.of(found(d, false))));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("does not parse");
  }

  @Test
  void aDocumentCutAtTheLimitIsJudgedOnItsStart() {
    String cut = PETSTORE_JSON.substring(0, PETSTORE_JSON.indexOf("\"/orders/{id}\"") + 20);
    Document d = OpenApiCheck.read(body(cut, "application/json", true));
    assertThat(d.pathCount()).isEqualTo(2);
    assertThat(d.parseError()).isNotNull();
    Judgement j = FIND.evaluate(new Found(List.of(found(d, true))));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("at least 2 paths (cut at the byte limit");
    String early = PETSTORE_JSON.substring(0, PETSTORE_JSON.indexOf("\"servers\""));
    Document noPaths = OpenApiCheck.read(body(early, "application/json", true));
    assertThat(FIND.evaluate(new Found(List.of(found(noPaths, true)))).outcome())
        .isEqualTo(Outcome.ERROR);
  }

  private static Attempt found(Document d, boolean truncated) {
    return new Attempt(
        "https://api.test/openapi.json", 200, "application/json", 900, truncated, d, null);
  }

  private static Attempt missing(String path) {
    return new Attempt("https://api.test/" + path, 404, "text/html", 9, false, null, null);
  }

  private static Document doc(String field, String version, boolean hasPaths, int paths) {
    return new Document("json", field, version, "Shop API", "1", hasPaths, paths, null);
  }

  @Test
  void judgesTheDocument() {
    assertThat(
            FIND.evaluate(
                    new Found(
                        List.of(
                            missing("openapi.json"),
                            found(doc("openapi", "3.1.0", true, 7), false))))
                .message())
        .isEqualTo("https://api.test/openapi.json serves OpenAPI 3.1.0 'Shop API' with 7 paths");
    assertThat(
            FIND.evaluate(new Found(List.of(found(doc("swagger", "2.0", true, 1), false))))
                .outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(
            FIND.evaluate(new Found(List.of(found(doc("openapi", "3.0.0", false, 0), false))))
                .message())
        .endsWith("without paths");
    assertThat(
            FIND.evaluate(new Found(List.of(found(doc("openapi", "3.0.0", true, 0), false))))
                .outcome())
        .isEqualTo(Outcome.WARN);
    assertThat(
            FIND.evaluate(new Found(List.of(found(doc("openapi", "4.0", true, 3), false))))
                .outcome())
        .isEqualTo(Outcome.WARN);
    assertThat(
            FIND.evaluate(new Found(List.of(found(doc("swagger", "1.2", true, 3), false))))
                .outcome())
        .isEqualTo(Outcome.WARN);
  }

  @Test
  void nothingFoundFailsAndLocksOrSilenceAreErrors() {
    Judgement none =
        FIND.evaluate(new Found(List.of(missing("openapi.json"), missing("swagger.json"))));
    assertThat(none.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(none.message())
        .isEqualTo("no OpenAPI or Swagger document found: /openapi.json 404, /swagger.json 404");
    Attempt locked = new Attempt("https://api.test/v3/api-docs", 401, "", 0, false, null, null);
    assertThat(FIND.evaluate(new Found(List.of(missing("openapi.json"), locked))).outcome())
        .isEqualTo(Outcome.ERROR);
    Attempt stalled = new Attempt("https://api.test/openapi.json", 0, "", 0, false, null, "stalls");
    assertThat(FIND.evaluate(new Found(List.of(stalled))).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void findsASpringDocumentOnARealServer() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route(
                "/v3/api-docs",
                Reply.of(200, PETSTORE_JSON).header("Content-Type", "application/json"))) {
      Judgement j = Probes.run(FIND, Probes.of(api.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).endsWith("/v3/api-docs serves OpenAPI 3.0.3 'Shop API' with 2 paths");
      assertThat(api.hits("/swagger.json")).isZero();
    }
  }

  @Test
  void readsYamlAtANamedPath() throws Exception {
    try (WebServer api =
        WebServer.http()
            .route(
                "/spec/api.yaml",
                Reply.of(200, SWAGGER_YAML).header("Content-Type", "application/yaml"))) {
      Judgement j =
          Probes.run(new OpenApiCheck("/spec/api.yaml"), Probes.of(api.url(), Trust.system()));
      assertThat(j.message())
          .endsWith("/spec/api.yaml serves Swagger 2.0 'Legacy API' with 1 path");
    }
  }

  @Test
  void aCatchAllPageIsNoDocument() throws Exception {
    try (WebServer spa =
        WebServer.http().otherwise(Reply.html("<!doctype html><div id=app></div>"))) {
      Found e = FIND.collect(Probes.of(spa.url(), Trust.system()));
      assertThat(e.attempts()).hasSize(OpenApiCheck.CANDIDATES.size());
      Judgement j = FIND.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("/openapi.json 200 (not OpenAPI)");
      assertThat(
              new OpenApiCheck("/openapi.json")
                  .evaluate(
                      new OpenApiCheck("/openapi.json")
                          .collect(Probes.of(spa.url(), Trust.system())))
                  .message())
          .contains("does not parse as JSON or YAML: an HTML or XML page");
    }
  }

  @Test
  void aStallingServerEndsAtTheDeadlineWithAnError() throws Exception {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      Found e =
          FIND.collect(Probes.of(Target.of(stall.url()), Trust.system(), Duration.ofMillis(1500)));
      assertThat(e.attempts()).hasSize(1);
      assertThat(FIND.evaluate(e).outcome()).isEqualTo(Outcome.ERROR);
    }
  }

  @Test
  void theCatalogMakesItWithItsDefaults() {
    assertThat(Catalog.builtIn().find("api.openapi").orElseThrow().withDefaults()).isEqualTo(FIND);
  }

  @Test
  void itsEvidenceReadsBackAsStored() {
    Found e =
        new Found(List.of(missing("openapi.json"), found(doc("openapi", "3.1.0", true, 7), true)));
    assertThat(Evidence.fromMap(Evidence.toMap(e), Found.class)).isEqualTo(e);
  }

  @Test
  void aPathMustBeAUrlPath() {
    assertThatThrownBy(() -> new OpenApiCheck("/a path with spaces"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'path' is not a URL path: '/a path with spaces'");
  }
}
