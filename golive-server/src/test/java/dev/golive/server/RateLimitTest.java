package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.server.auth.Role;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in attempts and API requests past their limits get 429 with Retry-After. */
class RateLimitTest {
  @TempDir Path dir;

  @Test
  void theSixthSignInAttemptInAMinuteIsRefused() {
    try (TestServer t = TestServer.sqlite(dir)) {
      t.user("ann@example.test", Role.VIEWER);
      TestServer.Client c = t.client();
      for (int i = 0; i < 5; i++) {
        assertThat(c.login("ann@example.test", "wrong password " + i).statusCode()).isEqualTo(401);
      }
      HttpResponse<String> limited = c.login("ann@example.test", TestServer.PASSWORD);
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After"))
          .hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isBetween(1, 60));
      assertThat(limited.body()).contains("Too many attempts");
    }
  }

  @Test
  void anApiRateKeepsBurstsOfSixSecondsOfIt() {
    ServerConfig.Limits d = ServerConfig.Limits.defaults();
    assertThat(d.withApiRate(50)).isEqualTo(d);
    assertThat(d.withApiRate(2000)).isEqualTo(new ServerConfig.Limits(5, 12_000, 2000));
    assertThat(d.withApiRate(0.1)).isEqualTo(new ServerConfig.Limits(5, 1, 0.1));
    assertThatThrownBy(() -> d.withApiRate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--api-rate");
  }

  @Test
  void anApiClientPastItsBucketGets429AsProblemJson() {
    ServerConfig config = ServerConfig.local(0).withLimits(new ServerConfig.Limits(5, 3, 0.01));
    try (TestServer t = TestServer.sqlite(dir, config)) {
      String token = t.token("ci@example.test", Role.VIEWER, "read");
      TestServer.Client c = t.client();
      for (int i = 0; i < 3; i++) {
        assertThat(
                c.get("/api/v1/projects", "Authorization", TestServer.bearer(token)).statusCode())
            .isEqualTo(200);
      }
      HttpResponse<String> limited =
          c.get("/api/v1/projects", "Authorization", TestServer.bearer(token));
      assertThat(limited.statusCode()).isEqualTo(429);
      assertThat(limited.headers().firstValue("Retry-After")).isPresent();
      assertThat(limited.headers().firstValue("Content-Type"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
      JsonNode p = TestServer.json(limited);
      assertThat(p.path("type").asText()).isEqualTo("urn:golive:problem:rate-limited");
      assertThat(p.path("status").asInt()).isEqualTo(429);
      // another client, from the same address but without the token, has a bucket of its own
      assertThat(c.get("/api/v1/projects").statusCode()).isEqualTo(401);
    }
  }
}
