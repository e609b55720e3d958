package dev.golive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.golive.notify.WebhookSignature;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code golive notify test} against real receivers on 127.0.0.1. */
class NotifyCommandTest {
  @TempDir Path dir;

  private Path config(String yaml) throws IOException {
    Path p = dir.resolve("golive.yaml");
    Files.writeString(p, yaml, StandardCharsets.UTF_8);
    return p;
  }

  /** A body and its signature header, as a receiver got them. */
  private record Received(String body, String signature) {}

  @Test
  void sendsASampleToEachChannelAndSaysWhatEachMadeOfIt() throws IOException {
    List<Received> hook = new CopyOnWriteArrayList<>();
    try (WebServer server =
        WebServer.http()
            .route(
                "/hook",
                (HttpExchange x) -> {
                  hook.add(
                      new Received(
                          new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                          x.getRequestHeaders().getFirst("X-Golive-Signature")));
                  WebServer.Reply.of(204, "").handle(x);
                })
            .route("/slack", WebServer.Reply.of(404, "no_service"))) {
      // a secret must come from the environment; PATH is one every process has
      Path yaml =
          config(
              """
              targets:
                production: https://shop.example
              notify:
                channels:
                  ops:
                    type: webhook
                    url: %shook
                    secret: ${PATH}
                    language: ru
                  team-chat:
                    type: slack
                    url: %sslack
              """
                  .formatted(server.url(), server.url()));

      CliRun run = CliRun.of("notify", "test", "--config", yaml.toString(), "--project", "shop");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out())
          .isEqualTo(
              """
              ops        webhook   ok      HTTP 204
              team-chat  slack     failed  HTTP 404: no_service
              """);
      assertThat(run.err())
          .isEqualTo("golive: sending a sample verdict-changed of project shop to 2 channels\n");
      Received r = hook.get(0);
      assertThat(r.body())
          .contains("\"test\":true", "\"project\":\"shop\"", "проверочное сообщение");
      assertThat(
              WebhookSignature.verify(
                  System.getenv("PATH"), r.body().getBytes(StandardCharsets.UTF_8), r.signature()))
          .isTrue();
    }
  }

  @Test
  void oneChannelAndAnotherKindOfEvent() throws IOException {
    try (WebServer server = WebServer.http().route("/slack", WebServer.Reply.of(200, "ok"))) {
      Path yaml =
          config(
              """
              notify:
                channels:
                  team: {type: slack, url: "%sslack"}
                  other: {type: slack, url: "http://127.0.0.1:1/"}
              """
                  .formatted(server.url()));

      CliRun run =
          CliRun.of(
              "notify",
              "test",
              "--config",
              yaml.toString(),
              "--channel",
              "team",
              "--event",
              "certificate-expiring");

      assertThat(run.exit()).isEqualTo(0);
      assertThat(run.out()).isEqualTo("team  slack     ok      HTTP 200\n");
      assertThat(run.err()).contains("sample certificate-expiring of project " + dir.getFileName());
      assertThat(server.hits("/slack")).isEqualTo(1);
    }
  }

  @Test
  void configProblemsAreNamedOneALineWithExit2() throws IOException {
    Path yaml =
        config(
            """
            notify:
              channels:
                tg: {type: telegram, token: "123:abc"}
            """);

    CliRun run = CliRun.of("notify", "test", "--config", yaml.toString());

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            yaml
                + ": notify.channels.tg.token: write it as ${NAME} and set that environment"
                + " variable: a secret does not belong in the file\n"
                + yaml
                + ": notify.channels.tg: 'chat' is missing: the chat's id, as \"-1001234567890\","
                + " or a channel's @name\n");
  }

  @Test
  void aFileWithoutNotifyOrNoFileAtAll() throws IOException {
    Path yaml = config("targets:\n  production: https://shop.example\n");

    CliRun none = CliRun.of("notify", "test", "--config", yaml.toString());
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err())
        .isEqualTo(yaml + ": has no notify: block; docs/notifications.md shows how to write one\n");

    CliRun missing = CliRun.of("notify", "test", "--config", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo(dir.resolve("nope.yaml") + ": no such file\n");

    CliRun channel =
        CliRun.of(
            "notify",
            "test",
            "--config",
            config("notify:\n  channels:\n    a: {type: slack, url: 'http://x.test/'}\n")
                .toString(),
            "--channel",
            "b");
    assertThat(channel.exit()).isEqualTo(2);
    assertThat(channel.err()).endsWith(": no channel named 'b' in notify:\n");
  }

  @Test
  void withoutASubcommandItExplainsItself() {
    CliRun run = CliRun.of("notify");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: golive notify", "test");
  }
}
