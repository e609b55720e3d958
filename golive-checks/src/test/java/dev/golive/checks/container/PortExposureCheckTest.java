package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.container.PortExposureCheck.Seen;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortExposureCheckTest {
  private static final PortExposureCheck DEFAULTS = new PortExposureCheck(List.of());

  @ParameterizedTest(name = "{0} publishes {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres:16                   | 5432:5432              | FAIL",
        "postgres:16                   | 5432                   | FAIL",
        "postgres:16                   | 0.0.0.0:5432:5432      | FAIL",
        "mysql:8.4                     | '[::]:3306:3306'       | FAIL",
        "bitnami/redis:7.2             | 203.0.113.4:6379:6379  | FAIL",
        "postgres:16                   | 127.0.0.1:5432:5432    | PASS",
        "mongo:7                       | 127.0.0.1::27017       | PASS",
        "redis:7                       | '[::1]:6379:6379'      | PASS",
        "redis:7                       | ::1:6379:6379          | PASS",
        "rabbitmq:3-management         | 10.0.0.5:15672:15672   | PASS",
        "nginx:1.27                    | 80:80                  | SKIPPED",
        "mongo-express:1.0             | 8081:8081              | SKIPPED",
        "oliver006/redis_exporter:v1.6 | 9121:9121              | SKIPPED",
      })
  void judgesDatastorePorts(String image, String mapping, Outcome expected) {
    var e =
        new PortExposureCheck.Evidence(
            List.of("compose.yml"),
            List.of(
                new Seen("s", image, mapping, PortExposureCheck.hostIp(mapping), "compose.yml:5")));
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void moreDatastoresCanBeNamed() {
    var e =
        new PortExposureCheck.Evidence(
            List.of("compose.yml"),
            List.of(new Seen("ledger", "ghcr.io/acme/ledger-db:4", "7000:7000", "", "c:3")));
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(new PortExposureCheck(List.of("ledger-db")).evaluate(e).outcome())
        .isEqualTo(Outcome.FAIL);
  }

  @Test
  void readsPortsAsTeamsWriteThem(@TempDir Path dir) throws Exception {
    write(dir, ".env", "DB_PORT=5433\n");
    write(
        dir,
        "docker-compose.yml",
        """
        services:
          postgres:
            image: postgres:16-alpine
            ports:
              - "${DB_PORT:-5432}:5432"
          redis:
            image: redis:7-alpine
            ports:
              - "127.0.0.1:6379:6379"
          mongo:
            image: mongo:7.0
            ports:
              - target: 27017
                published: 27017
                host_ip: 127.0.0.1
          es:
            image: docker.elastic.co/elasticsearch/elasticsearch:8.15.0
            expose:
              - "9200"
          memcached:
            image: memcached:1.6
            network_mode: host
          api:
            build: ./api
            ports:
              - "8080:8080"
          db2:
            build: ./db
            ports:
              - target: 5432
                published: "5434"
        """);
    write(dir, "api/Dockerfile", "FROM eclipse-temurin:21-jre\n");
    write(dir, "db/Dockerfile", "FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\n");
    PortExposureCheck.Evidence e = DEFAULTS.collect(ComposeFiles.probe(dir));
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("postgres 5433:5432 (docker-compose.yml:5)")
        .contains("memcached network_mode: host (docker-compose.yml:22)")
        .contains("db2 5434:5432 (docker-compose.yml:30)")
        .doesNotContain("redis 127")
        .doesNotContain("api");

    write(
        dir,
        "compose.yaml",
        """
        services:
          db:
            image: postgres:16
            ports:
              - 127.0.0.1:5432:5432
          cache:
            image: redis:7
            expose: ["6379"]
        """);
    var safe = Probes.run(DEFAULTS, ComposeFiles.probe(dir));
    assertThat(safe.outcome()).isEqualTo(Outcome.PASS);
    assertThat(safe.message()).contains("db 127.0.0.1:5432:5432");
  }
}
