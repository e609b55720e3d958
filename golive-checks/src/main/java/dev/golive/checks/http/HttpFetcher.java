package dev.golive.checks.http;

import dev.golive.checks.ProbeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

/**
 * Fetches URLs for one audit: never follows redirects, reads at most {@link #byteLimit} bytes of a
 * body, gives up at the deadline it is handed, fetches each distinct request once however many
 * checks ask for it, and keeps at most {@link Connections#PER_ORIGIN} requests in flight to one
 * origin.
 */
public final class HttpFetcher implements AutoCloseable {
  /** Sent with every request, so that servers which vary by client see an honest one. */
  public static final String USER_AGENT = "golive (+https://golive.dev)";

  private final Connections connections;
  private final boolean ownsConnections;
  private final int byteLimit;
  private final Map<String, CompletableFuture<HttpResult>> fetched = new ConcurrentHashMap<>();

  /** A fetcher with connections of its own, closed with it. */
  public HttpFetcher(SSLContext tls, Duration connectTimeout, int byteLimit) {
    this(new Connections(tls, connectTimeout), true, byteLimit);
  }

  /**
   * A fetcher for one target over the audit's {@code connections}: its own fetches and cache, the
   * connections and each origin's turns shared. Closing it leaves the connections open.
   */
  public HttpFetcher(Connections connections, int byteLimit) {
    this(connections, false, byteLimit);
  }

  private HttpFetcher(Connections connections, boolean owns, int byteLimit) {
    this.connections = connections;
    this.ownsConnections = owns;
    this.byteLimit = byteLimit;
  }

  public int byteLimit() {
    return byteLimit;
  }

  /**
   * The response to GET {@code url}, fetched once per distinct URL and header set. Waits at most
   * {@code timeout}; a caller that gives up leaves the fetch for others that still wait.
   */
  public HttpResult fetch(URI url, Map<String, String> headers, Duration timeout)
      throws IOException, InterruptedException {
    return fetch(url, headers, timeout, null);
  }

  /**
   * {@link #fetch(URI, Map, Duration)} for {@code requester} (a check): while the origin's turns
   * are taken, they go round the requesters that wait.
   */
  public HttpResult fetch(URI url, Map<String, String> headers, Duration timeout, Object requester)
      throws IOException, InterruptedException {
    String key = url + " " + new TreeMap<>(headers);
    CompletableFuture<HttpResult> f =
        fetched.computeIfAbsent(key, k -> start(url, headers, timeout, requester));
    return await(url, f, timeout);
  }

  /**
   * A fresh GET of {@code url}, neither taken from nor kept for other callers: for measuring by
   * repeating a request. The same byte limit and timeout apply.
   */
  public HttpResult fetchUncached(URI url, Map<String, String> headers, Duration timeout)
      throws IOException, InterruptedException {
    return fetchUncached(url, headers, timeout, null);
  }

  /** {@link #fetchUncached(URI, Map, Duration)} for {@code requester}, as in {@link #fetch}. */
  public HttpResult fetchUncached(
      URI url, Map<String, String> headers, Duration timeout, Object requester)
      throws IOException, InterruptedException {
    CompletableFuture<HttpResult> f = start(url, headers, timeout, requester);
    try {
      return await(url, f, timeout);
    } finally {
      // nobody else waits for this one: stop it now rather than at its timeout
      f.cancel(true);
    }
  }

