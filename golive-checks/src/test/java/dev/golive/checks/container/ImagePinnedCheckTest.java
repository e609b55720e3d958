package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.container.ImagePinnedCheck.Seen;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePinnedCheckTest {
  private static final ImagePinnedCheck TAGS = new ImagePinnedCheck(false);
  private static final ImagePinnedCheck DIGESTS = new ImagePinnedCheck(true);

  private static ImagePinnedCheck.Evidence image(String image) {
    return new ImagePinnedCheck.Evidence(
        List.of("compose.yml"),
        List.of(new Seen("app", image, "image", "compose.yml:3", null, null)));
  }

  @ParameterizedTest(name = "{0} -> {1}, with digests required {2}")
  @CsvSource({
    "postgres:16.4, PASS, FAIL",
    "ghcr.io/acme/api:1.8.0, PASS, FAIL",
    "registry.local:5000/team/api:2024.10.1, PASS, FAIL",
    "redis@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, PASS, PASS",
    "nginx:1.27@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef, PASS, PASS",
    "nginx, FAIL, FAIL",
    "nginx:latest, FAIL, FAIL",
    "registry.local:5000/team/api, FAIL, FAIL",
    "node:lts, WARN, FAIL",
    "nginx:alpine, WARN, FAIL",
  })
  void judgesEachReference(String image, Outcome tags, Outcome digests) {
    assertThat(TAGS.evaluate(image(image)).outcome()).isEqualTo(tags);
    assertThat(DIGESTS.evaluate(image(image)).outcome()).isEqualTo(digests);
  }

  @Test
  void aTagFromAnUnsetVariableIsChosenElsewhere() {
    var e =
        new ImagePinnedCheck.Evidence(
            List.of("compose.yml"),
            List.of(new Seen("app", "shop/app:", "image", "compose.yml:3", "GIT_SHA", null)));
    var j = TAGS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.WARN);
    assertThat(j.message()).contains("${GIT_SHA}");
  }

  @Test
  void readsImagesAndTheFromLinesOfBuilds(@TempDir Path dir) throws Exception {
    write(dir, ".env", "PG_TAG=16.4-alpine\n");
    write(
        dir,
        "compose.yaml",
        """
        services:
          db:
            image: postgres:${PG_TAG}
          cache:
            image: redis
          search:
            image: docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION:-latest}
          app:
            image: registry.example.com/shop/app:${GIT_SHA}
          api:
            build:
              context: .
              dockerfile: api.Dockerfile
            image: shop/api:dev
        """);
    write(
        dir,
        "api.Dockerfile",
        """
        ARG GO_VERSION=1.23
        FROM golang:${GO_VERSION} AS build
        FROM gcr.io/distroless/static-debian12
        COPY --from=build /out/api /api
        """);
    ImagePinnedCheck.Evidence e = TAGS.collect(ComposeFiles.probe(dir.resolve("compose.yaml")));
    assertThat(e.images())
        .extracting(Seen::service, Seen::image)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("db", "postgres:16.4-alpine"),
            org.assertj.core.groups.Tuple.tuple("cache", "redis"),
            org.assertj.core.groups.Tuple.tuple(
                "search", "docker.elastic.co/elasticsearch/elasticsearch:latest"),
            org.assertj.core.groups.Tuple.tuple("app", "registry.example.com/shop/app:"),
            org.assertj.core.groups.Tuple.tuple("api", "golang:1.23"),
            org.assertj.core.groups.Tuple.tuple("api", "gcr.io/distroless/static-debian12"));
    assertThat(e.images().get(3).variable()).isEqualTo("GIT_SHA");
    assertThat(e.images().get(4).where()).isEqualTo("api.Dockerfile:2");
    var j = TAGS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .contains("3 images in compose.yaml are not pinned")
        .contains("cache redis (no tag, so latest; compose.yaml:5)")
        .contains("search docker.elastic.co/elasticsearch/elasticsearch:latest (compose.yaml:7)")
        .contains(
            "api FROM gcr.io/distroless/static-debian12 (no tag, so latest; api.Dockerfile:3)");
  }
}
