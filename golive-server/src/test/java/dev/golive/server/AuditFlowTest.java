package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.testkit.WebServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project made, audited against a local site, its items' history, diffs, waivers. */
class AuditFlowTest {
  @TempDir Path dir;
  TestServer t;
  WebServer site;
  TestServer.Client editor;

  @BeforeEach
  void start() {
    t = TestServer.sqlite(dir);
    // nosniff holds, frames are allowed: one tick verified, one contradicted
    site =
        WebServer.http()
            .route(
                "/",
                WebServer.Reply.html("<p>shop</p>").header("X-Content-Type-Options", "nosniff"));
    editor = t.signedIn("ed@example.test", Role.EDITOR);
  }

  @AfterEach
  void stop() {
    t.close();
    site.close();
  }

  @Test
  void aTriggeredAuditIsStoredWithItsFindingsAndEvidence() {
    String slug = Projects.create(editor, "Shop", site.url());
    JsonNode run = Projects.audit(editor, slug);
    assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("done");
    long id = run.path("audit").asLong();

    JsonNode audit = TestServer.json(editor.get("/api/v1/audits/" + id));
    assertThat(audit.path("runVia").asText()).isEqualTo("server");
    assertThat(audit.path("runBy").asText()).isEqualTo("ed@example.test");
    assertThat(audit.path("verdict").asText()).isEqualTo("NO-GO");
    Map<String, String> verdicts = new java.util.HashMap<>();
    for (JsonNode item : audit.path("itemResults")) {
      verdicts.put(item.path("text").asText(), item.path("verdict").asText());
    }
    assertThat(verdicts)
        .containsEntry("Pages say nosniff", "verified")
        .containsEntry("Frames are denied", "contradicted")
        .containsEntry("Runbook written", "self_reported_open");
    JsonNode nosniff = find(audit, "Pages say nosniff");
    assertThat(nosniff.path("findings").get(0).path("check").asText())
        .isEqualTo("http.content-type-options");
    assertThat(nosniff.path("findings").get(0).path("evidence").isObject()).isTrue();
    assertThat(nosniff.path("findings").get(0).path("evidence").size()).isPositive();
    assertThat(site.hits("/")).isPositive();

    JsonNode list = TestServer.json(editor.get("/api/v1/projects"));
    JsonNode project = list.path("projects").get(0);
    assertThat(project.path("latest").path("id").asLong()).isEqualTo(id);
    assertThat(project.path("trend")).hasSize(1);
  }

  @Test
  void historyPagingAndTheDiffBetweenTwoAudits() {
    String slug = Projects.create(editor, "Shop", site.url());
    long first = Projects.audit(editor, slug).path("audit").asLong();
    String newest = "/api/v1/projects/" + slug + "/audits?limit=1";
    assertThat(TestServer.json(editor.get(newest)).path("audits").get(0).path("id").asLong())
        .isEqualTo(first);
    // the site starts denying frames: the contradicted tick is verified in the second audit
    site.route(
        "/",
        WebServer.Reply.html("<p>shop</p>")
            .header("X-Content-Type-Options", "nosniff")
            .header("X-Frame-Options", "DENY"));
    long second = Projects.audit(editor, slug).path("audit").asLong();

    // the same page asked for again holds the new audit
    JsonNode page = TestServer.json(editor.get(newest));
    assertThat(page.path("audits")).hasSize(1);
    assertThat(page.path("audits").get(0).path("id").asLong()).isEqualTo(second);
    String next = page.path("next").asText();
    JsonNode older = TestServer.json(editor.get(next));
    assertThat(older.path("audits").get(0).path("id").asLong()).isEqualTo(first);

    JsonNode diff = TestServer.json(editor.get("/api/v1/audits/" + second + "/diff/" + first));
    assertThat(diff.path("older").asLong()).isEqualTo(first);
    assertThat(diff.path("changed")).hasSize(1);
    assertThat(diff.path("changed").get(0).path("from").asText()).isEqualTo("contradicted");
    assertThat(diff.path("changed").get(0).path("to").asText()).isEqualTo("verified");

    String item =
        find(TestServer.json(editor.get("/api/v1/audits/" + second)), "Frames are denied")
            .path("id")
            .asText();
    JsonNode history = TestServer.json(editor.get("/api/v1/projects/" + slug + "/items/" + item));
    assertThat(history.path("history")).hasSize(2);
    assertThat(history.path("history").get(0).path("verdict").asText()).isEqualTo("verified");
    assertThat(history.path("history").get(1).path("verdict").asText()).isEqualTo("contradicted");
  }

