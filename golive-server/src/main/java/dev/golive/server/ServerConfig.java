package dev.golive.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * How a server runs.
 *
 * @param bind the address to listen on ({@code 127.0.0.1} unless told otherwise)
 * @param port the port, 0 for any free one
 * @param baseUrl the address people reach the server at, e.g. behind a proxy that ends TLS; {@code
 *     null} when it is the server's own
 * @param tlsCert a PEM certificate chain to serve HTTPS with, or {@code null}
 * @param tlsKey its PEM private key, or {@code null}
 * @param repositories the folder checklists may be read from by path, or {@code null}
 * @param forwarded trust {@code X-Forwarded-For} and {@code X-Forwarded-Proto} from a proxy
 * @param verbose stack traces of failures in the log
 * @param auditTrust what audits the server runs trust
 * @param limits the rate limits
 */
public record ServerConfig(
    String bind,
    int port,
    URI baseUrl,
    Path tlsCert,
    Path tlsKey,
    Path repositories,
    boolean forwarded,
    boolean verbose,
    X509TrustManager auditTrust,
    Limits limits,
    Clock clock) {

  /**
   * Rate limits.
   *
   * @param loginPerMinute sign-in attempts per minute per address and per account
   * @param apiBurst API requests at once per token, user or address
   * @param apiPerSecond API requests per second each of them sustains
   */
  public record Limits(int loginPerMinute, int apiBurst, double apiPerSecond) {
    /** The seconds of requests a client may send at once, after a pause. */
    static final int BURST_SECONDS = 6;

    public static Limits defaults() {
      return new Limits(5, 300, 50);
    }

    /**
     * These limits with the API's sustained rate at {@code perSecond} and bursts of {@value
     * #BURST_SECONDS} seconds' worth, as {@code golive serve --api-rate} sets them.
     */
    public Limits withApiRate(double perSecond) {
      if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
        throw new IllegalArgumentException(
            "--api-rate is a number of requests per second above 0, not " + perSecond);
      }
      double burst = Math.ceil(perSecond * BURST_SECONDS);
      return new Limits(
          loginPerMinute, (int) Math.min(Integer.MAX_VALUE, Math.max(1, burst)), perSecond);
    }
  }

  public ServerConfig {
    if ((tlsCert == null) != (tlsKey == null)) {
      throw new IllegalArgumentException("--tls-cert and --tls-key go together");
    }
    if (baseUrl != null) {
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "--base-url is the http:// or https:// address people reach the server at, not '"
                + baseUrl
                + "'");
      }
    }
  }

  /** A server on 127.0.0.1 with the defaults, on {@code port}. */
  public static ServerConfig local(int port) {
    return new ServerConfig(
        "127.0.0.1",
        port,
        null,
        null,
        null,
        null,
        false,
        false,
        dev.golive.checks.Trust.system(),
        Limits.defaults(),
        Clock.systemUTC());
  }

  public ServerConfig withTls(Path cert, Path key) {
    return new ServerConfig(
        bind,
        port,
        baseUrl,
        cert,
        key,
        repositories,
        forwarded,
        verbose,
        auditTrust,
        limits,
        clock);
  }

  public ServerConfig withBaseUrl(URI url) {
    return new ServerConfig(
        bind,
        port,
        url,
        tlsCert,
        tlsKey,
        repositories,
        forwarded,
        verbose,
        auditTrust,
        limits,
        clock);
  }

  public ServerConfig withRepositories(Path folder) {
    return new ServerConfig(
        bind,
        port,
        baseUrl,
        tlsCert,
        tlsKey,
        folder,
        forwarded,
        verbose,
        auditTrust,
        limits,
        clock);
  }

  public ServerConfig withLimits(Limits l) {
    return new ServerConfig(
        bind,
        port,
        baseUrl,
        tlsCert,
        tlsKey,
        repositories,
        forwarded,
        verbose,
        auditTrust,
        l,
        clock);
  }

  public ServerConfig withAuditTrust(X509TrustManager trust) {
    return new ServerConfig(
        bind,
        port,
        baseUrl,
        tlsCert,
        tlsKey,
        repositories,
        forwarded,
        verbose,
        trust,
        limits,
        clock);
  }

  public ServerConfig withVerbose(boolean v) {
    return new ServerConfig(
        bind,
        port,
        baseUrl,
        tlsCert,
        tlsKey,
        repositories,
        forwarded,
        v,
        auditTrust,
        limits,
        clock);
  }

  public ServerConfig withForwarded(boolean f) {
    return new ServerConfig(
        bind, port, baseUrl, tlsCert, tlsKey, repositories, f, verbose, auditTrust, limits, clock);
  }

  public ServerConfig withBind(String address) {
    return new ServerConfig(
        address,
        port,
        baseUrl,
        tlsCert,
        tlsKey,
        repositories,
        forwarded,
        verbose,
        auditTrust,
        limits,
        clock);
  }

  /** Whether people reach the server over HTTPS: it serves TLS, or its base URL is https. */
  public boolean https() {
    return tlsCert != null || (baseUrl != null && "https".equalsIgnoreCase(baseUrl.getScheme()));
  }
}
