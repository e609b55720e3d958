package dev.golive.testkit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A real HTTP or HTTPS server on 127.0.0.1 and a free port, answering each path as told. Paths
 * without a route answer 404 with a small HTML page, as plain servers do.
 */
public final class WebServer implements AutoCloseable {
  /** How one path answers. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A canned answer: status, headers (a name may repeat) and body. */
  public record Reply(int status, List<Map.Entry<String, String>> headers, byte[] body)
      implements Handler {
    public static Reply of(int status, String body) {
      return new Reply(status, List.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    public static Reply html(String body) {
      return of(200, body).header("Content-Type", "text/html; charset=utf-8");
    }

    public static Reply redirect(int status, String location) {
      return of(status, "").header("Location", location);
    }

    public Reply header(String name, String value) {
      List<Map.Entry<String, String>> h = new java.util.ArrayList<>(headers);
      h.add(Map.entry(name, value));
      return new Reply(status, h, body);
    }

    @Override
    public void handle(HttpExchange x) throws IOException {
      for (Map.Entry<String, String> h : headers) {
        x.getResponseHeaders().add(h.getKey(), h.getValue());
      }
      if (body.length == 0) {
        x.sendResponseHeaders(status, -1);
      } else {
        x.sendResponseHeaders(status, body.length);
        try (OutputStream out = x.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  private final HttpServer server;
  private final Map<String, Handler> routes = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  private final String scheme;
  private volatile Handler fallback;

  private WebServer(HttpServer server, String scheme) {
    this.server = server;
    this.scheme = scheme;
    server.createContext("/", this::dispatch);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  /** Plain HTTP. */
  public static WebServer http() {
    try {
      return new WebServer(HttpServer.create(loopback(), 0), "http");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an HTTP server on 127.0.0.1", e);
    }
  }

  /** HTTPS presenting {@code cert}, offering only {@code protocols} when any are named. */
  public static WebServer https(Certificates.Issued cert, String... protocols) {
    try {
      HttpsServer s = HttpsServer.create(loopback(), 0);
      SSLContext context = cert.serverContext();
      s.setHttpsConfigurator(
          new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
              SSLParameters p = context.getDefaultSSLParameters();
              if (protocols.length > 0) {
                p.setProtocols(protocols);
              }
              params.setSSLParameters(p);
            }
          });
      return new WebServer(s, "https");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start an HTTPS server on 127.0.0.1", e);
    }
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  /** Answers {@code path} (exact, without query) with {@code handler}. */
  public WebServer route(String path, Handler handler) {
    routes.put(path, handler);
    return this;
  }

  /**
   * Answers every path without a route with {@code handler} instead of a 404, as single-page
   * applications and catch-all frameworks do.
   */
  public WebServer fallback(Handler handler) {
    this.fallback = handler;
    return this;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** The base URL, as {@code http://127.0.0.1:PORT/}. */
  public URI url() {
    return URI.create(scheme + "://127.0.0.1:" + port() + "/");
  }

  /** How many requests reached {@code path}. */
  public int hits(String path) {
    AtomicInteger n = hits.get(path);
    return n == null ? 0 : n.get();
  }

  private void dispatch(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getPath();
      hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      Handler h = routes.getOrDefault(path, fallback);
      if (h == null) {
        Reply.of(404, "<html><body><h1>Not Found</h1></body></html>")
            .header("Content-Type", "text/html")
            .handle(x);
      } else {
        h.handle(x);
      }
    }
  }

  /** Request headers of an exchange as a simple map, first value each. */
  public static Map<String, String> requestHeaders(HttpExchange x) {
    Map<String, String> m = new LinkedHashMap<>();
    x.getRequestHeaders().forEach((k, v) -> m.put(k.toLowerCase(java.util.Locale.ROOT), v.get(0)));
    return m;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
