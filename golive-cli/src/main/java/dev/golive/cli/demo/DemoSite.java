package dev.golive.cli.demo;

import dev.golive.testkit.Certificates;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The sample shop golive demo audits: HTTPS with a certificate made on the spot and plain HTTP that
 * redirects to it, on 127.0.0.1. Some things are right (HSTS, the redirect, the certificate, the
 * health endpoint, robots.txt), some wrong (no CSP, a server banner with its version, a leaking
 * /.env, no Open Graph tags), and one endpoint never answers.
 */
public final class DemoSite implements AutoCloseable {
  private final Certificates.Authority ca;
  private final WebServer https;
  private final WebServer http;

  private DemoSite() {
    ca = Certificates.authority("golive demo CA");
    https =
        WebServer.https(
            ca.issue(
                Certificates.Spec.valid("127.0.0.1", "localhost").validFor(Duration.ofDays(80))));
    String home = https.url().toString();
    https
        .route(
            "/",
            Reply.html(
                    """
                    <!doctype html>
                    <html lang="en"><head>
                    <meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1">
                    <title>Teapot Shop</title>
                    <meta name="description" content="Teapots, kettles and cups, shipped fast.">
                    </head><body><h1>Teapot Shop</h1><p>Fresh stock every week.</p></body></html>
                    """)
                .header("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
                .header("X-Content-Type-Options", "nosniff")
                .header("Server", "nginx/1.18.0 (Ubuntu)"))
        .route(
            "/.env",
            Reply.of(
                    200, "APP_ENV=production\nDB_PASSWORD=correct-horse\nSTRIPE_KEY=sk_live_demo\n")
                .header("Content-Type", "text/plain"))
        .route(
            "/robots.txt",
            Reply.of(200, "User-agent: *\nDisallow: /cart\nSitemap: " + home + "sitemap.xml\n")
                .header("Content-Type", "text/plain"))
        .route(
            "/health",
            Reply.of(200, "{\"status\":\"UP\"}").header("Content-Type", "application/json"))
        .route(
            "/export",
            exchange -> {
              // the order export hangs: no check can decide about it
              try {
                Thread.sleep(Duration.ofMinutes(5));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    http = WebServer.http();
    http.otherwise(Reply.redirect(301, home));
  }

  public static DemoSite start() {
    return new DemoSite();
  }

  /** The shop's address. */
  public URI url() {
    return https.url();
  }

  /** Plain HTTP, which redirects to {@link #url()}. */
  public URI plainUrl() {
    return http.url();
  }

  public int tlsPort() {
    return https.port();
  }

  /** Writes the CA that signed the shop's certificate, for {@code --ca-file}. */
  public Path writeCa(Path file) {
    return ca.writePem(file);
  }

  @Override
  public void close() {
    http.close();
    https.close();
  }
}
