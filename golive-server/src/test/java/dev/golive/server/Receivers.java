package dev.golive.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import dev.golive.notify.WebhookSignature;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real receivers of notifications on 127.0.0.1 that record what arrives: a webhook endpoint and a
 * stand-in for Telegram's Bot API; and the {@code notify:} block that points a project at them and
 * at an SMTP server.
 */
final class Receivers implements AutoCloseable {
  static final String SECRET = "whsec-0123456789abcdef";
  static final String TOKEN = "123456:AAH-test_token";

  /** The server's environment: the channels' secrets, and one a project must not read. */
  static final Map<String, String> ENV =
      Map.of(
          "GOLIVE_NOTIFY_HOOK_SECRET", SECRET,
          "GOLIVE_NOTIFY_TG_TOKEN", TOKEN,
          "GOLIVE_DB_PASSWORD", "the server's own");

  /** A request as it arrived: path, headers (lower-case names) and the exact body. */
  record Request(String path, Map<String, String> headers, byte[] body) {
    JsonNode json() {
      try {
        return JsonIO.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    boolean signed() {
      return WebhookSignature.verify(SECRET, body, headers.get("x-golive-signature"));
    }
  }

  final WebServer hookServer = WebServer.http();
  final WebServer telegramServer = WebServer.http();
  final List<Request> hooks = new CopyOnWriteArrayList<>();
  final List<Request> telegrams = new CopyOnWriteArrayList<>();

  /** The webhook answers 500 to this many requests before it takes them. */
  final AtomicInteger refuse = new AtomicInteger();

  Receivers() {
    hookServer.route(
        "/hook",
        x -> {
          Request r = read(x);
          if (refuse.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            WebServer.Reply.of(500, "down for a moment").handle(x);
            return;
          }
          hooks.add(r);
          WebServer.Reply.of(200, "ok").handle(x);
        });
    telegramServer.otherwise(
        x -> {
          telegrams.add(read(x));
          WebServer.Reply.of(200, "{\"ok\":true,\"result\":{\"message_id\":7}}")
              .header("Content-Type", "application/json")
              .handle(x);
        });
  }

  private static Request read(HttpExchange x) throws IOException {
    return new Request(
        x.getRequestURI().getPath(),
        WebServer.requestHeaders(x),
        x.getRequestBody().readAllBytes());
  }

  /** The events of the webhook's requests, as {@code verdict-changed NO-GO→GO}. */
  List<String> hookEvents() {
    return hooks.stream().map(r -> describe(r.json())).toList();
  }

  static String describe(JsonNode e) {
    String kind = e.path("event").asText();
    return switch (kind) {
      case "verdict-changed" -> kind + " " + e.path("from").asText() + "→" + e.path("to").asText();
      case "new-contradiction", "regression" -> kind + " " + e.path("item").asText();
      case "certificate-expiring" -> kind + " " + e.path("host").asText();
      case "waiver-expiring" -> kind + " " + e.path("item").asText();
      default -> kind;
    };
  }

  /**
   * golive.yaml with a {@code notify:} block: the webhook and Telegram, and e-mail through the SMTP
   * server on {@code smtpPort} when it is above 0, each sent {@code events} ({@code all} or a YAML
   * list). Deliveries are tried twice, quickly.
   */
  String config(String events, int smtpPort) {
    StringBuilder b = new StringBuilder();
    b.append("notify:\n  channels:\n");
    b.append("    hook:\n      type: webhook\n");
    b.append("      url: ").append(hookServer.url().resolve("/hook")).append('\n');
    b.append("      secret: ${GOLIVE_NOTIFY_HOOK_SECRET}\n");
    b.append("      events: ").append(events).append('\n');
    b.append("    tg:\n      type: telegram\n");
    b.append("      token: ${GOLIVE_NOTIFY_TG_TOKEN}\n");
    b.append("      chat: \"-100123\"\n");
    String api = telegramServer.url().toString();
    b.append("      api: ").append(api, 0, api.length() - 1).append('\n');
    b.append("      events: ").append(events).append('\n');
    if (smtpPort > 0) {
      b.append("    mail:\n      type: email\n      host: 127.0.0.1\n");
      b.append("      port: ").append(smtpPort).append('\n');
      b.append("      security: none\n");
      b.append("      from: golive <golive@shop.test>\n      to: [ops@shop.test]\n");
      b.append("      events: ").append(events).append('\n');
    }
    b.append("  retry:\n    attempts: 2\n    backoff: 100ms\n    max-backoff: 200ms\n");
    b.append("    timeout: 5s\n    deadline: 10s\n");
    return b.toString();
  }

  static String text(byte[] body) {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    hookServer.close();
    telegramServer.close();
  }
}
