package dev.golive.checks.http;

import dev.golive.checks.Probe;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;

/**
 * A URL fetched with its redirects followed by hand, as a browser would: the answers met, and why
 * the walk stopped early when it did. A failure is kept as a value, so that a check can tell "no
 * HTTPS here" from "HTTPS with a certificate nobody trusts".
 *
 * @param start the URL first requested
 * @param chain the answers, in order; empty when the first request failed
 * @param failed the URL whose request failed, or {@code null}
 * @param failure why it failed, {@link Failure#NONE} when the walk ended at an answer
 * @param problem the failure in words, or {@code null}
 */
public record Visit(
    URI start, List<HttpResult> chain, URI failed, Failure failure, String problem) {
  /** Observatory follows at most ten redirects; so does golive when it reads a site as it does. */
  static final int MAX_HOPS = 10;

  /** Why a request got no answer. */
  public enum Failure {
    NONE,
    /** Nothing listens there: the connection was refused. */
    REFUSED,
    /** TLS was offered but the certificate is not trusted, expired or names another host. */
    CERTIFICATE,
    /** The TLS handshake failed for another reason: no common protocol, not TLS at all. */
    HANDSHAKE,
    /** A timeout, a reset, an unknown host: nothing can be concluded about the site. */
    OTHER,
    /**
     * A redirect led back to a URL already met: browsers give up with an error and never show a
     * page. The chain holds the answers up to the one that pointed back.
     */
    LOOP
  }

  public Visit {
    chain = List.copyOf(chain);
  }

  /** Whether the walk ended at an answer. */
  boolean answered() {
    return failure == Failure.NONE && !chain.isEmpty();
  }

  /** The last answer, or {@code null} when there was none. */
  HttpResult last() {
    return chain.isEmpty() ? null : chain.getLast();
  }

  /** Fetches {@code start} and follows at most {@code maxHops} redirects. */
  static Visit of(Probe probe, URI start, int maxHops) throws InterruptedException {
    List<HttpResult> chain = new ArrayList<>();
    URI next = start;
    for (int hop = 0; hop <= maxHops; hop++) {
      HttpResult r;
      try {
        r = probe.fetch(next);
      } catch (IOException e) {
        return new Visit(start, chain, next, classify(e), e.getMessage());
      }
      chain.add(r);
      URI location = r.location();
      if (!r.isRedirect() || location == null) {
        break;
      }
      URI resolved;
      try {
        resolved = next.resolve(location);
      } catch (IllegalArgumentException e) {
        break;
      }
      if (!(isWeb(resolved.getScheme()) && resolved.getHost() != null)) {
        break;
      }
      URI here = resolved;
      if (chain.stream().anyMatch(c -> c.url().equals(here))) {
        return new Visit(
            start,
            chain,
            resolved,
            Failure.LOOP,
            next + ": redirects in a loop back to " + resolved);
      }
      next = resolved;
    }
    return new Visit(start, chain, null, Failure.NONE, null);
  }

  private static boolean isWeb(String scheme) {
    return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"));
  }

  /** What kind of failure {@code e} is, from its causes. */
  static Failure classify(Throwable e) {
    boolean tls = false;
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof CertificateException
          || t instanceof CertPathValidatorException
          || t instanceof CertPathBuilderException) {
        return Failure.CERTIFICATE;
      }
      if (t instanceof SSLException) {
        tls = true;
      }
      if (t instanceof ConnectException c) {
        String m = c.getMessage() == null ? "" : c.getMessage().toLowerCase(Locale.ROOT);
        if (m.isEmpty() || m.contains("refused")) {
          return Failure.REFUSED;
        }
      }
    }
    return tls ? Failure.HANDSHAKE : Failure.OTHER;
  }
}
