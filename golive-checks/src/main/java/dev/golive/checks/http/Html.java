package dev.golive.checks.http;

import dev.golive.checks.Probe;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What header checks read from a page's HTML, parsed as browsers parse it (an HTML5 parser, so
 * nothing inside comments, scripts or {@code <template>} counts). Read once per page for every
 * check of a target ({@link #of(Probe, HttpResult)}), and immutable, so checks running at once
 * share it.
 */
final class Html {
  /** A {@code <meta>} with {@code http-equiv} or {@code name}, and its non-empty content. */
  private record Meta(String key, String content) {}

  /** A {@code <script>}: its {@code src} as written (null when inline) and its integrity. */
  record Script(String src, String integrity) {}

  private final List<Meta> httpEquivs;
  private final List<Meta> names;
  private final List<Script> scripts;
  private final List<URI> staticAssets;

  private Html(Document doc) {
    this.httpEquivs = metas(doc, "http-equiv");
    this.names = metas(doc, "name");
    this.scripts = scripts(doc);
    this.staticAssets = staticAssets(doc);
  }

  /** The page's HTML, or {@code null} when it is not served as HTML. */
  static Html of(HttpResult r) {
    if (!isHtml(r.mediaType())) {
      return null;
    }
    return new Html(Jsoup.parse(r.text(), r.url().toString()));
  }

  /** {@link #of(HttpResult)}, parsed once for all the checks of {@code probe}'s target. */
  static Html of(Probe probe, HttpResult r) throws IOException, InterruptedException {
    return probe.shared("html " + r.url(), () -> Optional.ofNullable(of(r))).orElse(null);
  }

  static boolean isHtml(String mediaType) {
    return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
  }

  /** The non-empty contents of {@code <meta http-equiv="NAME" content="...">}, in order. */
  List<String> httpEquiv(String name) {
    return httpEquivs.stream()
        .filter(m -> m.key().equalsIgnoreCase(name))
        .map(Meta::content)
        .toList();
  }

  /** The content of the last {@code <meta name="NAME">}, or {@code null}. */
  String metaName(String name) {
    String found = null;
    for (Meta m : names) {
      if (m.key().equalsIgnoreCase(name)) {
        found = m.content();
      }
    }
    return found;
  }

  List<Script> scripts() {
    return scripts;
  }

  /**
   * The style sheets and scripts the page loads, as absolute URLs, without duplicates: {@code <link
   * rel=stylesheet>}, {@code <link rel=preload|modulepreload>} of scripts and styles, {@code
   * <script src>}.
   */
  List<URI> staticAssets() {
    return staticAssets;
  }

  private static List<Meta> metas(Document doc, String attribute) {
    List<Meta> out = new ArrayList<>();
    for (Element meta : doc.select("meta[" + attribute + "][content]")) {
      if (!meta.attr("content").isEmpty()) {
        out.add(new Meta(meta.attr(attribute).trim(), meta.attr("content")));
      }
    }
    return List.copyOf(out);
  }

  private static List<Script> scripts(Document doc) {
    List<Script> out = new ArrayList<>();
    for (Element s : doc.getElementsByTag("script")) {
      String src = s.hasAttr("src") ? s.attr("src").trim() : null;
      String integrity = s.hasAttr("integrity") ? s.attr("integrity").trim() : null;
      out.add(new Script(src == null || src.isEmpty() ? null : src, blankToNull(integrity)));
    }
    return List.copyOf(out);
  }

  private static List<URI> staticAssets(Document doc) {
    Set<URI> out = new LinkedHashSet<>();
    for (Element link : doc.select("link[href]")) {
      Set<String> rel = Set.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+"));
      String as = link.attr("as").toLowerCase(Locale.ROOT);
      if (rel.contains("stylesheet")
          || rel.contains("modulepreload")
          || (rel.contains("preload") && (as.equals("script") || as.equals("style")))) {
        add(out, link.absUrl("href"));
      }
    }
    for (Element s : doc.select("script[src]")) {
      add(out, s.absUrl("src"));
    }
    return List.copyOf(out);
  }

  private static void add(Set<URI> out, String url) {
    if (url.isEmpty()) {
      return;
    }
    try {
      URI u = URI.create(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
        out.add(u);
      }
    } catch (IllegalArgumentException e) {
      // a URL that is not one cannot be fetched; browsers skip it too
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }
}
