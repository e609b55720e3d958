package dev.golive.checks.exposure;

import dev.golive.checks.http.HttpResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One path asked for and what came back.
 *
 * @param url the URL requested
 * @param status its status code; 0 when no answer came
 * @param contentType the {@code Content-Type} sent, or an empty string
 * @param bytes how many body bytes were read
 * @param failure why no answer came, or {@code null}
 * @param matches what the body was recognised as; empty when nothing was
 */
public record Seen(
    String url, int status, String contentType, long bytes, String failure, List<Match> matches) {
  public Seen {
    matches = List.copyOf(matches);
  }

  /** The answer {@code r} with what {@code detectors} recognise in it. */
  static Seen of(HttpResult r, List<Detector> detectors) {
    List<Match> found = new ArrayList<>();
    Body body = new Body(r);
    for (Detector d : detectors) {
      d.detect(body).ifPresent(found::add);
    }
    String type = r.header("content-type");
    return new Seen(
        r.url().toString(), r.status(), type == null ? "" : type, r.bodyBytes(), null, found);
  }

  static Seen failed(URI url, String reason) {
    return new Seen(url.toString(), 0, "", 0, reason, List.of());
  }

  boolean answered() {
    return failure == null;
  }

  boolean success() {
    return status >= 200 && status < 300;
  }

  /** The first match, if any. */
  Optional<Match> first() {
    return matches.stream().findFirst();
  }
}
