package dev.golive.checks.repo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.GitRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileCheckTest {
  private static final DockerfileCheck DEFAULTS = new DockerfileCheck(false, true);

  private static List<String> problems(DockerfileCheck check, String text) {
    return check.facts("Dockerfile", text).problems();
  }

  @Test
  void aGoodMultiStageBuildHasNoProblems() {
    String text =
        """
        # syntax=docker/dockerfile:1
        ARG NODE=node:20.11-alpine
        FROM ${NODE} AS build
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci \\
            # comments inside a continuation are dropped
            && npm run build
        RUN <<EOF
        USER root
        echo not an instruction
        EOF

        FROM gcr.io/distroless/nodejs20-debian12@sha256:%s
        COPY --from=build /app/dist /app
        USER 10001:10001
        HEALTHCHECK --interval=30s CMD ["/nodejs/bin/node", "/app/health.js"]
        """
            .formatted("a".repeat(64));
    var f = DEFAULTS.facts("Dockerfile", text);
    assertThat(f.problems()).isEmpty();
    assertThat(f.stages()).isEqualTo(2);
    assertThat(f.bases())
        .containsExactly(
            new DockerfileCheck.Base(3, "${NODE}", "node:20.11-alpine", "tag"),
            new DockerfileCheck.Base(
                14,
                "gcr.io/distroless/nodejs20-debian12@sha256:" + "a".repeat(64),
                "gcr.io/distroless/nodejs20-debian12@sha256:" + "a".repeat(64),
                "digest"));
    assertThat(f.user()).isEqualTo("10001:10001");
    assertThat(f.userLine()).isEqualTo(16);
    assertThat(f.healthcheck()).isEqualTo(17);
    assertThat(problems(new DockerfileCheck(true, true), text))
        .containsExactly("Dockerfile:3: FROM ${NODE} is pinned by tag, not by digest");
  }

  @Test
  void reportsEachProblemWithItsLine() {
    String text =
        """
        FROM python AS base
        RUN pip install -r requirements.txt
        USER app

        FROM base AS test
        RUN pytest

        FROM node:latest AS assets
        FROM ${IMAGE}
        FROM base
        USER root
        HEALTHCHECK NONE
        """;
    assertThat(problems(DEFAULTS, text))
        .containsExactly(
            "Dockerfile:1: FROM python has no tag, so it is latest",
            "Dockerfile:8: FROM node:latest uses the latest tag",
            "Dockerfile:9: FROM ${IMAGE} depends on a build argument without a default",
            "Dockerfile:11: USER root in the final stage runs as root",
            "Dockerfile:12: HEALTHCHECK NONE turns health checks off");
  }

  @Test
  void theUserAndHealthCheckAreInheritedFromTheStageBuiltOn() {
    String text =
        """
        ARG UID=1000
        FROM ruby:3.3-slim AS app
        ARG UID
        USER ${UID}
        HEALTHCHECK CMD curl -f http://localhost:3000/up || exit 1
        FROM app
        RUN bundle exec rake assets:precompile
        """;
    var f = DEFAULTS.facts("Dockerfile", text);
    assertThat(f.problems()).isEmpty();
    assertThat(f.user()).isEqualTo("1000");
    assertThat(problems(DEFAULTS, "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n"))
        .containsExactly(
            "Dockerfile:1: the final stage sets no USER, so it runs as root",
            "Dockerfile:1: the final stage declares no HEALTHCHECK");
    assertThat(
            problems(new DockerfileCheck(false, false), "FROM gcr.io/distroless/static:nonroot\n"))
        .isEmpty();
    assertThat(
            problems(
                DEFAULTS,
                "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN echo a `\n  && echo b\nUSER ContainerUser\nHEALTHCHECK CMD ping\n"))
        .isEmpty();
  }

  @Test
  void knowsDockerfilesByName() {
    assertThat(DockerfileCheck.dockerfile("Dockerfile")).isTrue();
    assertThat(DockerfileCheck.dockerfile("deploy/Dockerfile.prod")).isTrue();
    assertThat(DockerfileCheck.dockerfile("api.Dockerfile")).isTrue();
    assertThat(DockerfileCheck.dockerfile("Containerfile")).isTrue();
    assertThat(DockerfileCheck.dockerfile("src/repo/Dockerfile.java")).isFalse();
    assertThat(DockerfileCheck.dockerfile("docs/Dockerfile.md")).isFalse();
    assertThat(DockerfileCheck.dockerfile("node_modules/x/Dockerfile")).isFalse();
  }

  @Test
  void readsEveryDockerfileOfTheRepository(@TempDir Path dir) throws Exception {
    try (GitRepo repo = GitRepo.init(dir)) {
      repo.write(
              "Dockerfile",
              "FROM node:20-alpine\nUSER node\nHEALTHCHECK CMD wget -qO- localhost:3000/health\n")
          .write("worker/worker.Dockerfile", "FROM python:3.12\nCMD [\"python\", \"worker.py\"]\n")
          .write("node_modules/x/Dockerfile", "FROM scratch\n")
          .commit("images");
      var e = DEFAULTS.collect(Repos.probe(dir));
      assertThat(e.files())
          .extracting(DockerfileCheck.Facts::path)
          .containsExactly("Dockerfile", "worker/worker.Dockerfile");
      var j = DEFAULTS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .isEqualTo(
              "worker/worker.Dockerfile:1: the final stage sets no USER, so it runs as root;"
                  + " worker/worker.Dockerfile:1: the final stage declares no HEALTHCHECK");
      repo.delete("worker/worker.Dockerfile").commit("one image");
      assertThat(Probes.run(DEFAULTS, Repos.probe(dir)).message())
          .isEqualTo("Dockerfile runs as node; its base images are pinned, with a HEALTHCHECK");
    }
  }
}
