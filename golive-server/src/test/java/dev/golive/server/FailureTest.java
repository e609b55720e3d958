package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failure inside the server: a 500 with no trace to the client and one line in the log. */
class FailureTest {
  @TempDir Path dir;

  @Test
  void aStoreThatFailsIsA500ProblemAndOneLogLine() {
    try (TestServer t = TestServer.sqlite(dir)) {
      String token = t.token("ci@example.test", Role.VIEWER, "read");
      TestServer.Client signedIn = t.signedIn("ann@example.test", Role.VIEWER);
      t.store.close();
      HttpResponse<String> api =
          t.client().get("/api/v1/projects", "Authorization", TestServer.bearer(token));
      assertThat(api.statusCode()).isEqualTo(500);
      assertThat(api.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      JsonNode p = TestServer.json(api);
      assertThat(p.path("type").asText()).isEqualTo("urn:golive:problem:internal");
      assertThat(p.path("status").asInt()).isEqualTo(500);
      assertThat(api.body())
          .doesNotContain("Exception")
          .doesNotContain("sqlite")
          .doesNotContain(dir.toString());
      assertThat(api.headers().firstValue("Content-Security-Policy")).isPresent();

      HttpResponse<String> page = signedIn.get("/");
      assertThat(page.statusCode()).isEqualTo(500);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
      assertThat(page.body())
          .contains("The server could not answer")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");

      String log = t.log.toString();
      assertThat(log)
          .contains("GET /api/v1/projects failed: ")
          .contains("GET /api/v1/projects 500");
      assertThat(log).doesNotContain("\tat ");
    }
  }
}
