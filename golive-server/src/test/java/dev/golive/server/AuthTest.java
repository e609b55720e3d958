package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signing in and out, sessions, CSRF, the first admin's one-time password. */
class AuthTest {
  @TempDir Path dir;
  TestServer t;

  @BeforeEach
  void start() {
    t = TestServer.sqlite(dir);
  }

  @AfterEach
  void stop() {
    t.close();
  }

  @Test
  void aRightPasswordOpensASessionWithAnHttpOnlyCookie() {
    t.user("ann@example.test", Role.VIEWER);
    TestServer.Client c = t.client();
    HttpResponse<String> r = c.login("Ann@Example.test", TestServer.PASSWORD);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/");
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(
            v ->
                assertThat(v)
                    .startsWith("golive=")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax")
                    .contains("Path=/"));
    HttpResponse<String> home = c.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("ann@example.test");
    JsonNode me = TestServer.json(c.get("/api/v1/me"));
    assertThat(me.path("role").asText()).isEqualTo("viewer");
    assertThat(me.path("via").asText()).isEqualTo("session");
  }

  @Test
  void aWrongPasswordOrAnUnknownAccountIsTheSameRefusal() {
    t.user("ann@example.test", Role.VIEWER);
    HttpResponse<String> wrong = t.client().login("ann@example.test", "not the password");
    HttpResponse<String> unknown = t.client().login("bob@example.test", TestServer.PASSWORD);
    for (HttpResponse<String> r : java.util.List.of(wrong, unknown)) {
      assertThat(r.statusCode()).isEqualTo(401);
      assertThat(r.body()).contains("The e-mail or the password is wrong.");
      assertThat(r.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("golive="));
    }
  }

  @Test
  void theSignInFormNeedsItsOwnCsrfToken() {
    t.user("ann@example.test", Role.VIEWER);
    TestServer.Client c = t.client();
    c.get("/login");
    HttpResponse<String> r =
        c.form(
            "/login",
            Map.of(
                "_csrf", "forged", "email", "ann@example.test", "password", TestServer.PASSWORD));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.headers().allValues("Set-Cookie")).noneMatch(v -> v.startsWith("golive="));
  }

  @Test
  void unsafeRequestsOfASessionNeedItsCsrfToken() {
    TestServer.Client c = t.signedIn("ed@example.test", Role.EDITOR);
    String token = c.csrf;
    c.csrf = null;
    HttpResponse<String> api = c.json("POST", "/api/v1/projects", Map.of("name", "x"));
    assertThat(api.statusCode()).isEqualTo(403);
    assertThat(TestServer.json(api).path("detail").asText()).contains("CSRF");
    HttpResponse<String> form = c.form("/logout", Map.of());
    assertThat(form.statusCode()).isEqualTo(403);
    HttpResponse<String> wrongForm = c.form("/logout", Map.of("_csrf", "x" + token));
    assertThat(wrongForm.statusCode()).isEqualTo(403);
    HttpResponse<String> otherOrigin =
        c.json(
            "POST",
            "/api/v1/projects",
            Map.of("name", "x"),
            Security.CSRF_HEADER,
            token,
            "Origin",
            "https://evil.example");
    assertThat(otherOrigin.statusCode()).isEqualTo(403);
    assertThat(c.form("/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(303);
    assertThat(c.get("/").statusCode()).isEqualTo(302);
  }

  @Test
  void pagesSendStrangersToTheSignInFormAndTheApiAnswers401() {
    HttpResponse<String> page = t.client().get("/projects/x?lang=ru");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location"))
        .contains("/login?next=%2Fprojects%2Fx%3Flang%3Dru");
    HttpResponse<String> api = t.client().get("/api/v1/projects");
    assertThat(api.statusCode()).isEqualTo(401);
    assertThat(api.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"golive\"");
  }

  @Test
  void afterSignInOnlyLocalPathsAreFollowed() {
    assertThat(dev.golive.server.web.Pages.safeNext("//evil.example/x")).isEqualTo("/");
    assertThat(dev.golive.server.web.Pages.safeNext("https://evil.example/")).isEqualTo("/");
    assertThat(dev.golive.server.web.Pages.safeNext("/\\evil.example")).isEqualTo("/");
    assertThat(dev.golive.server.web.Pages.safeNext("/projects/shop")).isEqualTo("/projects/shop");
  }

  @Test
  void theFirstAdminGetsAOneTimePasswordToChangeAtFirstSignIn() {
    Optional<String> oneTime = GoliveServer.firstAdmin(t.server.services(), null, null);
    assertThat(oneTime).isPresent();
    assertThat(GoliveServer.firstAdmin(t.server.services(), null, null)).isEmpty();
    TestServer.Client c = t.client();
    HttpResponse<String> r = c.login("admin@localhost", oneTime.get());
    assertThat(r.headers().firstValue("Location")).contains("/account/password");
    assertThat(c.get("/").headers().firstValue("Location")).contains("/account/password");
    assertThat(c.get("/api/v1/projects").statusCode()).isEqualTo(403);
    HttpResponse<String> changed =
        c.form(
            "/account/password",
            Map.of(
                "_csrf",
                c.csrf,
                "current",
                oneTime.get(),
                "new",
                "a much better passphrase",
                "repeat",
                "a much better passphrase"));
    assertThat(changed.statusCode()).isEqualTo(303);
    assertThat(c.get("/").statusCode()).isEqualTo(200);
    assertThat(t.client().login("admin@localhost", oneTime.get()).statusCode()).isEqualTo(401);
    assertThat(t.client().login("admin@localhost", "a much better passphrase").statusCode())
        .isEqualTo(303);
  }

  @Test
  void theFirstAdminFromTheEnvironmentSignsInWithThatPassword() {
    assertThat(
            GoliveServer.firstAdmin(
                t.server.services(), "root@example.test", "a long admin passphrase"))
        .isEmpty();
    HttpResponse<String> r = t.client().login("root@example.test", "a long admin passphrase");
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains("/");
  }

  @Test
  void onlyTheHashOfASessionIdIsStored() {
    t.user("ann@example.test", Role.VIEWER);
    TestServer.Client c = t.client();
    HttpResponse<String> r = c.login("ann@example.test", TestServer.PASSWORD);
    String id =
        r.headers().allValues("Set-Cookie").stream()
            .filter(v -> v.startsWith("golive="))
            .findFirst()
            .orElseThrow()
            .substring("golive=".length())
            .split(";")[0];
    assertThat(id).hasSize(43);
    String stored =
        t.store
            .jdbi()
            .withHandle(
                h -> h.createQuery("SELECT id_hash FROM sessions").mapTo(String.class).one());
    assertThat(stored).isNotEqualTo(id).isEqualTo(dev.golive.server.auth.Tokens.sha256(id));
  }
}
