package dev.golive.bench.observatory;

import com.sun.net.httpserver.HttpExchange;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * One local target: a site on {@code https://localhost:P} (unless it has no HTTPS) and its
 * plain-HTTP twin on {@code http://localhost:Q}, answering with a chosen mix of headers.
 */
final class LocalSite implements AutoCloseable {
  /** What plain HTTP does. */
  enum Plain {
    /** 301 to the HTTPS site. */
    TO_HTTPS,
    /** 302 to another plain-HTTP URL first, which then goes to HTTPS. */
    VIA_PLAIN_FIRST,
    /** 301 to HTTPS on another host name (127.0.0.1 instead of localhost). */
    OFF_HOST,
    /** Answers the page itself. */
    NO_REDIRECT
  }

  /** Who CORS lets in. */
  enum Cors {
    NONE,
    /** Echoes any Origin and allows credentials. */
    REFLECT_WITH_CREDENTIALS,
    /** {@code *} with Allow-Credentials: true, which browsers refuse to combine. */
    STAR_WITH_CREDENTIALS,
    /** One named partner origin. */
    PARTNER
  }

  /**
   * How a site answers.
   *
   * @param name the target's name in the report
   * @param https whether it has HTTPS at all
   * @param trusted whether its certificate comes from the CA both tools are told to trust
   * @param plain what plain HTTP does
   * @param httpsStartsWithRedirect whether https://host/ first redirects to /home
   * @param headers headers on the page (a name may repeat)
   * @param contentType the page's Content-Type
   * @param body the page
   * @param cors who CORS lets in
   * @param gzip whether the page is gzipped for clients that accept it
   * @param assetCache Cache-Control of /static/app.css and /static/app.js, or {@code null}
   */
  record Spec(
      String name,
      boolean https,
      boolean trusted,
      Plain plain,
      boolean httpsStartsWithRedirect,
      List<Map.Entry<String, String>> headers,
      String contentType,
      String body,
      Cors cors,
      boolean gzip,
      String assetCache) {}

  final Spec spec;
  private final WebServer secure;
  private final WebServer plain;
  private final int httpsPort;

  LocalSite(Spec spec, Certificates.Issued trusted, Certificates.Issued untrusted) {
    this.spec = spec;
    if (spec.https()) {
      this.secure = routes(WebServer.https(spec.trusted() ? trusted : untrusted), spec);
      this.httpsPort = secure.port();
    } else {
      this.secure = null;
      this.httpsPort = closedPort();
    }
    String https = "https://localhost:" + httpsPort + "/";
    WebServer p = WebServer.http();
    switch (spec.plain()) {
      case TO_HTTPS -> p.route("/", WebServer.Reply.redirect(301, https));
      case VIA_PLAIN_FIRST -> {
        p.route("/", WebServer.Reply.redirect(302, "http://localhost:" + p.port() + "/next"));
        p.route("/next", WebServer.Reply.redirect(301, https));
      }
      case OFF_HOST ->
          p.route("/", WebServer.Reply.redirect(301, "https://127.0.0.1:" + httpsPort + "/"));
      case NO_REDIRECT -> routes(p, spec);
    }
    this.plain = p;
  }

  int httpsPort() {
    return httpsPort;
  }

  int httpPort() {
    return plain.port();
  }

  /** The URL golive is given: the HTTPS site, or the plain one when there is no HTTPS. */
  URI web() {
    return spec.https()
        ? URI.create("https://localhost:" + httpsPort + "/")
        : URI.create("http://localhost:" + plain.port() + "/");
  }

  URI plainUrl() {
    return URI.create("http://localhost:" + plain.port() + "/");
  }

  private static WebServer routes(WebServer s, Spec spec) {
    if (spec.httpsStartsWithRedirect()) {
      s.route("/", WebServer.Reply.redirect(302, "/home"));
      s.route("/home", x -> page(x, spec));
    } else {
      s.route("/", x -> page(x, spec));
    }
    if (spec.assetCache() != null) {
      s.route(
          "/static/app.css",
          WebServer.Reply.of(200, "body{margin:0}")
              .header("Content-Type", "text/css")
              .header("Cache-Control", spec.assetCache()));
      s.route(
          "/static/app.js",
          WebServer.Reply.of(200, "console.log(1)")
              .header("Content-Type", "text/javascript")
              .header("Cache-Control", spec.assetCache()));
    }
    return s;
  }

  private static void page(HttpExchange x, Spec spec) throws IOException {
    Map<String, String> request = WebServer.requestHeaders(x);
    var h = x.getResponseHeaders();
    spec.headers().forEach(e -> h.add(e.getKey(), e.getValue()));
    String origin = request.get("origin");
    switch (spec.cors()) {
      case REFLECT_WITH_CREDENTIALS -> {
        if (origin != null) {
          h.add("Access-Control-Allow-Origin", origin);
          h.add("Access-Control-Allow-Credentials", "true");
        }
      }
      case STAR_WITH_CREDENTIALS -> {
        h.add("Access-Control-Allow-Origin", "*");
        h.add("Access-Control-Allow-Credentials", "true");
      }
      case PARTNER -> h.add("Access-Control-Allow-Origin", "https://partner.example");
      case NONE -> {}
    }
    h.add("Content-Type", spec.contentType());
    byte[] body = spec.body().getBytes(StandardCharsets.UTF_8);
    if (spec.gzip()) {
      h.add("Vary", "Accept-Encoding");
      if (request.getOrDefault("accept-encoding", "").contains("gzip")) {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
          gz.write(body);
        }
        body = zipped.toByteArray();
        h.add("Content-Encoding", "gzip");
      }
    }
    if (x.getRequestMethod().equals("HEAD") || x.getRequestMethod().equals("OPTIONS")) {
      x.sendResponseHeaders(200, -1);
      return;
    }
    x.sendResponseHeaders(200, body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** A port where nothing listens, for a site without HTTPS. */
  private static int closedPort() {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException("no free port on 127.0.0.1", e);
    }
  }

  @Override
  public void close() {
    if (secure != null) {
      secure.close();
    }
    plain.close();
  }
}
