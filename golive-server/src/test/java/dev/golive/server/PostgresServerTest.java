package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Postgres;
import dev.golive.testkit.WebServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server on a real PostgreSQL: sign in, a project, an audit, a waiver, the pages. */
class PostgresServerTest {
  @Test
  void theServerRunsOnPostgres() {
    try (Postgres.Scratch db = Postgres.shared().createDatabase();
        WebServer site =
            WebServer.http()
                .route(
                    "/",
                    WebServer.Reply.html("<p>shop</p>")
                        .header("X-Content-Type-Options", "nosniff"));
        TestServer t = TestServer.start(StoreUrl.parse(db.url()), ServerConfig.local(0), null)) {
      TestServer.Client editor = t.signedIn("ed@example.test", Role.EDITOR);
      String slug = Projects.create(editor, "Shop", site.url());
      JsonNode run = Projects.audit(editor, slug);
      assertThat(run.path("state").asText()).as(run.toString()).isEqualTo("done");
      JsonNode audit = TestServer.json(editor.get("/api/v1/audits/" + run.path("audit").asLong()));
      assertThat(audit.path("runVia").asText()).isEqualTo("server");
      String item = AuditFlowTest.find(audit, "Runbook written").path("id").asText();
      assertThat(
              editor
                  .json(
                      "POST",
                      "/api/v1/projects/" + slug + "/waivers",
                      Map.of("item", item, "reason", "later", "owner", "ops"))
                  .statusCode())
          .isEqualTo(201);
      assertThat(editor.get("/").body()).contains("Shop");
      assertThat(editor.get("/projects/" + slug).body()).contains("Runbook written");
      assertThat(editor.get("/tv").statusCode()).isEqualTo(200);
      String token = t.token("ci@example.test", Role.VIEWER, "read");
      assertThat(
              t.client()
                  .get("/api/v1/projects", "Authorization", TestServer.bearer(token))
                  .statusCode())
          .isEqualTo(200);
      TestServer.Client admin = t.signedIn("ad@example.test", Role.ADMIN);
      assertThat(admin.json("DELETE", "/api/v1/projects/" + slug, null).statusCode())
          .isEqualTo(204);
      // what the server kept of the project goes with it
      long id = run.path("audit").asLong();
      assertThat(editor.get("/api/v1/audits/" + id).statusCode()).isEqualTo(404);
      assertThat(editor.get("/audits/" + id).statusCode()).isEqualTo(404);
      assertThat(editor.get("/api/v1/projects").body()).doesNotContain("Shop");
      assertThat(editor.get("/").body()).doesNotContain("Shop");
    }
  }
}
