package dev.golive.checks.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DockerfileTest {
  @Test
  void readsStagesArgsAndHealthchecks() {
    Dockerfile d =
        Dockerfile.parse(
            """
            # syntax=docker/dockerfile:1
            ARG PY=3.12
            ARG BASE_REGISTRY
            FROM --platform=$BUILDPLATFORM python:${PY}-slim AS build
            RUN pip install \\
                # comment lines inside an instruction are dropped
                --no-cache-dir poetry
            FROM ${BASE_REGISTRY}gcr.io/distroless/python3 as runtime
            healthcheck --interval=30s \\
              CMD ["python", "-c", "import urllib.request"]
            FROM runtime AS debug
            FROM scratch
            """,
            "Dockerfile",
            Map.of("PY", "3.11"));
    assertThat(d.stages()).hasSize(4);
    assertThat(d.stages().get(0).image()).isEqualTo("python:3.11-slim");
    assertThat(d.stages().get(0).name()).isEqualTo("build");
    assertThat(d.stages().get(1).image()).isEqualTo("gcr.io/distroless/python3");
    assertThat(d.stages().get(1).line()).isEqualTo(8);
    assertThat(d.stages().get(2).fromStage()).isTrue();
    Dockerfile.Stage debug = d.target("debug");
    assertThat(d.healthOf(debug)).isEqualTo(new Dockerfile.Health(false, 9));
    assertThat(d.root(debug).name()).isEqualTo("runtime");
    assertThat(d.healthOf(d.target(null))).isNull();
    assertThat(d.target(null).image()).isEqualTo("scratch");
  }

  @Test
  void healthcheckNoneTurnsItOffAndHeredocsAreNotInstructions() {
    Dockerfile d =
        Dockerfile.parse(
            """
            FROM nginx:1.27
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1
            RUN <<EOF
            echo FROM evil:latest
            EOF
            HEALTHCHECK NONE
            """,
            "web/Dockerfile",
            Map.of());
    assertThat(d.stages()).hasSize(1);
    assertThat(d.healthOf(d.target(null))).isEqualTo(new Dockerfile.Health(true, 6));
  }

  @Test
  void theEscapeDirectiveChangesTheContinuationCharacter() {
    Dockerfile d =
        Dockerfile.parse(
            """
            # escape=`
            FROM mcr.microsoft.com/windows/servercore:ltsc2022
            HEALTHCHECK `
              CMD powershell -command exit 0
            """,
            "Dockerfile",
            Map.of());
    assertThat(d.healthOf(d.target(null))).isEqualTo(new Dockerfile.Health(false, 3));
  }
}
