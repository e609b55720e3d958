package dev.golive.checks.container;

import static dev.golive.checks.container.ComposeFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.container.Compose.Project;
import dev.golive.checks.container.Compose.Service;
import dev.golive.checks.container.Yaml.ListNode;
import dev.golive.checks.container.Yaml.MapNode;
import dev.golive.checks.container.Yaml.Node;
import dev.golive.checks.container.Yaml.Scalar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeTest {
  private static Service service(Project p, String name) {
    return p.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> texts(Node list) {
    return ((ListNode) list).items().stream().map(n -> ((Scalar) n).value()).toList();
  }

  private static Map<String, String> env(Service s) {
    MapNode e = s.node().map("environment");
    return e.entries().entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, x -> String.valueOf(((Scalar) x.getValue()).value())));
  }

  @Test
  void aFolderIsReadWithItsOverrideAsComposeMergesThem(@TempDir Path dir) throws Exception {
    write(
        dir,
        "docker-compose.yml",
        """
        services:
          web:
            image: nginx:1.27
            ports:
              - "80:80"
            environment:
              - LOG_LEVEL=info
              - REGION=eu
            volumes:
              - static:/usr/share/nginx/html
              - ./nginx.conf:/etc/nginx/nginx.conf:ro
          db:
            image: postgres:16
        volumes:
          static:
        """);
    write(
        dir,
        "docker-compose.override.yml",
        """
        services:
          web:
            ports:
              - "443:443"
            environment:
              REGION: us
              DEBUG: "1"
            volumes:
              - ./dev.conf:/etc/nginx/nginx.conf
          mailhog:
            image: mailhog/mailhog:v1.0.1
        """);
    Project p = Compose.load(dir);
    assertThat(p.files()).containsExactly("docker-compose.yml", "docker-compose.override.yml");
    assertThat(p.services()).extracting(Service::name).containsExactly("web", "db", "mailhog");
    Service web = service(p, "web");
    assertThat(texts(web.node().get("ports"))).containsExactly("80:80", "443:443");
    assertThat(env(web))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("LOG_LEVEL", "info", "REGION", "us", "DEBUG", "1"));
    assertThat(texts(web.node().get("volumes")))
        .containsExactly("static:/usr/share/nginx/html", "./dev.conf:/etc/nginx/nginx.conf");
    assertThat(web.where().toString()).isEqualTo("docker-compose.yml:2");
    assertThat(web.node().map("environment").get("REGION").where().toString())
        .isEqualTo("docker-compose.override.yml:6");
  }

  @Test
  void anOverrideResetsWhatItTagsReset(@TempDir Path dir) throws Exception {
    write(
        dir,
        "compose.yaml",
        "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n");
    write(dir, "compose.override.yaml", "services:\n  db:\n    ports: !reset []\n");
    Project p = Compose.load(dir);
    assertThat(service(p, "db").node().get("ports")).isInstanceOf(Scalar.class);
    assertThat(((Scalar) service(p, "db").node().get("ports")).value()).isNull();
  }

  @Test
  void composeYamlComesBeforeDockerComposeYml(@TempDir Path dir) throws Exception {
    write(dir, "docker-compose.yml", "services:\n  old:\n    image: a:1\n");
    write(dir, "compose.yaml", "services:\n  new:\n    image: b:1\n");
    write(dir, "compose.override.yaml", "services:\n  new:\n    restart: always\n");
    Project p = Compose.load(dir);
    assertThat(p.files()).containsExactly("compose.yaml", "compose.override.yaml");
    assertThat(service(p, "new").node().text("restart")).isEqualTo("always");
  }

  @Test
  void filesJoinedByCommasMergeLikeRepeatedDashF(@TempDir Path dir) throws Exception {
    write(
        dir, "docker-compose.yml", "services:\n  api:\n    image: api:1.4\n    restart: \"no\"\n");
    write(dir, "docker-compose.prod.yml", "services:\n  api:\n    restart: unless-stopped\n");
    Project p = Compose.load(dir.resolve("docker-compose.yml,docker-compose.prod.yml"));
    assertThat(p.shownFiles()).isEqualTo("docker-compose.yml + docker-compose.prod.yml");
    assertThat(service(p, "api").node().text("restart")).isEqualTo("unless-stopped");
    // a single file is read alone, as docker compose -f reads it
    Project alone = Compose.load(dir.resolve("docker-compose.yml"));
    assertThat(service(alone, "api").node().text("restart")).isEqualTo("no");
  }

  @Test
  void anchorsAliasesAndMergeKeysWork(@TempDir Path dir) throws Exception {
    write(
        dir,
        "compose.yml",
        """
        x-restart: &restart
          restart: unless-stopped
        x-limits: &limits
          mem_limit: 256m
          restart: on-failure
        x-env: &common-env
          TZ: UTC
        services:
          api:
            <<: [*restart, *limits]
            image: api:2.1
            environment: *common-env
          worker:
            <<: *limits
            restart: always
            image: api:2.1
        """);
    Project p = Compose.load(dir.resolve("compose.yml"));
    Service api = service(p, "api");
    assertThat(api.node().text("restart")).isEqualTo("unless-stopped"); // first source wins
    assertThat(api.node().text("mem_limit")).isEqualTo("256m");
    assertThat(env(api)).containsEntry("TZ", "UTC");
    assertThat(service(p, "worker").node().text("restart")).isEqualTo("always"); // written wins
    assertThat(api.node().whereOf("mem_limit").toString()).isEqualTo("compose.yml:4");
  }

  @Test
  void extendsReadsServicesHereAndInOtherFiles(@TempDir Path dir) throws Exception {
    write(
        dir,
        "common/services.yml",
        """
        services:
          base:
            image: app:3.0
            restart: always
            environment:
              TZ: UTC
        """);
    write(
        dir,
        "compose.yml",
        """
        services:
          web:
            extends:
              file: common/services.yml
              service: base
            environment:
              ROLE: web
          worker:
            extends: web
            command: ["worker"]
        """);
    Project p = Compose.load(dir.resolve("compose.yml"));
    Service web = service(p, "web");
    assertThat(web.node().text("image")).isEqualTo("app:3.0");
    assertThat(env(web)).containsEntry("TZ", "UTC").containsEntry("ROLE", "web");
    Service worker = service(p, "worker");
    assertThat(worker.node().text("restart")).isEqualTo("always");
    assertThat(worker.node().get("extends")).isNull();
    assertThat(worker.node().whereOf("image").toString()).isEqualTo("common/services.yml:3");
  }

  @Test
  void extendsInACircleIsAnError(@TempDir Path dir) {
    write(
        dir,
        "compose.yml",
        "services:\n  a:\n    extends: b\n  b:\n    extends:\n      service: a\n");
    assertThatThrownBy(() -> Compose.load(dir.resolve("compose.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("circle");
    write(dir, "other.yml", "services:\n  a:\n    extends: nowhere\n");
    assertThatThrownBy(() -> Compose.load(dir.resolve("other.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("other.yml:3")
        .hasMessageContaining("nowhere");
  }

  @Test
  void variablesComeFromTheDotenvBesideTheFile(@TempDir Path dir) throws Exception {
    write(dir, ".env", "PG_VERSION=16\nexport APP_TAG='1.9.2' # released\n");
    write(
        dir,
        "compose.yml",
        """
        services:
          db:
            image: postgres:${PG_VERSION:-15}
          app:
            image: registry.local:5000/app:$APP_TAG
            command: echo $$HOME
          cache:
            image: redis:${REDIS_VERSION:-7.2}
        """);
    Project p = Compose.load(dir.resolve("compose.yml"));
    assertThat(p.value(service(p, "db").node().text("image"))).isEqualTo("postgres:16");
    assertThat(p.value(service(p, "app").node().text("image")))
        .isEqualTo("registry.local:5000/app:1.9.2");
    assertThat(p.value(service(p, "app").node().text("command"))).isEqualTo("echo $HOME");
    assertThat(p.value(service(p, "cache").node().text("image"))).isEqualTo("redis:7.2");
  }

  @Test
  void scalarsStayAsWritten(@TempDir Path dir) throws Exception {
    write(dir, "compose.yml", "services:\n  ssh:\n    image: a:1\n    ports:\n      - 22:22\n");
    Project p = Compose.load(dir.resolve("compose.yml"));
    assertThat(texts(service(p, "ssh").node().get("ports"))).containsExactly("22:22");
  }

  @Test
  void buildsReadTheirDockerfile(@TempDir Path dir) throws Exception {
    write(
        dir,
        "api/docker/prod.Dockerfile",
        """
        ARG NODE_VERSION=18
        FROM node:${NODE_VERSION}-alpine AS deps
        FROM deps AS runtime
        HEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1
        """);
    write(
        dir,
        "compose.yml",
        """
        services:
          api:
            build:
              context: ./api
              dockerfile: docker/prod.Dockerfile
              args:
                - NODE_VERSION=20
          web:
            build: ./web
        """);
    Project p = Compose.load(dir.resolve("compose.yml"));
    Compose.Build api = service(p, "api").build();
    assertThat(api.shownPath()).isEqualTo("api/docker/prod.Dockerfile");
    assertThat(api.dockerfile().stages().getFirst().image()).isEqualTo("node:20-alpine");
    assertThat(api.stage().name()).isEqualTo("runtime");
    Compose.Build web = service(p, "web").build();
    assertThat(web.dockerfile()).isNull();
    assertThat(web.problem()).contains("web/Dockerfile").contains("no such file");
  }

  @Test
  void brokenYamlNamesTheFileAndLine(@TempDir Path dir) {
    write(
        dir,
        "docker-compose.yml",
        "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"\n  db:\n    image: x\n");
    assertThatThrownBy(() -> Compose.load(dir))
        .isInstanceOf(ProbeException.class)
        .hasMessageStartingWith("docker-compose.yml:4: ")
        .hasMessageContaining("expected ',' or ']'");
  }

  @Test
  void anAliasWithoutItsAnchorIsNamed(@TempDir Path dir) {
    write(dir, "compose.yml", "services:\n  web:\n    <<: *defaults\n    image: a:1\n");
    assertThatThrownBy(() -> Compose.load(dir))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("compose.yml:3");
  }

  @Test
  void whatCannotBeReadIsSaidPlainly(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> Compose.load(dir))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("holds no compose file");
    assertThatThrownBy(() -> Compose.load(dir.resolve("missing.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("no compose file or folder");
    write(dir, "list.yml", "- web\n- db\n");
    assertThatThrownBy(() -> Compose.load(dir.resolve("list.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("list.yml:1: a compose file is a mapping");
    write(dir, "empty.yml", "# nothing yet\n");
    assertThatThrownBy(() -> Compose.load(dir.resolve("empty.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("defines no services");
    Path latin1 = dir.resolve("latin1.yml");
    Files.write(latin1, new byte[] {'s', ':', ' ', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> Compose.load(latin1))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("latin1.yml: not UTF-8 text");
    Files.createDirectories(dir.resolve("folder.yml"));
    assertThatThrownBy(() -> Compose.load(dir.resolve("folder.yml")))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("holds no compose file");
  }
}
