package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Probes;
import dev.golive.checks.container.RestartPolicyCheck.Seen;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RestartPolicyCheckTest {
  private static final RestartPolicyCheck DEFAULTS =
      new RestartPolicyCheck(List.of("always", "unless-stopped", "on-failure"));

  @ParameterizedTest(name = "restart {0}, deploy condition {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "always         | -          | PASS",
        "unless-stopped | -          | PASS",
        "on-failure:5   | -          | PASS",
        "no             | -          | FAIL",
        "false          | -          | FAIL",
        "-              | -          | FAIL",
        "-              | any        | PASS",
        "-              | on-failure | PASS",
        "-              | none       | FAIL",
        "no             | any        | FAIL",
      })
  void judgesThePolicyInForce(String restart, String condition, Outcome expected) {
    var e =
        new RestartPolicyCheck.Evidence(
            List.of("compose.yml"),
            List.of(new Seen("api", restart, condition, "compose.yml:4", false)));
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void allowedNarrowsThePolicies() {
    var e =
        new RestartPolicyCheck.Evidence(
            List.of("compose.yml"),
            List.of(new Seen("api", "on-failure", null, "compose.yml:4", false)));
    var strict = new RestartPolicyCheck(List.of("always", "unless-stopped"));
    assertThat(strict.evaluate(e).message()).contains("api (on-failure, compose.yml:4)");
    assertThatThrownBy(() -> new RestartPolicyCheck(List.of("sometimes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'sometimes'");
  }

  @Test
  void readsRestartAndDeployFromTheFiles(@TempDir Path dir) throws Exception {
    write(
        dir,
        "docker-compose.yml",
        """
        x-service: &service
          restart: unless-stopped
        services:
          web:
            <<: *service
            image: shop/web:2.3.1
          api:
            image: shop/api:2.3.1
            deploy:
              replicas: 2
              restart_policy:
                condition: on-failure
                max_attempts: 3
          queue:
            image: rabbitmq:3.13-management
            restart: "no"
          cron:
            image: shop/api:2.3.1
          migrate:
            image: shop/api:2.3.1
          app:
            image: shop/api:2.3.1
            depends_on:
              migrate:
                condition: service_completed_successfully
        """);
    write(dir, "docker-compose.override.yml", "services:\n  app:\n    restart: always\n");
    RestartPolicyCheck.Evidence e = DEFAULTS.collect(ComposeFiles.probe(dir));
    assertThat(e.services())
        .extracting(Seen::policy)
        .containsExactly("unless-stopped", "on-failure", "no", null, null, "always");
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("2 of 5 services")
        .contains("queue (no, docker-compose.yml:16)")
        .contains("cron (none, docker-compose.yml:17)")
        .doesNotContain("migrate");
    write(dir, "compose.yaml", "services:\n  web:\n    image: a:1\n    restart: always\n");
    assertThat(Probes.run(DEFAULTS, ComposeFiles.probe(dir)).outcome()).isEqualTo(Outcome.PASS);
  }
}
