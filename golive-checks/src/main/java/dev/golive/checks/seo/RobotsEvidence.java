package dev.golive.checks.seo;

import dev.golive.checks.Probe;
import dev.golive.checks.http.HttpResult;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * The site's robots.txt as fetched and read.
 *
 * @param url the URL that answered, after redirects
 * @param status its status code
 * @param mediaType its media type in lower case, or an empty string
 * @param redirects how many redirects led there
 * @param bytes how many body bytes were read
 * @param html whether the body is an HTML page rather than a robots.txt file
 * @param robots what a crawler reads from it; {@code null} unless it answered 2xx with a file
 */
public record RobotsEvidence(
    String url,
    int status,
    String mediaType,
    int redirects,
    long bytes,
    boolean html,
    RobotsTxt robots) {
  static final int MAX_HOPS = 5;

  /** Fetches /robots.txt of the site, following redirects as crawlers do. */
  static RobotsEvidence read(Probe probe) throws IOException, InterruptedException {
    List<HttpResult> chain = probe.follow(probe.target().web().resolve("/robots.txt"), MAX_HOPS);
    HttpResult last = chain.getLast();
    boolean ok = last.status() >= 200 && last.status() < 300;
    String text = ok ? last.text() : "";
    boolean html = ok && isHtml(text);
    return new RobotsEvidence(
        last.url().toString(),
        last.status(),
        last.mediaType(),
        chain.size() - 1,
        last.bodyBytes(),
        html,
        ok && !html ? RobotsTxt.parse(text) : null);
  }

  /** Whether {@code text} starts as an HTML page does. */
  static boolean isHtml(String text) {
    String head = text.substring(0, Math.min(text.length(), 1024)).strip();
    if (head.startsWith("\uFEFF")) {
      head = head.substring(1).strip();
    }
    String lower = head.toLowerCase(Locale.ROOT);
    return lower.startsWith("<!doctype html")
        || lower.startsWith("<html")
        || lower.startsWith("<head")
        || lower.contains("<html")
        || lower.contains("<body");
  }
}
