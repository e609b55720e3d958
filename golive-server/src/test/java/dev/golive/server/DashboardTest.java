package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dashboard's pages render with their data in English, Uzbek and Russian. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTest {
  @TempDir static Path dir;
  TestServer t;
  WebServer site;
  TestServer.Client editor;
  String slug;
  long first;
  long second;

  @BeforeAll
  void start() {
    t = TestServer.sqlite(dir);
    site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
    editor = t.signedIn("ed@example.test", Role.EDITOR);
    slug = Projects.create(editor, "Shop <EU>", site.url());
    first = Projects.audit(editor, slug).path("audit").asLong();
    site.route(
        "/",
        WebServer.Reply.html("<p>shop</p>")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Frame-Options", "DENY"));
    second = Projects.audit(editor, slug).path("audit").asLong();
    JsonNode audit = TestServer.json(editor.get("/api/v1/audits/" + second));
    String item = AuditFlowTest.find(audit, "Runbook written").path("id").asText();
    editor.json(
        "POST",
        "/api/v1/projects/" + slug + "/waivers",
        Map.of(
            "item",
            item,
            "reason",
            "written after launch",
            "owner",
            "ops",
            "until",
            LocalDate.now().plusDays(5).toString()));
  }

  @AfterAll
  void stop() {
    t.close();
    site.close();
  }

  @ParameterizedTest
  @CsvSource({
    "en, Projects, Readiness, Trend",
    "uz, Loyihalar, Tayyorlik, Dinamika",
    "ru, Проекты, Готовность, Динамика"
  })
  void theProjectsTableInEachLanguage(String lang, String title, String readiness, String trend) {
    HttpResponse<String> r = editor.get("/?lang=" + lang);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<html lang=\"" + lang + "\">")
        .contains(title)
        .contains(readiness)
        .contains(trend)
        // names are escaped, never markup
        .contains("Shop &lt;EU&gt;")
        .doesNotContain("Shop <EU>")
        .contains("<svg class=\"spark\"")
        .contains("<polyline")
        .contains("/projects/" + slug)
        .doesNotContain("<script")
        .doesNotContain("style=\"");
    assertThat(r.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("golive-lang=" + lang));
  }

  @Test
  void theLanguageCookieAndAcceptLanguageChooseTheLanguage() {
    editor.get("/?lang=ru");
    assertThat(editor.get("/").body()).contains("Проекты");
    TestServer.Client other = t.signedIn("vi@example.test", Role.VIEWER);
    assertThat(other.get("/", "Accept-Language", "uz-UZ,uz;q=0.9,en;q=0.5").body())
        .contains("Loyihalar");
    assertThat(other.get("/", "Accept-Language", "de-DE").body()).contains("Projects");
    editor.get("/?lang=en");
  }

  @Test
  void theProjectPageShowsSectionsItemsFindingsEvidenceAndAudits() {
    String html = editor.get("/projects/" + slug + "?lang=en").body();
    assertThat(html)
        .contains("Security")
        .contains("Operations")
        .contains("Pages say nosniff")
        .contains("http.content-type-options")
        .contains("<details><summary>Evidence</summary>")
        .contains("#" + second)
        .contains("#" + first)
        .contains("/audits/" + first + "/diff/" + second)
        .contains("Audit now")
        .contains("name=\"_csrf\"");
    assertThat(t.signedIn("view@example.test", Role.VIEWER).get("/projects/" + slug).body())
        .doesNotContain("Audit now");
  }

  @Test
  void theDiffPageShowsWhatChanged() {
    String html = editor.get("/audits/" + first + "/diff/" + second + "?lang=ru").body();
    assertThat(html)
        .contains("От проверки №" + first)
        .contains("Frames are denied")
        .contains("опровергнуто")
        .contains("подтверждено");
    editor.get("/?lang=en");
  }

  @Test
  void anItemsHistoryPage() {
    JsonNode audit = TestServer.json(editor.get("/api/v1/audits/" + second));
    String item = AuditFlowTest.find(audit, "Frames are denied").path("id").asText();
    String html = editor.get("/projects/" + slug + "/items/" + item + "?lang=en").body();
    assertThat(html)
        .contains("Item history")
        .contains("Frames are denied")
        .contains("verified")
        .contains("contradicted");
  }

  @Test
  void theWaiversDueToExpireAndTheirRevocationByForm() {
    String html = editor.get("/waivers?lang=uz").body();
    assertThat(html)
        .contains("Muddati tugayotgan istisnolar")
        .contains("written after launch")
        .contains("Bekor qilish");
    editor.get("/?lang=en");
  }

  @ParameterizedTest
  @CsvSource({"en, Readiness, NO-GO", "uz, Tayyorlik, GO", "ru, Готовность, GO"})
  void theTvViewRefreshesItselfWithBigTiles(String lang, String title, String verdict) {
    HttpResponse<String> r = editor.get("/tv?lang=" + lang);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("<meta http-equiv=\"refresh\" content=\"30\">")
        .contains("class=\"tiles\"")
        .contains(title)
        .contains(verdict)
        .contains("Shop &lt;EU&gt;")
        .doesNotContain("<header");
    editor.get("/?lang=en");
  }

  @Test
  void theLoginPageIsReadableOnAPhone() {
    String html = t.client().get("/login?lang=ru").body();
    assertThat(html)
        .contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"")
        .contains("Вход");
  }
}
