package dev.golive.checks;

import dev.golive.checks.http.HttpResult;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.net.ssl.X509TrustManager;

/**
 * What a check may do to its target during {@link Check#collect}. One probe serves every check of
 * one target in one audit: a URL is fetched once however many checks read it, and everything stops
 * at the audit's deadline.
 */
public interface Probe {
  Target target();

  /**
   * One GET of {@code url} with the extra request {@code headers}; never follows redirects. The
   * same request made by another check returns the same result without a second fetch.
   */
  HttpResult fetch(URI url, Map<String, String> headers) throws IOException, InterruptedException;

  default HttpResult fetch(URI url) throws IOException, InterruptedException {
    return fetch(url, Map.of());
  }

  /**
   * One GET of {@code url} made afresh: not shared with other checks and not remembered, for checks
   * that measure by repeating a request. Never follows redirects; bounded like {@link #fetch} by
   * the deadline and the byte limit.
   */
  HttpResult fetchUncached(URI url) throws IOException, InterruptedException;

  /** GET of {@code path} relative to the target's site. */
  default HttpResult get(String path) throws IOException, InterruptedException {
    return fetch(target().web().resolve(path));
  }

  /**
   * Fetches {@code url} and follows its redirects by hand, at most {@code maxHops} of them. The
   * chain ends at the first answer that is not a redirect, at a redirect without a usable {@code
   * Location}, at a loop, or when the hops run out (then its last element is still a redirect).
   */
  default List<HttpResult> follow(URI url, int maxHops) throws IOException, InterruptedException {
    List<HttpResult> chain = new ArrayList<>();
    URI next = url;
    for (int hop = 0; hop <= maxHops; hop++) {
      HttpResult r = fetch(next);
      chain.add(r);
      URI location = r.location();
      if (!r.isRedirect() || location == null) {
        break;
      }
      URI resolved = next.resolve(location);
      if (chain.stream().anyMatch(c -> c.url().equals(resolved))) {
        break;
      }
      next = resolved;
    }
    return chain;
  }

  /**
   * Computes {@code compute} once per key for this target and hands every check the same result (or
   * the same failure): a TLS handshake or a DNS answer that several checks read.
   */
  <T> T shared(String key, Callable<T> compute) throws IOException, InterruptedException;

  /** The certificates this audit trusts: the system's and any the user added. */
  X509TrustManager trust();

  /** Time left before the check's deadline. */
  Duration remaining();

  /**
   * Whether the person running the audit allowed commands from the checklist to run on this machine
   * ({@code golive audit --allow-commands}). Only they can: nothing a checklist or golive.yaml says
   * turns it on.
   */
  default boolean commandsAllowed() {
    return false;
  }
}
