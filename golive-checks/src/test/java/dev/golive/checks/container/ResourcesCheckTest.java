package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.container.ResourcesCheck.Seen;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResourcesCheckTest {
  @ParameterizedTest(name = "memory {0}, cpus {1} -> {2}, cpus required {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "512m | 0.5 | PASS | PASS",
        "2G   | -   | PASS | FAIL",
        "-    | 1   | FAIL | FAIL",
        "0    | -   | FAIL | FAIL",
        "1g   | 0   | PASS | FAIL",
      })
  void judgesTheLimits(String memory, String cpus, Outcome plain, Outcome withCpus) {
    var e =
        new ResourcesCheck.Evidence(
            List.of("compose.yml"), List.of(new Seen("api", memory, cpus, "compose.yml:4")));
    assertThat(new ResourcesCheck(false).evaluate(e).outcome()).isEqualTo(plain);
    assertThat(new ResourcesCheck(true).evaluate(e).outcome()).isEqualTo(withCpus);
  }

  @Test
  void readsMemLimitAndDeployLimits(@TempDir Path dir) throws Exception {
    write(dir, ".env", "API_MEMORY=768m\n");
    write(
        dir,
        "docker-compose.yml",
        """
        x-limits: &limits
          deploy:
            resources:
              limits:
                cpus: "0.50"
                memory: 512M
              reservations:
                memory: 256M
        services:
          api:
            image: shop/api:3.2.0
            mem_limit: ${API_MEMORY}
            cpus: 1.5
          worker:
            <<: *limits
            image: shop/api:3.2.0
          db:
            image: postgres:16
            deploy:
              resources:
                reservations:
                  memory: 1G
        """);
    ResourcesCheck.Evidence e = new ResourcesCheck(false).collect(ComposeFiles.probe(dir));
    assertThat(e.services())
        .extracting(Seen::memory, Seen::cpus)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("768m", "1.5"),
            org.assertj.core.groups.Tuple.tuple("512M", "0.50"),
            org.assertj.core.groups.Tuple.tuple(null, null));
    var j = new ResourcesCheck(false).evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("1 of 3 services")
        .contains("db (no memory limit, docker-compose.yml:17)");
  }
}
