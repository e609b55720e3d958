package dev.golive.bench.audit;

import dev.golive.testkit.Certificates;
import dev.golive.testkit.Http2Server;
import dev.golive.testkit.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A sample shop like the one {@code golive demo} starts, on 127.0.0.1: an HTTPS site whose
 * certificate comes from the run's private CA, speaking HTTP/2 to clients that ask for it and
 * HTTP/1.1 to the others as production servers do, and its plain-HTTP twin that redirects every
 * path to it. Unlike the demo it has nothing that hangs: every check finds something to read (a
 * page with assets and meta tags, robots.txt, a sitemap, a health endpoint, an OpenAPI document,
 * JSON 404s), so that what is timed is golive's own work. Every request either server answers is
 * counted, and the client address it came from noted. With a latency, every answer leaves that long
 * after its request came in, as from a server a region away that does a little work for each
 * request; the wait holds no CPU (the servers run each exchange on a virtual thread).
 */
final class Shop implements AutoCloseable {
  private static final String HTML = "text/html; charset=utf-8";
  private static final String YEAR = "public, max-age=31536000, immutable";

  private final Http2Server secure;
  private final WebServer plain;
  private final String host;
  private final Traffic traffic;
  private final long latencyMs;

  /** What the site serves; known once its port is, set before any request can come. */
  private record Content(byte[] page, byte[] zipped, byte[] robots, byte[] sitemap) {}

  private volatile Content content;

  /**
   * Starts both servers.
   *
   * @param host the name the site is reached by (the certificate must name it)
   * @param cert the HTTPS certificate
   * @param traffic counts every request either server answers
   * @param latencyMs how long each answer waits before it leaves
   */
  Shop(String host, Certificates.Issued cert, Traffic traffic, long latencyMs) {
    this.host = host;
    this.traffic = traffic;
    this.latencyMs = latencyMs;
    Http2Server s = Http2Server.https(cert, latencyMs, this::answer);
    WebServer p = null;
    try {
      String origin = "https://" + host + ":" + s.port();
      byte[] page = page(origin).getBytes(StandardCharsets.UTF_8);
      this.content =
          new Content(
              page,
              gzip(page),
              ("User-agent: *\nDisallow: /cart\nSitemap: " + origin + "/sitemap.xml\n")
                  .getBytes(StandardCharsets.UTF_8),
              sitemap(origin).getBytes(StandardCharsets.UTF_8));
      p = WebServer.http();
      p.otherwise(
          counted(
              x ->
                  WebServer.Reply.redirect(301, origin + x.getRequestURI().getRawPath())
                      .handle(x)));
    } catch (RuntimeException e) {
      s.close();
      throw e;
    }
    this.secure = s;
    this.plain = p;
  }

  /** What the HTTPS site answers. */
  private Http2Server.Answer answer(Http2Server.Asked asked) {
    traffic.seen((InetSocketAddress) asked.from());
    Content c = content;
    return switch (asked.path()) {
      case "/" -> home(asked, c);
      case "/robots.txt" ->
          new Http2Server.Answer(200, List.of(), c.robots())
              .header("Content-Type", "text/plain; charset=utf-8");
      case "/sitemap.xml" ->
          new Http2Server.Answer(200, List.of(), c.sitemap())
              .header("Content-Type", "application/xml");
      case "/health" ->
          Http2Server.Answer.of(200, "{\"status\":\"UP\"}")
              .header("Content-Type", "application/json");
      case "/openapi.json" ->
          Http2Server.Answer.of(200, OPENAPI).header("Content-Type", "application/json");
      case "/static/app.css" ->
          Http2Server.Answer.of(200, "body{margin:0}")
              .header("Content-Type", "text/css")
              .header("Cache-Control", YEAR);
      case "/static/app.js" ->
          Http2Server.Answer.of(200, "console.log('shop')")
              .header("Content-Type", "text/javascript")
              .header("Cache-Control", YEAR);
      default ->
          Http2Server.Answer.of(404, "{\"error\":\"not found\",\"status\":404}")
              .header("Content-Type", "application/json");
    };
  }

