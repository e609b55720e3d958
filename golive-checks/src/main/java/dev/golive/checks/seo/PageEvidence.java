package dev.golive.checks.seo;

import dev.golive.checks.Probe;
import dev.golive.checks.http.HttpResult;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A page's head as served, before any script runs.
 *
 * @param url the URL that answered, after redirects
 * @param status its status code
 * @param mediaType its media type in lower case, or an empty string
 * @param redirects how many redirects led there
 * @param title the first {@code <title>}'s text; {@code null} when there is none
 * @param meta the meta tags a check asked for, by name or property in lower case, each with the
 *     content of the first such tag (cut to {@value #MAX_VALUE} characters)
 */
public record PageEvidence(
    String url,
    int status,
    String mediaType,
    int redirects,
    String title,
    Map<String, String> meta) {
  static final int MAX_HOPS = 5;
  static final int MAX_VALUE = 300;

  public PageEvidence {
    meta = Map.copyOf(meta);
  }

  /** Reads {@code path} of the site, following redirects, keeping the meta tags {@code keys}. */
  static PageEvidence read(Probe probe, String path, Set<String> keys)
      throws IOException, InterruptedException {
    URI url = probe.target().web().resolve(path);
    List<HttpResult> chain = probe.follow(url, MAX_HOPS);
    HttpResult last = chain.getLast();
    String title = null;
    Map<String, String> kept = new LinkedHashMap<>();
    if (last.status() >= 200 && last.status() < 300) {
      Html.Head head = Html.read(last.text());
      title = head.title() == null ? null : cut(head.title());
      for (String k : keys) {
        head.meta(k).ifPresent(v -> kept.put(k.toLowerCase(Locale.ROOT), cut(Html.collapse(v))));
      }
    }
    return new PageEvidence(
        last.url().toString(), last.status(), last.mediaType(), chain.size() - 1, title, kept);
  }

  private static String cut(String s) {
    return s.length() <= MAX_VALUE ? s : s.substring(0, MAX_VALUE - 1) + "…";
  }

  /** The kept content of {@code key}, or {@code null} when the page has no such tag. */
  String value(String key) {
    return meta.get(key);
  }

  /**
   * Why the page's head cannot be judged, or {@code null} when it can: it never stopped redirecting
   * or did not answer with success.
   */
  String unreadable() {
    if (status >= 300 && status < 400) {
      return url + " still redirects after " + redirects + " hops";
    }
    if (status < 200 || status >= 300) {
      return url + " answers " + status + ", so its head cannot be read";
    }
    return null;
  }

  /** Whether it was served as something other than HTML; an unlabelled body counts as HTML. */
  boolean notHtml() {
    return !mediaType.isEmpty()
        && !mediaType.equals("text/html")
        && !mediaType.equals("application/xhtml+xml");
  }
}