  @Test
  void aWaiverIsMadeAndRevokedWithLinesInTheAuditLogAndTheNextAuditHonoursIt() {
    String slug = Projects.create(editor, "Shop", site.url());
    long id = Projects.audit(editor, slug).path("audit").asLong();
    String item =
        find(TestServer.json(editor.get("/api/v1/audits/" + id)), "Frames are denied")
            .path("id")
            .asText();
    String until = LocalDate.now().plusDays(10).toString();
    HttpResponse<String> made =
        editor.json(
            "POST",
            "/api/v1/projects/" + slug + "/waivers",
            Map.of(
                "item",
                item,
                "reason",
                "the CDN adds it next week",
                "owner",
                "ops",
                "until",
                until));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    JsonNode waiver = TestServer.json(made);
    assertThat(waiver.path("itemText").asText()).isEqualTo("Frames are denied");
    assertThat(waiver.path("createdBy").asText()).isEqualTo("ed@example.test");

    long second = Projects.audit(editor, slug).path("audit").asLong();
    assertThat(
            find(TestServer.json(editor.get("/api/v1/audits/" + second)), "Frames are denied")
                .path("verdict")
                .asText())
        .isEqualTo("waived");
    JsonNode expiring = TestServer.json(editor.get("/api/v1/waivers/expiring?days=30"));
    assertThat(expiring.path("waivers")).hasSize(1);

    HttpResponse<String> revoked =
        editor.json(
            "POST",
            "/api/v1/waivers/" + waiver.path("id").asLong() + "/revoke",
            Map.of("reason", "fixed"));
    assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    assertThat(TestServer.json(revoked).path("revokedBy").asText()).isEqualTo("ed@example.test");
    assertThat(
            editor
                .json("POST", "/api/v1/waivers/" + waiver.path("id").asLong() + "/revoke", null)
                .statusCode())
        .isEqualTo(409);

    JsonNode log = TestServer.json(editor.get("/api/v1/projects/" + slug + "/log"));
    java.util.List<String> actions = new java.util.ArrayList<>();
    log.path("entries")
        .forEach(e -> actions.add(e.path("action").asText() + " by " + e.path("actor").asText()));
    assertThat(actions)
        .contains(
            "waiver.create by ed@example.test",
            "waiver.revoke by ed@example.test",
            "project.create by ed@example.test",
            "project.settings by ed@example.test");
  }

  @Test
  void signOffsAreMadeListedAndRevoked() {
    String slug = Projects.create(editor, "Shop", site.url());
    long id = Projects.audit(editor, slug).path("audit").asLong();
    String item =
        find(TestServer.json(editor.get("/api/v1/audits/" + id)), "Runbook written")
            .path("id")
            .asText();
    HttpResponse<String> made =
        editor.json(
            "POST",
            "/api/v1/projects/" + slug + "/sign-offs",
            Map.of("item", item, "reason", "read it myself"));
    assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
    assertThat(
            TestServer.json(editor.get("/api/v1/projects/" + slug + "/sign-offs")).path("signOffs"))
        .hasSize(1);
    long so = TestServer.json(made).path("id").asLong();
    assertThat(editor.json("POST", "/api/v1/sign-offs/" + so + "/revoke", null).statusCode())
        .isEqualTo(200);
    assertThat(
            TestServer.json(editor.get("/api/v1/projects/" + slug + "/sign-offs")).path("signOffs"))
        .isEmpty();
  }

  @Test
  void invalidProjectsAreRefusedWithEveryProblemNamed() {
    HttpResponse<String> r =
        editor.json(
            "POST",
            "/api/v1/projects",
            Map.of(
                "name",
                "Bad",
                "checklist",
                Map.of("path", "x/CHECKLIST.md"),
                "targets",
                java.util.List.of("ftp://x", "https://u:p@h.example/"),
                "config",
                "targets:\n  - name: db\n    database: postgres://app:${DATABASE_PASSWORD}@db/app\n"));
    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).contains("application/problem+json");
    JsonNode p = TestServer.json(r);
    assertThat(p.path("problems").toString())
        .contains("--repositories")
        .contains("ftp://x")
        .contains("user name or password")
        .contains("GOLIVE_TARGET_");
    assertThat(editor.get("/api/v1/projects/bad").statusCode()).isEqualTo(404);
  }

  static JsonNode find(JsonNode audit, String text) {
    for (JsonNode item : audit.path("itemResults")) {
      if (item.path("text").asText().equals(text)) {
        return item;
      }
    }
    throw new AssertionError("no item '" + text + "' in " + audit);
  }
}
