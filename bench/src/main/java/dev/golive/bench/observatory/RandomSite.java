package dev.golive.bench.observatory;

import com.sun.net.httpserver.HttpExchange;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One random target ({@link RandomSites}): an HTTPS site on {@code https://localhost:P} and its
 * plain-HTTP twin on {@code http://localhost:Q}, both answering as its {@link Spec} says.
 */
final class RandomSite implements AutoCloseable {
  /** The HTTPS side. */
  enum Tls {
    /** A certificate from the CA both tools trust. */
    TRUSTED,
    /** A certificate from a CA nobody trusts. */
    UNTRUSTED,
    /** Nothing listens on the HTTPS port. */
    NONE
  }

  /** What plain HTTP does at {@code /}. */
  enum Plain {
    /** Answers the page itself. */
    PAGE,
    HTTPS_301,
    HTTPS_302,
    HTTPS_303,
    HTTPS_307,
    HTTPS_308,
    /** 301 to {@code https://localhost:P/welcome}, another path of the HTTPS site. */
    HTTPS_OTHER_PATH,
    /** 301 to HTTPS on another host name (127.0.0.1 instead of localhost). */
    OFF_HOST,
    /** 302 to {@code /next} on plain HTTP, which then goes to HTTPS. */
    VIA_PLAIN,
    /** 301 to plain HTTP on another host, which answers the page: never HTTPS. */
    PLAIN_ELSEWHERE,
    /** Answers 200 with {@code <meta http-equiv=refresh>} pointing at HTTPS. */
    META_REFRESH,
    /** 301 to {@code https://localhost:P/start}, which sends on to {@code /} with a 302. */
    CHAIN,
    /** Nothing listens on the plain-HTTP port. */
    REFUSED
  }

  /** What HTTPS does at {@code /}. */
  enum Secure {
    PAGE,
    /** 302 to the relative {@code /home}. */
    TO_HOME,
    /** 301 to the absolute {@code https://localhost:P/home}. */
    TO_HOME_ABSOLUTE,
    /** 301 down to the plain-HTTP twin's {@code /}. */
    DOWNGRADE,
    /** 302 to {@code https://127.0.0.1:P/home}. */
    OFF_HOST
  }

  /** What the page answers to a request carrying {@code Origin}. */
  enum Cors {
    NONE,
    STAR,
    STAR_WITH_CREDENTIALS,
    ECHO,
    ECHO_WITH_CREDENTIALS,
    NULL,
    NULL_WITH_CREDENTIALS,
    PARTNER,
    PARTNER_WITH_CREDENTIALS
  }

  /**
   * A {@code <script>}: its {@code src} ({@code null} when inline; {@code {https}} and {@code
   * {http}} stand for the site's own origins) and whether it carries an integrity hash.
   */
  record Script(String src, boolean integrity) {}

  /**
   * How a site answers.
   *
   * @param name the site's name in the report
   * @param tls the HTTPS side
   * @param plain what plain HTTP does at {@code /}
   * @param secure what HTTPS does at {@code /}
   * @param status the page's status
   * @param contentType the page's Content-Type
   * @param headers the page's headers, in order (a name may repeat)
   * @param cookies the page's Set-Cookie values
   * @param onRedirects whether the redirects send the same headers and cookies as the page
   * @param cors what the page answers to a request with {@code Origin}
   * @param crossdomain /crossdomain.xml, or {@code null} for a 404
   * @param clientaccess /clientaccesspolicy.xml, or {@code null} for a 404
   * @param head {@code <meta>} elements in the page's head
   * @param scripts the page's scripts
   */
  record Spec(
      String name,
      Tls tls,
      Plain plain,
      Secure secure,
      int status,
      String contentType,
      List<Map.Entry<String, String>> headers,
      List<String> cookies,
      boolean onRedirects,
      Cors cors,
      String crossdomain,
      String clientaccess,
      List<String> head,
      List<Script> scripts) {

    /** Every value of header {@code name} the page sends, in order. */
    List<String> values(String name) {
      return headers.stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(Map.Entry::getValue)
          .toList();
    }
  }

  final Spec spec;
  private final WebServer secure;
  private final WebServer plain;
  private final int httpsPort;
  private final int httpPort;
  private final List<Socket> reserved = new ArrayList<>();

  RandomSite(Spec spec, Certificates.Issued trusted, Certificates.Issued untrusted) {
    this.spec = spec;
    this.secure =
        switch (spec.tls()) {
          case TRUSTED -> WebServer.https(trusted);
          case UNTRUSTED -> WebServer.https(untrusted);
          case NONE -> null;
        };
    this.plain = spec.plain() == Plain.REFUSED ? null : WebServer.http();
    this.httpsPort = secure == null ? closedPort() : secure.port();
    this.httpPort = plain == null ? closedPort() : plain.port();
    if (secure != null) {
      secureRoutes(secure);
    }
    if (plain != null) {
      plainRoutes(plain);
    }
  }

  int httpsPort() {
    return httpsPort;
  }

  int httpPort() {
    return httpPort;
  }

  /** The URL golive is given: the HTTPS site, or the plain one when there is no HTTPS. */
  URI web() {
    return spec.tls() == Tls.NONE ? plainUrl() : URI.create(https() + "/");
  }

  /** Where golive's http.https-redirect starts, as Observatory does. */
  URI plainUrl() {
    return URI.create(http() + "/");
  }

  private String https() {
    return "https://localhost:" + httpsPort;
  }

  private String http() {
    return "http://localhost:" + httpPort;
  }

  private void secureRoutes(WebServer s) {
    switch (spec.secure()) {
      case PAGE -> s.route("/", this::page);
      case TO_HOME -> s.route("/", redirect(302, "/home"));
      case TO_HOME_ABSOLUTE -> s.route("/", redirect(301, https() + "/home"));
      case DOWNGRADE -> s.route("/", redirect(301, http() + "/"));
      case OFF_HOST -> s.route("/", redirect(302, "https://127.0.0.1:" + httpsPort + "/home"));
    }
    s.route("/home", this::page);
    s.route("/welcome", this::page);
    s.route("/start", redirect(302, "/"));
    common(s);
  }

  private void plainRoutes(WebServer s) {
    switch (spec.plain()) {
      case PAGE -> s.route("/", this::page);
      case HTTPS_301 -> s.route("/", redirect(301, https() + "/"));
      case HTTPS_302 -> s.route("/", redirect(302, https() + "/"));
      case HTTPS_303 -> s.route("/", redirect(303, https() + "/"));
      case HTTPS_307 -> s.route("/", redirect(307, https() + "/"));
      case HTTPS_308 -> s.route("/", redirect(308, https() + "/"));
      case HTTPS_OTHER_PATH -> s.route("/", redirect(301, https() + "/welcome"));
      case OFF_HOST -> s.route("/", redirect(301, "https://127.0.0.1:" + httpsPort + "/"));
      case VIA_PLAIN -> {
        s.route("/", redirect(302, http() + "/next"));
        s.route("/next", redirect(301, https() + "/"));
      }
      case PLAIN_ELSEWHERE ->
          s.route("/", redirect(301, "http://127.0.0.1:" + httpPort + "/landing"));
      case META_REFRESH ->
          s.route(
              "/",
              WebServer.Reply.html(
                  "<!doctype html><html><head><meta http-equiv=\"refresh\" content=\"0; url="
                      + https()
                      + "/\"></head><body>moved</body></html>"));
      case CHAIN -> s.route("/", redirect(301, https() + "/start"));
      case REFUSED -> throw new IllegalStateException("no plain-HTTP server to route");
    }
    s.route("/landing", this::page);
    s.route("/home", this::page);
    common(s);
  }

  private void common(WebServer s) {
    s.route(
        "/robots.txt",
        WebServer.Reply.of(200, "User-agent: *\nDisallow:\n").header("Content-Type", "text/plain"));
    s.route(
        "/static/app.js",
        WebServer.Reply.of(200, "console.log(1)").header("Content-Type", "text/javascript"));
    if (spec.crossdomain() != null) {
      s.route(
          "/crossdomain.xml",
          WebServer.Reply.of(200, spec.crossdomain())
              .header("Content-Type", "text/x-cross-domain-policy"));
    }
    if (spec.clientaccess() != null) {
      s.route(
          "/clientaccesspolicy.xml",
          WebServer.Reply.of(200, spec.clientaccess()).header("Content-Type", "application/xml"));
    }
  }

  private WebServer.Handler redirect(int status, String location) {
    return x -> {
      var h = x.getResponseHeaders();
      h.add("Location", location);
      if (spec.onRedirects()) {
        spec.headers().forEach(e -> h.add(e.getKey(), e.getValue()));
        spec.cookies().forEach(c -> h.add("Set-Cookie", c));
      }
      x.sendResponseHeaders(status, -1);
    };
  }

  private void page(HttpExchange x) throws IOException {
    var h = x.getResponseHeaders();
    spec.headers().forEach(e -> h.add(e.getKey(), e.getValue()));
    spec.cookies().forEach(c -> h.add("Set-Cookie", c));
    String origin = WebServer.requestHeaders(x).get("origin");
    String allow =
        switch (spec.cors()) {
          case NONE -> null;
          case STAR, STAR_WITH_CREDENTIALS -> "*";
          case ECHO, ECHO_WITH_CREDENTIALS -> origin;
          case NULL, NULL_WITH_CREDENTIALS -> "null";
          case PARTNER, PARTNER_WITH_CREDENTIALS -> "https://partner.example";
        };
    if (allow != null) {
      h.add("Access-Control-Allow-Origin", allow);
      if (spec.cors().name().endsWith("_WITH_CREDENTIALS")) {
        h.add("Access-Control-Allow-Credentials", "true");
      }
      if (spec.cors() == Cors.ECHO || spec.cors() == Cors.ECHO_WITH_CREDENTIALS) {
        h.add("Vary", "Origin");
      }
    }
    h.add("Content-Type", spec.contentType());
    byte[] body = body().getBytes(StandardCharsets.UTF_8);
    String method = x.getRequestMethod();
    if (method.equals("HEAD") || method.equals("OPTIONS")) {
      x.sendResponseHeaders(spec.status(), -1);
      return;
    }
    x.sendResponseHeaders(spec.status(), body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  /** The page's HTML, with the site's own origins filled in. */
  String body() {
    StringBuilder b = new StringBuilder("<!doctype html><html><head><title>");
    b.append(spec.name()).append("</title>");
    spec.head().forEach(b::append);
    b.append("</head><body><h1>A shop</h1>");
    for (Script s : spec.scripts()) {
      b.append("<script");
      if (s.src() != null) {
        b.append(" src=\"").append(s.src()).append('"');
      }
      if (s.integrity()) {
        b.append(
                " integrity=\"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\"")
            .append(" crossorigin=\"anonymous\"");
      }
      b.append('>');
      if (s.src() == null) {
        b.append("console.log('inline')");
      }
      b.append("</script>");
    }
    b.append("<p>")
        .append("Things for people who want them. ".repeat(20))
        .append("</p></body></html>");
    return b.toString().replace("{https}", https()).replace("{http}", http());
  }

  /**
   * A port where nothing listens, kept for this site until it closes: a socket bound there but not
   * listening makes every connection to it refused, and no other server can take the port.
   */
  private int closedPort() {
    Socket s = new Socket();
    try {
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    } catch (IOException e) {
      throw new IllegalStateException("no free port on 127.0.0.1", e);
    }
    reserved.add(s);
    return s.getLocalPort();
  }

  @Override
  public void close() {
    if (secure != null) {
      secure.close();
    }
    if (plain != null) {
      plain.close();
    }
    for (Socket s : reserved) {
      try {
        s.close();
      } catch (IOException e) {
        // the port is free either way
      }
    }
  }
}
