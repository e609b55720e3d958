package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roles on every route, and API tokens: scoped, revocable, stored hashed. */
class RolesTest {
  @TempDir Path dir;
  TestServer t;
  WebServer site;

  @BeforeEach
  void start() {
    t = TestServer.sqlite(dir);
    site = WebServer.http().route("/", x -> WebServer.Reply.html("<p>shop</p>").handle(x));
  }

  @AfterEach
  void stop() {
    t.close();
    site.close();
  }

  @Test
  void aViewerReadsButCannotTriggerWaiveOrEdit() {
    TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
    String slug = Projects.create(editor, "Shop", site.url());
    TestServer.Client viewer = t.signedIn("vi@example.test", Role.VIEWER);
    assertThat(viewer.get("/api/v1/projects").statusCode()).isEqualTo(200);
    assertThat(viewer.get("/projects/" + slug).statusCode()).isEqualTo(200);
    for (HttpResponse<String> r :
        java.util.List.of(
            viewer.json("POST", "/api/v1/projects/" + slug + "/audits", null),
            viewer.json(
                "POST",
                "/api/v1/projects/" + slug + "/waivers",
                Map.of("item", "x", "reason", "r", "owner", "o")),
            viewer.json("PUT", "/api/v1/projects/" + slug, Projects.body("Shop", site.url())),
            viewer.form("/projects/" + slug + "/audits", Map.of("_csrf", viewer.csrf)))) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    }
    JsonNode problem =
        TestServer.json(viewer.json("POST", "/api/v1/projects/" + slug + "/audits", null));
    assertThat(problem.path("detail").asText()).contains("editor").contains("viewer");
  }

  @Test
  void anEditorCannotManageUsersTokensOrDeleteProjects() {
    TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
    String slug = Projects.create(editor, "Shop", site.url());
    assertThat(editor.get("/api/v1/users").statusCode()).isEqualTo(403);
    assertThat(
            editor
                .json("POST", "/api/v1/users", Map.of("email", "x@example.test", "role", "admin"))
                .statusCode())
        .isEqualTo(403);
    assertThat(editor.json("POST", "/api/v1/tokens", Map.of("name", "ci")).statusCode())
        .isEqualTo(403);
    assertThat(editor.json("DELETE", "/api/v1/projects/" + slug, null).statusCode()).isEqualTo(403);
    TestServer.Client admin = t.signedIn("ad@example.test", Role.ADMIN);
    assertThat(admin.json("DELETE", "/api/v1/projects/" + slug, null).statusCode()).isEqualTo(204);
    assertThat(admin.get("/api/v1/projects/" + slug).statusCode()).isEqualTo(404);
  }

  @Test
  void anAdminMakesUsersWithAOneTimePasswordAndDisablesThem() {
    TestServer.Client admin = t.signedIn("ad@example.test", Role.ADMIN);
    HttpResponse<String> made =
        admin.json("POST", "/api/v1/users", Map.of("email", "new@example.test", "role", "editor"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode u = TestServer.json(made);
    assertThat(u.path("mustChangePassword").asBoolean()).isTrue();
    String oneTime = u.path("oneTimePassword").asText();
    TestServer.Client newcomer = t.client();
    assertThat(newcomer.login("new@example.test", oneTime).headers().firstValue("Location"))
        .contains("/account/password");
    HttpResponse<String> off =
        admin.json("PATCH", "/api/v1/users/" + u.path("id").asLong(), Map.of("disabled", true));
    assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
    assertThat(newcomer.get("/api/v1/me").statusCode()).isEqualTo(401);
    HttpResponse<String> lastAdmin =
        admin.json(
            "PATCH",
            "/api/v1/users/" + TestServer.json(admin.get("/api/v1/me")).path("id").asLong(),
            Map.of("role", "viewer"));
    assertThat(lastAdmin.statusCode()).isEqualTo(409);
    assertThat(TestServer.json(lastAdmin).path("detail").asText()).contains("last active admin");
  }

  @Test
  void tokensActWithinTheirScopeUntilRevoked() {
    String read = t.token("reader@example.test", Role.ADMIN, "read");
    String write = t.token("writer@example.test", Role.EDITOR, "write");
    TestServer.Client c = t.client();
    String slug = Projects.create(c, "Shop", site.url(), "Authorization", TestServer.bearer(write));
    assertThat(c.get("/api/v1/projects", "Authorization", TestServer.bearer(read)).statusCode())
        .isEqualTo(200);
    HttpResponse<String> denied =
        c.json(
            "POST",
            "/api/v1/projects/" + slug + "/audits",
            null,
            "Authorization",
            TestServer.bearer(read));
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(TestServer.json(denied).path("detail").asText()).contains("token's scope");
    // an admin whose token reads only cannot manage users with it
    assertThat(c.get("/api/v1/users", "Authorization", TestServer.bearer(read)).statusCode())
        .isEqualTo(403);

    TestServer.Client admin = t.signedIn("ad@example.test", Role.ADMIN);
    JsonNode tokens = TestServer.json(admin.get("/api/v1/tokens")).path("tokens");
    JsonNode writer = null;
    for (JsonNode tok : tokens) {
      if (tok.path("user").asText().equals("writer@example.test")) {
        writer = tok;
      }
    }
    assertThat(writer).isNotNull();
    assertThat(writer.path("lastUsed").isNull()).isFalse();
    assertThat(writer.path("prefix").asText()).startsWith("glv_").hasSize(8);
    assertThat(writer.toString()).doesNotContain(write);
    assertThat(
            admin.json("DELETE", "/api/v1/tokens/" + writer.path("id").asLong(), null).statusCode())
        .isEqualTo(200);
    HttpResponse<String> revoked =
        c.get("/api/v1/projects", "Authorization", TestServer.bearer(write));
    assertThat(revoked.statusCode()).isEqualTo(401);
    assertThat(TestServer.json(revoked).path("detail").asText()).contains("unknown or revoked");
    String stored =
        t.store
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT token_hash FROM api_tokens WHERE id = :id")
                        .bind("id", 2)
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo(dev.golive.server.auth.Tokens.sha256(write));
  }

  @Test
  void aTokenIsShownOnceAndItsScopeCannotExceedItsUsersRole() {
    TestServer.Client admin = t.signedIn("ad@example.test", Role.ADMIN);
    t.user("vi@example.test", Role.VIEWER);
    HttpResponse<String> tooMuch =
        admin.json(
            "POST",
            "/api/v1/tokens",
            Map.of("name", "ci", "scope", "write", "user", "vi@example.test"));
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    HttpResponse<String> made =
        admin.json(
            "POST",
            "/api/v1/tokens",
            Map.of("name", "ci", "scope", "read", "user", "vi@example.test"));
    assertThat(made.statusCode()).isEqualTo(201);
    String secret = TestServer.json(made).path("token").asText();
    assertThat(secret).startsWith("glv_").hasSize(47);
    assertThat(admin.get("/api/v1/tokens").body()).doesNotContain(secret);
    JsonNode me =
        TestServer.json(t.client().get("/api/v1/me", "Authorization", TestServer.bearer(secret)));
    assertThat(me.path("email").asText()).isEqualTo("vi@example.test");
    assertThat(me.path("via").asText()).isEqualTo("token");
    assertThat(me.has("csrfToken")).isFalse();
  }

  @Test
  void aMalformedOrUnknownTokenIs401() {
    TestServer.Client c = t.client();
    assertThat(c.get("/api/v1/projects", "Authorization", "Basic YTpi").statusCode())
        .isEqualTo(401);
    assertThat(
            c.get("/api/v1/projects", "Authorization", "Bearer glv_" + "x".repeat(43)).statusCode())
        .isEqualTo(401);
  }
}
