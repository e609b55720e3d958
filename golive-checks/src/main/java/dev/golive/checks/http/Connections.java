package dev.golive.checks.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * The HTTP client of an audit, shared by the {@link HttpFetcher}s of all its targets: one pool of
 * kept-alive connections, one selector thread, and the turns of each origin, so that however many
 * targets are audited at once each origin sees at most {@link #PER_ORIGIN} requests at a time.
 * Never follows redirects, speaks HTTP/2 where a site offers it over TLS (HTTP/1.1 otherwise, and
 * always over plain HTTP, where asking to upgrade would add headers to every request), and runs its
 * tasks on virtual threads. Closing it stops every exchange still running.
 */
public final class Connections implements AutoCloseable {
  /**
   * Requests in flight at most to one origin, as browsers keep to over HTTP/1.1: the checks of an
   * audit ask for dozens of URLs at once, and the rest wait for a connection that is already open
   * instead of each opening (and handshaking) its own, which no site owner asked for.
   */
  public static final int PER_ORIGIN = 6;

  /**
   * Requests in flight at most to an origin that answered over HTTP/2: they share one connection,
   * so more at once cost the site no more connections; servers allow 100 or more streams.
   */
  public static final int PER_HTTP2_ORIGIN = 32;

  final HttpClient client;
  private final ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, OriginLimit> limits = new ConcurrentHashMap<>();

  public Connections(SSLContext tls, Duration connectTimeout) {
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_2)
            .connectTimeout(connectTimeout)
            .sslContext(tls)
            // the client's own work (and what runs when a response is in) on virtual threads,
            // rather than on a pool of platform threads per client
            .executor(tasks)
            .build();
  }

  /** The turns of {@code url}'s origin. */
  OriginLimit limit(URI url) {
    return limits.computeIfAbsent(origin(url), k -> new OriginLimit(PER_ORIGIN));
  }

  /** Scheme, host and port: what HTTP/1.1 connections are kept and limited by. */
  static String origin(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort() >= 0 ? url.getPort() : scheme.equals("https") ? 443 : 80;
    return scheme + "://" + host + ":" + port;
  }

  @Override
  public void close() {
    client.shutdownNow();
    tasks.shutdownNow();
  }
}