  /** The site, as golive is given it. */
  URI url() {
    return URI.create("https://" + host + ":" + secure.port() + "/");
  }

  /** The plain-HTTP twin, which redirects to {@link #url()}. */
  URI plainUrl() {
    return URI.create("http://" + host + ":" + plain.port() + "/");
  }

  int httpsPort() {
    return secure.port();
  }

  int httpPort() {
    return plain.port();
  }

  private WebServer.Handler counted(WebServer.Handler h) {
    return x -> {
      traffic.seen(x.getRemoteAddress());
      if (latencyMs > 0) {
        try {
          Thread.sleep(latencyMs);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      h.handle(x);
    };
  }

  private static Http2Server.Answer home(Http2Server.Asked asked, Content c) {
    List<Map.Entry<String, String>> h = new ArrayList<>(HEADERS);
    h.add(Map.entry("Content-Type", HTML));
    h.add(Map.entry("Vary", "Accept-Encoding"));
    String accept = asked.headers().get("accept-encoding");
    byte[] body = c.page();
    if (accept != null && accept.contains("gzip")) {
      h.add(Map.entry("Content-Encoding", "gzip"));
      body = c.zipped();
    }
    if (asked.method().equals("HEAD") || asked.method().equals("OPTIONS")) {
      body = new byte[0];
    }
    return new Http2Server.Answer(200, List.copyOf(h), body);
  }

  private static final List<Map.Entry<String, String>> HEADERS =
      List.of(
          Map.entry("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
          Map.entry(
              "Content-Security-Policy",
              "default-src 'self'; script-src 'self' https://cdn.example.com; object-src 'none';"
                  + " frame-ancestors 'none'"),
          Map.entry("X-Frame-Options", "DENY"),
          Map.entry("X-Content-Type-Options", "nosniff"),
          Map.entry("Referrer-Policy", "strict-origin-when-cross-origin"),
          Map.entry("Set-Cookie", "sessionid=abc; Secure; HttpOnly; SameSite=Lax; Path=/"),
          Map.entry("Cross-Origin-Resource-Policy", "same-origin"),
          Map.entry("Server", "nginx"));

  private static final String OPENAPI =
      """
      {"openapi": "3.0.3", "info": {"title": "Shop API", "version": "1"},
       "paths": {"/health": {"get": {"responses": {"200": {"description": "up"}}}},
                 "/items": {"get": {"responses": {"200": {"description": "the items"}}}}}}
      """;

  private static String page(String origin) {
    return """
        <!doctype html>
        <html lang="en"><head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Teapot Shop</title>
        <meta name="description" content="Teapots, kettles and cups, shipped fast.">
        <meta property="og:title" content="Teapot Shop">
        <meta property="og:description" content="Teapots, kettles and cups, shipped fast.">
        <meta property="og:image" content="%s/static/shop.png">
        <link rel="stylesheet" href="/static/app.css">
        <script src="/static/app.js"></script>
        <script src="https://cdn.example.com/lib.js" integrity="sha384-x" crossorigin="anonymous"></script>
        </head><body><h1>Teapot Shop</h1>
        """
            .formatted(origin)
        + "<p>Fresh stock every week: teapots, kettles, cups and saucers. </p>\n".repeat(40)
        + "</body></html>\n";
  }

  private static String sitemap(String origin) {
    StringBuilder b =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : List.of("/", "/teapots", "/kettles", "/cups")) {
      b.append("  <url><loc>").append(origin).append(path).append("</loc></url>\n");
    }
    return b.append("</urlset>\n").toString();
  }

  private static byte[] gzip(byte[] data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  @Override
  public void close() {
    plain.close();
    secure.close();
  }
}