  private static HttpResult await(URI url, CompletableFuture<HttpResult> f, Duration timeout)
      throws IOException, InterruptedException {
    try {
      return f.get(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ProbeException(
          url + ": no complete answer within " + seconds(timeout) + " (the server stalls)");
    } catch (ExecutionException e) {
      throw explain(url, e.getCause(), timeout);
    }
  }

  private CompletableFuture<HttpResult> start(
      URI url, Map<String, String> headers, Duration timeout, Object requester) {
    CompletableFuture<HttpResult> result = new CompletableFuture<>();
    // a request that waits its turn, or a stalled body, must not outlive every caller for long
    result.orTimeout(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    OriginLimit limit = connections.limit(url);
    limit.enter(
        requester == null ? result : requester,
        result,
        () -> send(url, headers, timeout, result, limit));
    return result;
  }

  /** Sends the request now that it has its turn; gives the turn back when the exchange ends. */
  private void send(
      URI url,
      Map<String, String> headers,
      Duration timeout,
      CompletableFuture<HttpResult> result,
      OriginLimit limit) {
    CompletableFuture<HttpResponse<CappedBody.Bytes>> sent;
    long started = System.nanoTime();
    try {
      HttpRequest.Builder request =
          HttpRequest.newBuilder(url)
              .GET()
              .timeout(timeout)
              .header("User-Agent", USER_AGENT)
              .header("Accept-Encoding", "gzip, deflate");
      headers.forEach(request::setHeader);
      if (!"https".equalsIgnoreCase(url.getScheme())) {
        request.version(HttpClient.Version.HTTP_1_1);
      }
      sent = connections.client.sendAsync(request.build(), info -> new CappedBody(byteLimit));
    } catch (RuntimeException e) {
      limit.leave();
      result.completeExceptionally(e);
      return;
    }
    sent.whenComplete(
        (r, e) -> {
          if (r != null && r.version() == HttpClient.Version.HTTP_2) {
            limit.widen(Connections.PER_HTTP2_ORIGIN);
          }
          limit.leave();
          if (e != null) {
            result.completeExceptionally(
                e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e);
            return;
          }
          try {
            result.complete(result(url, r, (System.nanoTime() - started) / 1_000_000));
          } catch (RuntimeException x) {
            result.completeExceptionally(x);
          }
        });
    // every caller gave up, or the time ran out: stop the exchange and free its connection
    result.whenComplete((r, e) -> sent.cancel(true));
  }

  private HttpResult result(URI url, HttpResponse<CappedBody.Bytes> r, long timeMs) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    r.headers()
        .map()
        .forEach(
            (name, values) -> {
              if (!name.startsWith(":")) {
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values));
              }
            });
    String encoding = r.headers().firstValue("content-encoding").orElse(null);
    CappedBody.Bytes bytes = r.body();
    byte[] body = decompress(bytes.data(), encoding, bytes.truncated());
    return new HttpResult(
        url, r.statusCode(), headers, body, bytes.received(), bytes.truncated(), encoding, timeMs);
  }

  /** gzip and deflate bodies are read as text; anything else is kept as it came. */
  private byte[] decompress(byte[] data, String encoding, boolean truncated) {
    if (encoding == null || data.length == 0) {
      return data;
    }
    String e = encoding.trim().toLowerCase(Locale.ROOT);
    if (!e.equals("gzip") && !e.equals("x-gzip") && !e.equals("deflate")) {
      return data;
    }
    try (InputStream in =
        e.equals("deflate")
            ? new InflaterInputStream(new ByteArrayInputStream(data))
            : new GZIPInputStream(new ByteArrayInputStream(data))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0 && out.size() < byteLimit) {
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (IOException ex) {
      // a cut or broken stream keeps its raw bytes: the headers are still evidence
      return truncated ? new byte[0] : data;
    }
  }

  private static ProbeException explain(URI url, Throwable cause, Duration timeout) {
    String where = url.toString() + ": ";
    if (cause instanceof HttpConnectTimeoutException) {
      return new ProbeException(where + "cannot connect within the time allowed", cause);
    }
    if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
      return new ProbeException(
          where + "no complete answer within " + seconds(timeout) + " (the server stalls)", cause);
    }
    if (cause instanceof ConnectException) {
      return new ProbeException(where + "connection refused", cause);
    }
    if (cause instanceof UnknownHostException) {
      return new ProbeException(where + "unknown host " + url.getHost(), cause);
    }
    if (cause instanceof SSLHandshakeException e) {
      return new ProbeException(where + "TLS handshake failed: " + tlsReason(e), cause);
    }
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    String lower = message.toLowerCase(Locale.ROOT);
    if (lower.contains("reset")
        || lower.contains("received no bytes")
        || cause instanceof java.io.EOFException) {
      return new ProbeException(
          where + "the server closed or reset the connection without answering", cause);
    }
    return new ProbeException(where + message, cause);
  }

  /** The innermost reason of a failed handshake, as the JDK words it. */
  static String tlsReason(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage() == null ? t.toString() : t.getMessage();
    String lower = m.toLowerCase(Locale.ROOT);
    if (lower.contains("no subject alternative") || lower.contains("no name matching")) {
      return "the certificate does not name this host (" + m + ")";
    }
    if (lower.contains("validity check failed") || lower.contains("expired")) {
      return "the certificate has expired (" + m + ")";
    }
    if (lower.contains("unable to find valid certification path") || lower.contains("pkix path")) {
      return "the certificate is not trusted (no chain to a trusted root)";
    }
    return m;
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  @Override
  public void close() {
    // exchanges nobody will read any more stop now, over shared connections too
    fetched.values().forEach(f -> f.cancel(true));
    if (ownsConnections) {
      connections.close();
    }
  }
}
