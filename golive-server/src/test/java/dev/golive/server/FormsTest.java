package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard's forms over HTTP, as a browser without script sends them: roles, CSRF tokens,
 * Post/Redirect/Get, problems shown on the form in the user's language, secrets shown once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsTest {
  @TempDir static Path dir;
  TestServer t;
  WebServer site;
  TestServer.Client editor;
  TestServer.Client viewer;
  TestServer.Client admin;
  Path repositories;

  @BeforeAll
  void start() throws Exception {
    repositories = Files.createDirectories(dir.resolve("repos"));
    Files.createDirectories(repositories.resolve("shop"));
    Files.writeString(repositories.resolve("shop/PRODUCTION_CHECKLIST.md"), Projects.CHECKLIST);
    t = TestServer.sqlite(dir, config(repositories));
    site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
    editor = t.signedIn("ed@example.test", Role.EDITOR);
    viewer = t.signedIn("vi@example.test", Role.VIEWER);
    admin = t.signedIn("ad@example.test", Role.ADMIN);
  }

  /**
   * A local server that reads checklists from {@code repositories}, with room for many sign-ins.
   */
  static ServerConfig config(Path repositories) {
    ServerConfig local = ServerConfig.local(0);
    return new ServerConfig(
        local.bind(),
        0,
        null,
        null,
        null,
        repositories,
        false,
        false,
        local.auditTrust(),
        new ServerConfig.Limits(1000, 1000, 1000),
        Clock.systemUTC());
  }

  @AfterAll
  void stop() {
    t.close();
    site.close();
  }

  @Test
  void anEditorCreatesAProjectFromAnUploadedChecklistAndIsRedirectedToIt() {
    String csrf = TestServer.hidden(editor.get("/new-project").body(), "_csrf");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", csrf);
    f.put("name", "Upload shop");
    f.put("targets", site.url() + "\n");
    f.put("config", "policy:\n  min-score: 50\n");
    f.put("schedule", "0 6 * * *");
    HttpResponse<String> r =
        multipart(
            editor,
            "/new-project",
            f,
            "upload",
            "shop checklist.md",
            Projects.CHECKLIST.getBytes(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/projects/upload-shop?done=project-created");
    String page = editor.get(location + "&lang=en").body();
    assertThat(page).contains("The project was created.").contains("shop checklist.md");
    JsonNode p = TestServer.json(editor.get("/api/v1/projects/upload-shop"));
    assertThat(p.toString()).contains("min-score: 50").contains("0 6 * * *");
    // the edit form shows the settings as they are, and saves a change
    String form = editor.get("/projects/upload-shop/edit").body();
    assertThat(form).contains("min-score: 50").contains("Runbook written");
    Map<String, String> g = new LinkedHashMap<>();
    g.put("_csrf", csrf);
    g.put("path", "shop/PRODUCTION_CHECKLIST.md");
    g.put("markdown", "");
    g.put("targets", site.url().toString());
    g.put("config", "");
    g.put("schedule", "");
    HttpResponse<String> saved =
        multipart(editor, "/projects/upload-shop/edit", g, null, null, null);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
    assertThat(saved.headers().firstValue("Location"))
        .contains("/projects/upload-shop?done=project-saved");
    JsonNode after = TestServer.json(editor.get("/api/v1/projects/upload-shop"));
    assertThat(after.toString())
        .contains("shop/PRODUCTION_CHECKLIST.md")
        .doesNotContain("min-score");
  }

  @Test
  void theProjectFormOffersTheRepositoriesChecklistsAndNamesEveryProblemInRussian() {
    String form = editor.get("/new-project?lang=ru").body();
    assertThat(form)
        .contains("<option value=\"shop/PRODUCTION_CHECKLIST.md\">")
        .contains("Новый проект")
        .contains("enctype=\"multipart/form-data\"");
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", TestServer.hidden(form, "_csrf"));
    f.put("name", "");
    f.put("path", "../outside.md");
    f.put("markdown", "- [ ] pasted too");
    f.put("targets", "ftp://shop.example\nhttps://u:p@shop.example/");
    f.put("config", "");
    f.put("schedule", "");
    HttpResponse<String> r = multipart(editor, "/new-project", f, null, null, null);
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.body())
        .contains("Исправьте, пожалуйста:")
        .contains("Дайте проекту название.")
        .contains("Укажите чек-лист одним способом")
        .contains("ftp://shop.example")
        .contains("есть имя пользователя или пароль")
        // what was sent comes back to be corrected
        .contains("- [ ] pasted too")
        .doesNotContain("a project needs a name");
    assertThat(editor.get("/api/v1/projects").body()).doesNotContain("pasted too");
  }

  @Test
  void aViewerSeesNoFormAndCannotPostOne() {
    String slug = Projects.create(editor, "Viewer shop", site.url());
    Projects.audit(editor, slug);
    String item = itemId(slug, "Runbook written");
    String page = viewer.get("/projects/" + slug).body();
    assertThat(page).doesNotContain("/edit\"").doesNotContain("Audit now").doesNotContain("#waive");
    assertThat(viewer.get("/projects/" + slug + "/items/" + item).body())
        .doesNotContain(item + "/waivers")
        .doesNotContain("name=\"reason\"");
    assertThat(viewer.get("/").body()).doesNotContain("/new-project");
    assertThat(viewer.get("/new-project").statusCode()).isEqualTo(403);
    assertThat(viewer.get("/projects/" + slug + "/edit").statusCode()).isEqualTo(403);
    assertThat(
            viewer
                .form(
                    "/projects/" + slug + "/items/" + item + "/waivers",
                    Map.of("_csrf", viewer.csrf, "reason", "r", "owner", "o"))
                .statusCode())
        .isEqualTo(403);
    assertThat(editor.get("/admin/users").statusCode()).isEqualTo(403);
    assertThat(editor.get("/admin/tokens").statusCode()).isEqualTo(403);
    assertThat(editor.get("/").body()).contains("/new-project").doesNotContain("/admin/users");
    assertThat(admin.get("/").body()).contains("/admin/users").contains("/admin/tokens");
  }

  @Test
  void aFormWithoutTheSessionsCsrfTokenIsRefused() {
    assertThat(editor.form("/new-project", Map.of("name", "No token")).statusCode()).isEqualTo(403);
    Map<String, String> f = new LinkedHashMap<>();
    f.put("_csrf", "wrong");
    f.put("name", "No token");
    assertThat(multipart(editor, "/new-project", f, null, null, null).statusCode()).isEqualTo(403);
    assertThat(editor.get("/api/v1/projects").body()).doesNotContain("No token");
  }

  @Test
  void aWaiverGrantedThroughTheFormShowsOnTheItemTheProjectAndTheWaiversPage() {
    String slug = Projects.create(editor, "Waiver shop", site.url());
    Projects.audit(editor, slug);
    String item = itemId(slug, "Runbook written");
    String path = "/projects/" + slug + "/items/" + item;
    String form = editor.get(path + "?lang=uz").body();
    assertThat(form).contains("Istisno berish").contains("name=\"owner\"");
    HttpResponse<String> past =
        editor.form(
            path + "/waivers",
            Map.of(
                "_csrf",
                editor.csrf,
                "reason",
                "after launch",
                "owner",
                "ops",
                "until",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()));
    assertThat(past.statusCode()).isEqualTo(422);
    assertThat(past.body()).contains("Tugash kuni o'tib ketgan.").contains("after launch");
    String until = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();
    HttpResponse<String> r =
        editor.form(
            path + "/waivers",
            Map.of("_csrf", editor.csrf, "reason", "after launch", "owner", "ops", "until", until));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).contains(path + "?done=waiver-granted");
    assertThat(editor.get(path + "?done=waiver-granted&lang=en").body())
        .contains("The waiver was granted.")
        .contains("after launch — ops")
        .contains(until)
        .contains("/revoke");
    assertThat(editor.get("/projects/" + slug + "?lang=en").body())
        .contains("holds from the next audit");
    assertThat(editor.get("/waivers").body()).contains("Runbook written").contains("after launch");
    // the next audit counts it waived
    Projects.audit(editor, slug);
    assertThat(AuditFlowTest.find(latestAudit(slug), "Runbook written").path("verdict").asText())
        .isEqualTo("waived");
    // and revoking it from the item's page leads back there
    long id =
        TestServer.json(editor.get("/api/v1/projects/" + slug + "/waivers"))
            .path("waivers")
            .get(0)
            .path("id")
            .asLong();
    HttpResponse<String> revoked =
        editor.form("/waivers/" + id + "/revoke", Map.of("_csrf", editor.csrf, "next", path));
    assertThat(revoked.headers().firstValue("Location")).contains(path + "?done=waiver-revoked");
    assertThat(TestServer.json(editor.get("/api/v1/projects/" + slug + "/waivers")).path("waivers"))
        .isEmpty();
  }

  @Test
  void anItemIsSignedOffAndTheSignOffRevoked() {
    String slug = Projects.create(editor, "Sign shop", site.url());
    Projects.audit(editor, slug);
    String item = itemId(slug, "Runbook written");
    String path = "/projects/" + slug + "/items/" + item;
    HttpResponse<String> empty =
        editor.form(path + "/sign-offs", Map.of("_csrf", editor.csrf, "reason", " "));
    assertThat(empty.statusCode()).isEqualTo(422);
    assertThat(empty.body()).contains("Give a reason.");
    HttpResponse<String> r =
        editor.form(
            path + "/sign-offs", Map.of("_csrf", editor.csrf, "reason", "read the runbook"));
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(editor.get(path + "?lang=en").body())
        .contains("signed off")
        .contains("read the runbook — ed@example.test");
    JsonNode so =
        TestServer.json(editor.get("/api/v1/projects/" + slug + "/sign-offs")).path("signOffs");
    assertThat(so).hasSize(1);
    HttpResponse<String> revoked =
        editor.form(
            "/sign-offs/" + so.get(0).path("id").asLong() + "/revoke",
            Map.of("_csrf", editor.csrf, "next", path));
    assertThat(revoked.statusCode()).isEqualTo(303);
    assertThat(
            TestServer.json(editor.get("/api/v1/projects/" + slug + "/sign-offs")).path("signOffs"))
        .isEmpty();
  }

  @Test
  void auditNowLeadsToAPageThatReloadsUntilTheAuditEnds() throws InterruptedException {
    String slug = Projects.create(editor, "Run shop", site.url());
    HttpResponse<String> r =
        editor.form("/projects/" + slug + "/audits", Map.of("_csrf", editor.csrf));
    assertThat(r.statusCode()).isEqualTo(303);
    String location = r.headers().firstValue("Location").orElseThrow();
    assertThat(location).matches("/projects/" + slug + "\\?run=\\d+");
    long run = Long.parseLong(location.substring(location.indexOf('=') + 1));
    JsonNode ended = waitFor(editor, "/api/v1/runs/" + run);
    String page = editor.get(location + "&lang=en").body();
    assertThat(page)
        .contains("data-state=\"done\"")
        .contains("/audits/" + ended.path("audit").asLong())
        .doesNotContain("http-equiv=\"refresh\"");
  }

  @Test
  void anAdminMakesAUserWhoseOneTimePasswordIsShownOnce() {
    HttpResponse<String> bad =
        admin.form(
            "/admin/users?lang=ru",
            Map.of("_csrf", admin.csrf, "email", "not an address", "role", "editor"));
    assertThat(bad.statusCode()).isEqualTo(422);
    assertThat(bad.body()).contains("не адрес эл. почты");
    HttpResponse<String> r =
        admin.form(
            "/admin/users",
            Map.of("_csrf", admin.csrf, "email", "new@example.test", "role", "editor"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(303);
    String page = admin.get("/admin/users?done=user-created&lang=en").body();
    String oneTime = once(page);
    assertThat(page).contains("new@example.test");
    assertThat(admin.get("/admin/users").body()).doesNotContain(oneTime);
    TestServer.Client newcomer = t.client();
    assertThat(newcomer.login("new@example.test", oneTime).headers().firstValue("Location"))
        .contains("/account/password");

    long id = userId("new@example.test");
    assertThat(
            admin
                .form("/admin/users/" + id, Map.of("_csrf", admin.csrf, "role", "viewer"))
                .statusCode())
        .isEqualTo(303);
    assertThat(TestServer.json(admin.get("/api/v1/users")).toString())
        .contains("\"email\":\"new@example.test\"");
    admin.form("/admin/users/" + id + "/password", Map.of("_csrf", admin.csrf));
    String reset = once(admin.get("/admin/users").body());
    assertThat(reset).isNotEqualTo(oneTime);
    assertThat(t.client().login("new@example.test", oneTime).statusCode()).isEqualTo(401);
    assertThat(t.client().login("new@example.test", reset).statusCode()).isEqualTo(303);
    admin.form("/admin/users/" + id, Map.of("_csrf", admin.csrf, "state", "disabled"));
    assertThat(t.client().login("new@example.test", reset).statusCode()).isEqualTo(401);
    assertThat(admin.get("/admin/users?lang=en").body()).contains("disabled").contains("Enable");
  }

  @Test
  void anAdminMakesATokenShownOnceAndRevokesIt() {
    HttpResponse<String> tooMuch =
        admin.form(
            "/admin/tokens",
            Map.of("_csrf", admin.csrf, "name", "ci", "user", "vi@example.test", "scope", "write"));
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(tooMuch.body()).contains("A token's scope cannot exceed its user's role (viewer).");
    HttpResponse<String> r =
        admin.form(
            "/admin/tokens",
            Map.of("_csrf", admin.csrf, "name", "ci", "user", "vi@example.test", "scope", "read"));
    assertThat(r.statusCode()).isEqualTo(303);
    String secret = once(admin.get("/admin/tokens").body());
    assertThat(secret).startsWith("glv_");
    assertThat(admin.get("/admin/tokens").body()).doesNotContain(secret).contains("glv_");
    TestServer.Client ci = t.client();
    assertThat(ci.get("/api/v1/me", "Authorization", TestServer.bearer(secret)).statusCode())
        .isEqualTo(200);
    JsonNode tokens = TestServer.json(admin.get("/api/v1/tokens")).path("tokens");
    long id = -1;
    for (JsonNode k : tokens) {
      if (k.path("name").asText().equals("ci")) {
        id = k.path("id").asLong();
      }
    }
    assertThat(
            admin.form("/admin/tokens/" + id + "/revoke", Map.of("_csrf", admin.csrf)).statusCode())
        .isEqualTo(303);
    assertThat(ci.get("/api/v1/me", "Authorization", TestServer.bearer(secret)).statusCode())
        .isEqualTo(401);
  }

  private static String once(String html) {
    Matcher m = Pattern.compile("<code class=\"once\">([^<]+)</code>").matcher(html);
    assertThat(m.find()).as("a secret shown in %s", html).isTrue();
    return m.group(1);
  }

  private long userId(String email) {
    for (JsonNode u : TestServer.json(admin.get("/api/v1/users")).path("users")) {
      if (u.path("email").asText().equals(email)) {
        return u.path("id").asLong();
      }
    }
    throw new AssertionError("no user " + email);
  }

  private JsonNode latestAudit(String slug) {
    JsonNode audits = TestServer.json(editor.get("/api/v1/projects/" + slug + "/audits"));
    return TestServer.json(
        editor.get("/api/v1/audits/" + audits.path("audits").get(0).path("id").asLong()));
  }

  private String itemId(String slug, String text) {
    return AuditFlowTest.find(latestAudit(slug), text).path("id").asText();
  }

  /** A form with files, as a browser sends the project form. */
  HttpResponse<String> multipart(
      TestServer.Client c,
      String path,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file) {
    String boundary = "----golive" + Long.toHexString(System.nanoTime());
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (k, v) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + k
                        + "\"\r\n\r\n"
                        + v
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    if (fileField != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileField
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: text/markdown\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return c.send(
        HttpRequest.newBuilder(t.url(path))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Asks for a run until it has ended (by the audit's own deadline at the latest). */
  static JsonNode waitFor(TestServer.Client c, String run) throws InterruptedException {
    for (int i = 0; i < 600; i++) {
      JsonNode r = TestServer.json(c.get(run));
      if (r.path("state").asText().equals("done") || r.path("state").asText().equals("failed")) {
        return r;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("the run " + run + " did not end");
  }
}
