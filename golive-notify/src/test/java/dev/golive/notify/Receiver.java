package dev.golive.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers with the replies it is
 * given, in order, then 200 with {@code ok} (as Slack does) for the rest.
 */
final class Receiver implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request as it arrived. */
  static final class Request {
    private final String method;
    private final String path;
    private final Map<String, String> headers;
    private final byte[] body;

    Request(String method, String path, Map<String, String> headers, byte[] body) {
      this.method = method;
      this.path = path;
      this.headers = headers;
      this.body = body.clone();
    }

    String method() {
      return method;
    }

    String path() {
      return path;
    }

    /** The exact bytes of the body. */
    byte[] body() {
      return body.clone();
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private final WebServer server = WebServer.http();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Queue<WebServer.Reply> replies = new ConcurrentLinkedQueue<>();
  private volatile WebServer.Reply otherwise = WebServer.Reply.of(200, "ok");
  private volatile long delayMillis;

  Receiver() {
    server.otherwise(this::handle);
  }

  private void handle(HttpExchange x) throws IOException {
    byte[] body = x.getRequestBody().readAllBytes();
    requests.add(
        new Request(
            x.getRequestMethod(), x.getRequestURI().getPath(), WebServer.requestHeaders(x), body));
    if (delayMillis > 0) {
      try {
        Thread.sleep(delayMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    WebServer.Reply r = replies.poll();
    (r == null ? otherwise : r).handle(x);
  }

  /** Answers the next request with {@code status} and {@code body}. */
  Receiver then(int status, String body, String... headers) {
    WebServer.Reply r = WebServer.Reply.of(status, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      r = r.header(headers[i], headers[i + 1]);
    }
    replies.add(r);
    return this;
  }

  /** Answers every request past the scripted ones with {@code status} and {@code body}. */
  Receiver always(int status, String body, String... headers) {
    WebServer.Reply r = WebServer.Reply.of(status, body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      r = r.header(headers[i], headers[i + 1]);
    }
    otherwise = r;
    return this;
  }

  /** Takes {@code millis} over each answer, so that concurrent senders overlap. */
  Receiver slow(long millis) {
    delayMillis = millis;
    return this;
  }

  String url(String path) {
    return server.url().resolve(path).toString();
  }

  String base() {
    String s = server.url().toString();
    return s.substring(0, s.length() - 1);
  }

  List<Request> requests() {
    return new ArrayList<>(requests);
  }

  @Override
  public void close() {
    server.close();
  }
}
