package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.checks.container.HealthcheckCheck.Seen;
import dev.golive.checks.container.HealthcheckCheck.Source;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthcheckCheckTest {
  private static final HealthcheckCheck ALL = new HealthcheckCheck(List.of());
  private static final List<String> FILES = List.of("docker-compose.yml");

  private static HealthcheckCheck.Evidence of(Seen... seen) {
    return new HealthcheckCheck.Evidence(FILES, List.of(seen));
  }

  private static Seen ok(String name) {
    return new Seen(name, Source.COMPOSE, false, "docker-compose.yml:9", null, false);
  }

  @Test
  void judgesEveryLongRunningService() {
    assertThat(ALL.evaluate(of(ok("db"), ok("api"))).outcome()).isEqualTo(Outcome.PASS);
    var none = new Seen("web", Source.NONE, false, "docker-compose.yml:20", "image nginx", false);
    var j = ALL.evaluate(of(ok("db"), none));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("1 of 2 services")
        .contains("web (none: image nginx, docker-compose.yml:20)");
    var off = new Seen("db", Source.COMPOSE, true, "docker-compose.yml:5", "disable: true", false);
    assertThat(ALL.evaluate(of(off)).message()).contains("turned off: disable: true");
    var dockerfileNone =
        new Seen("api", Source.DOCKERFILE, true, "api/Dockerfile:7", "HEALTHCHECK NONE", false);
    assertThat(ALL.evaluate(of(dockerfileNone)).outcome()).isEqualTo(Outcome.FAIL);
  }

  @Test
  void oneOffServicesAndUnreadableDockerfiles() {
    var job = new Seen("migrate", Source.NONE, false, "docker-compose.yml:30", null, true);
    assertThat(ALL.evaluate(of(ok("db"), job)).outcome()).isEqualTo(Outcome.PASS);
    assertThat(ALL.evaluate(of(job)).outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(new HealthcheckCheck(List.of("migrate")).evaluate(of(job)).outcome())
        .isEqualTo(Outcome.FAIL);
    var unknown =
        new Seen(
            "api",
            Source.UNKNOWN,
            false,
            "docker-compose.yml:3",
            "api/Dockerfile: no such file",
            false);
    assertThat(ALL.evaluate(of(ok("db"), unknown)).outcome()).isEqualTo(Outcome.ERROR);
    assertThat(new HealthcheckCheck(List.of("db", "cache")).evaluate(of(ok("db"))).message())
        .contains("defines no service cache");
  }

  @Test
  void readsComposeFilesAndDockerfiles(@TempDir Path dir) throws Exception {
    write(
        dir,
        "docker-compose.yml",
        """
        services:
          db:
            image: postgres:16-alpine
            healthcheck:
              test: ["CMD-SHELL", "pg_isready -U $${POSTGRES_USER}"]
              interval: 10s
          api:
            build: ./api
            depends_on:
              db:
                condition: service_healthy
              migrate:
                condition: service_completed_successfully
          worker:
            build:
              context: ./api
              target: worker
          migrate:
            build: ./api
            command: ["npm", "run", "migrate"]
          nginx:
            image: nginx:1.27-alpine
            ports:
              - "80:80"
          adminer:
            image: adminer:4.8.1
            healthcheck:
              disable: true
        """);
    write(
        dir,
        "api/Dockerfile",
        """
        FROM node:20-alpine AS worker
        WORKDIR /app
        FROM worker AS web
        HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/health || exit 1
        """);
    HealthcheckCheck.Evidence e = ALL.collect(ComposeFiles.probe(dir));
    assertThat(e.services())
        .extracting(Seen::service, Seen::source)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("db", Source.COMPOSE),
            org.assertj.core.groups.Tuple.tuple("api", Source.DOCKERFILE),
            org.assertj.core.groups.Tuple.tuple("worker", Source.NONE),
            org.assertj.core.groups.Tuple.tuple("migrate", Source.DOCKERFILE),
            org.assertj.core.groups.Tuple.tuple("nginx", Source.NONE),
            org.assertj.core.groups.Tuple.tuple("adminer", Source.COMPOSE));
    assertThat(e.services().get(1).where()).isEqualTo("api/Dockerfile:4");
    assertThat(e.services().get(3).job()).isTrue();
    var j = ALL.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("3 of 5 services")
        .contains(
            "worker (none: no HEALTHCHECK in api/Dockerfile (FROM node:20-alpine), docker-compose.yml:15)")
        .contains("nginx (none: image nginx:1.27-alpine, docker-compose.yml:21)")
        .contains("adminer (turned off: disable: true, docker-compose.yml:27)");
    var chosen = Probes.run(new HealthcheckCheck(List.of("db", "api")), ComposeFiles.probe(dir));
    assertThat(chosen.outcome()).isEqualTo(Outcome.PASS);
    assertThat(chosen.message()).contains("db (docker-compose.yml:4), api (api/Dockerfile:4)");
  }

  @Test
  void aMissingDockerfileCannotDecide(@TempDir Path dir) throws Exception {
    Path file = write(dir, "compose.yaml", "services:\n  api:\n    build: ./api\n");
    var j = Probes.run(ALL, ComposeFiles.probe(file));
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("api/Dockerfile: no such file");
  }

  @Test
  void brokenYamlIsAnErrorAtItsLine(@TempDir Path dir) {
    write(dir, "docker-compose.yml", "services:\n  web:\n    image: nginx:1.27\n   ports: 80\n");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ALL.collect(ComposeFiles.probe(dir)))
        .isInstanceOf(dev.golive.checks.ProbeException.class)
        .hasMessageStartingWith("docker-compose.yml:4: ");
  }
}
