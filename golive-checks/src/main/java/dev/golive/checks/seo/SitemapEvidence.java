package dev.golive.checks.seo;

import java.util.List;

/**
 * Where sitemaps were looked for and what each one read held.
 *
 * @param robotsUrl the robots.txt URL that answered, after redirects
 * @param robotsStatus its status code
 * @param listed the Sitemap lines of robots.txt, as written
 * @param sitemaps the sitemaps read: those listed (at most {@value SitemapCheck#MAX_SITEMAPS}), or
 *     /sitemap.xml when none is
 */
public record SitemapEvidence(
    String robotsUrl, int robotsStatus, List<String> listed, List<Sitemap> sitemaps) {
  public SitemapEvidence {
    listed = List.copyOf(listed);
    sitemaps = List.copyOf(sitemaps);
  }

  /**
   * One sitemap.
   *
   * @param url the URL that answered, after redirects, or the URL as listed when not fetched
   * @param source {@code robots.txt} when listed there, {@code default} for /sitemap.xml
   * @param status its status code; 0 when it was not fetched
   * @param mediaType its media type in lower case, or an empty string
   * @param redirects how many redirects led there
   * @param bytes how many body bytes were read
   * @param truncated whether the body was cut at the fetch limit
   * @param root the root element's local name, or {@code null}
   * @param namespace the root element's namespace, or an empty string
   * @param locs how many {@code <loc>} entries it lists
   * @param firstLoc the first of them, or {@code null}
   * @param compressed whether it came gzipped
   * @param problem why it could not be read as a sitemap, or {@code null}
   * @param otherHost whether it was listed on another host, and so not fetched
   */
  public record Sitemap(
      String url,
      String source,
      int status,
      String mediaType,
      int redirects,
      long bytes,
      boolean truncated,
      String root,
      String namespace,
      int locs,
      String firstLoc,
      boolean compressed,
      String problem,
      boolean otherHost) {

    /** A listed entry that was not fetched because it {@code why}. */
    static Sitemap notFetched(String url, String why, boolean otherHost) {
      return new Sitemap(
          url, "robots.txt", 0, "", 0, 0, false, null, "", 0, null, false, why, otherHost);
    }
  }
}
