package dev.golive.checks.http;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;

/**
 * The site read the way MDN HTTP Observatory reads it: its HTTPS URL and its plain-HTTP URL, each
 * with redirects followed, and "the page" whose headers the header checks judge, which is where the
 * HTTPS walk ends when HTTPS answers and where the plain walk ends when it does not. Every check of
 * a target shares the same walks.
 */
final class Site {
  private Site() {}

  /** The site's URL on HTTPS, redirects followed. */
  static Visit https(Probe probe) throws IOException, InterruptedException {
    URI start = Https.of(probe.target().web());
    return probe.shared("http.visit " + start, () -> Visit.of(probe, start, Visit.MAX_HOPS));
  }

  /** {@code start} (a plain-HTTP URL), redirects followed. */
  static Visit plain(Probe probe, URI start) throws IOException, InterruptedException {
    return probe.shared("http.visit " + start, () -> Visit.of(probe, start, Visit.MAX_HOPS));
  }

  /**
   * The walk that ends at the page. A site given as {@code http://host:port/} with a port of its
   * own is read there only; otherwise HTTPS comes first and plain HTTP serves when HTTPS gives no
   * answer (nothing listens, no TLS, a timeout), as in Observatory. An untrusted certificate on
   * HTTPS leaves the page unread: Observatory reads it without verifying, golive reports an error
   * rather than judge headers no browser would show. So does a redirect loop, where browsers show
   * an error instead of a page (Observatory judges whichever redirect its tenth hop met).
   */
  static Visit page(Probe probe) throws IOException, InterruptedException {
    URI web = probe.target().web();
    if (hasOwnPlainPort(web)) {
      return answeredOrThrow(plain(probe, web));
    }
    Visit https = https(probe);
    if (https.answered()) {
      return https;
    }
    if (https.failure() != Visit.Failure.CERTIFICATE && https.failure() != Visit.Failure.LOOP) {
      Visit plain = plain(probe, Https.plain(web));
      if (plain.answered()) {
        return plain;
      }
    }
    return answeredOrThrow(https);
  }

  /** The last answer of the page walk. */
  static HttpResult pageResponse(Probe probe) throws IOException, InterruptedException {
    return page(probe).last();
  }

  /** {@code http://host:8080/}: plain HTTP on a port of its own, with no HTTPS twin to guess. */
  static boolean hasOwnPlainPort(URI web) {
    return "http".equals(web.getScheme().toLowerCase(Locale.ROOT))
        && web.getPort() > 0
        && web.getPort() != 80;
  }

  private static Visit answeredOrThrow(Visit v) throws ProbeException {
    if (!v.answered()) {
      throw new ProbeException(v.problem() == null ? v.start() + ": no answer" : v.problem());
    }
    return v;
  }
}
