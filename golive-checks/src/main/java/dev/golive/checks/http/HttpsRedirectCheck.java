package dev.golive.checks.http;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain HTTP sends visitors to HTTPS, on the same host, first thing. */
@CheckInfo(
    id = "http.https-redirect",
    needs = TargetKind.WEB,
    title = "Plain HTTP redirects to HTTPS on the same host",
    severity = Priority.HIGH,
    description =
        "Requests the site over plain HTTP and follows up to ten redirects, as MDN HTTP"
            + " Observatory does. Passes when the first redirect goes to HTTPS on the same host"
            + " and the walk ends on HTTPS, or when nothing listens on plain HTTP. Fails when"
            + " plain HTTP answers without redirecting, ends on plain HTTP, redirects to another"
            + " plain-HTTP URL first, sends visitors to HTTPS on another host first (so HSTS for"
            + " this host is never seen), redirects in a loop, or leads to HTTPS with a"
            + " certificate browsers reject.")
public record HttpsRedirectCheck(
    @Param(
            description =
                "Plain-HTTP URL that should redirect; the site's host on port 80 when empty",
            defaultValue = "",
            example = "http://shop.example/")
        String from)
    implements Check<HttpsRedirectCheck.Walk> {

  /**
   * The plain-HTTP walk.
   *
   * @param from the URL first requested
   * @param hops each answer met: URL, status and Location
   * @param failed the URL whose request failed, or {@code null}
   * @param failure why it failed; {@code NONE} when the walk ended at an answer
   * @param problem the failure in words, or {@code null}
   */
  public record Walk(
      String from, List<Hop> hops, String failed, Visit.Failure failure, String problem) {
    public Walk {
      hops = List.copyOf(hops);
    }
  }

  /** One answer: the URL requested, its status and where it pointed. */
  public record Hop(String url, int status, String location) {}

  public HttpsRedirectCheck {
    if (!from.isEmpty()) {
      URI u;
      try {
        u = URI.create(from);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'from' is not a URL: " + from, e);
      }
      if (!"http".equalsIgnoreCase(u.getScheme()) || u.getHost() == null) {
        throw new IllegalArgumentException("'from' must be an http:// URL, not " + from);
      }
    }
  }

  @Override
  public Walk collect(Probe probe) throws IOException, InterruptedException {
    URI start = from.isEmpty() ? Https.plain(probe.target().web()) : URI.create(from);
    Visit v = Site.plain(probe, start);
    List<Hop> hops =
        v.chain().stream()
            .map(r -> new Hop(r.url().toString(), r.status(), r.header("location")))
            .toList();
    return new Walk(
        start.toString(),
        hops,
        v.failed() == null ? null : v.failed().toString(),
        v.failure(),
        v.problem());
  }

  @Override
  public Judgement evaluate(Walk w) {
    if (w.hops().isEmpty()) {
      return switch (w.failure()) {
        case REFUSED ->
            Judgement.pass(
                w.from()
                    + " refuses plain HTTP, so nothing needs redirecting"
                    + " (redirection-not-needed-no-http)");
        default -> Judgement.error(w.problem());
      };
    }
    if (w.failure() == Visit.Failure.CERTIFICATE) {
      return Judgement.fail(
          w.from()
              + " redirects to "
              + w.failed()
              + ", whose certificate browsers reject (redirection-invalid-cert): "
              + w.problem());
    }
    if (w.failure() == Visit.Failure.LOOP) {
      return Judgement.fail(
          w.from()
              + " redirects in a loop ("
              + String.join(" -> ", w.hops().stream().map(Hop::url).toList())
              + " -> "
              + w.failed()
              + "), so browsers never reach the site");
    }
    List<URI> route = new ArrayList<>();
    w.hops().forEach(h -> route.add(URI.create(h.url())));
    if (w.failed() != null) {
      // the walk went on to a URL that did not answer: where it was sent still counts
      route.add(URI.create(w.failed()));
    }
    if (route.size() == 1) {
      return Judgement.fail(
          w.from()
              + " answers "
              + w.hops().getFirst().status()
              + " over plain HTTP instead of redirecting to HTTPS (redirection-missing)");
    }
    URI first = route.getFirst();
    URI next = route.get(1);
    URI last = route.getLast();
    if (!isHttps(last)) {
      return Judgement.fail(
          w.from() + " redirects to " + last + ", which is not HTTPS (redirection-not-to-https)");
    }
    if (!isHttps(next)) {
      return Judgement.fail(
          w.from()
              + " redirects to "
              + next
              + " before HTTPS; the first redirect should go straight to HTTPS"
              + " (redirection-not-to-https-on-initial-redirection)");
    }
    if (!host(first).equals(host(next))) {
      return Judgement.fail(
          w.from()
              + " redirects to HTTPS on another host, "
              + next.getHost()
              + ", so browsers never see this host's HSTS (redirection-off-host-from-http)");
    }
    return Judgement.pass(
        w.from()
            + " redirects to "
            + next
            + (route.size() > 2 ? " and on to " + last : "")
            + " (redirection-to-https)");
  }

  private static boolean isHttps(URI u) {
    return "https".equalsIgnoreCase(u.getScheme());
  }

  private static String host(URI u) {
    return u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
  }
}
