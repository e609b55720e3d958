package dev.golive.checks.seo;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.checks.http.HttpResult;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Search engines can find a sitemap that lists the site's pages. */
@CheckInfo(
    id = "seo.sitemap",
    needs = TargetKind.WEB,
    title = "A sitemap lists the site's pages",
    severity = Priority.LOW,
    description =
        "Looks for sitemaps in the Sitemap lines of /robots.txt, else at /sitemap.xml, and reads"
            + " up to 3 of them, following up to 5 redirects each (gzipped ones are unpacked)."
            + " Fails when none is found, when one does not answer 2xx, is an HTML page, is not"
            + " well-formed XML, has a root other than urlset or sitemapindex, or lists no <loc>."
            + " Warns when the root is not in the sitemaps.org namespace. Listed sitemaps on"
            + " another host (other than the www. form of the site's) are noted, not fetched. The"
            + " XML is read with DTDs and external entities off; a DOCTYPE fails the check.")
public record SitemapCheck() implements Check<SitemapEvidence> {
  static final int MAX_SITEMAPS = 3;
  private static final int MAX_HOPS = 5;

  @Override
  public SitemapEvidence collect(Probe probe) throws IOException, InterruptedException {
    URI site = probe.target().web();
    List<HttpResult> robotsChain = probe.follow(site.resolve("/robots.txt"), MAX_HOPS);
    HttpResult robots = robotsChain.getLast();
    List<String> listed = List.of();
    if (robots.status() >= 200 && robots.status() < 300 && !RobotsEvidence.isHtml(robots.text())) {
      listed = RobotsTxt.parse(robots.text()).sitemaps();
    }
    List<SitemapEvidence.Sitemap> read = new ArrayList<>();
    if (listed.isEmpty()) {
      read.add(read(probe, site.resolve("/sitemap.xml"), "default"));
    }
    for (String entry : listed.stream().limit(MAX_SITEMAPS).toList()) {
      URI url;
      try {
        url = robots.url().resolve(entry.strip());
      } catch (IllegalArgumentException e) {
        read.add(SitemapEvidence.Sitemap.notFetched(entry, "is not a valid URL", false));
        continue;
      }
      String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        read.add(SitemapEvidence.Sitemap.notFetched(entry, "is not an http(s) URL", false));
      } else if (!sameSite(site, url)) {
        read.add(SitemapEvidence.Sitemap.notFetched(url.toString(), "is on another host", true));
      } else {
        read.add(read(probe, url, "robots.txt"));
      }
    }
    return new SitemapEvidence(robots.url().toString(), robots.status(), listed, read);
  }

  private static SitemapEvidence.Sitemap read(Probe probe, URI url, String source)
      throws IOException, InterruptedException {
    List<HttpResult> chain = probe.follow(url, MAX_HOPS);
    HttpResult last = chain.getLast();
    SitemapXml.Read xml = new SitemapXml.Read(null, "", 0, null, false, false, null);
    if (last.status() >= 200 && last.status() < 300) {
      xml =
          RobotsEvidence.isHtml(last.text())
              ? new SitemapXml.Read(null, "", 0, null, false, false, "is an HTML page, not XML")
              : SitemapXml.read(last.body(), last.truncated());
    }
    return new SitemapEvidence.Sitemap(
        last.url().toString(),
        source,
        last.status(),
        last.mediaType(),
        chain.size() - 1,
        last.bodyBytes(),
        last.truncated() || xml.cut(),
        xml.root(),
        xml.namespace(),
        xml.locs(),
        xml.firstLoc(),
        xml.compressed(),
        xml.problem(),
        false);
  }

  /** The same host as the site's, or its www. form (either way round). */
  static boolean sameSite(URI site, URI url) {
    String a = bare(site.getHost());
    String b = bare(url.getHost());
    return !a.isEmpty() && a.equals(b);
  }

  private static String bare(String host) {
    if (host == null) {
      return "";
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  @Override
  public Judgement evaluate(SitemapEvidence e) {
    List<SitemapEvidence.Sitemap> fetched =
        e.sitemaps().stream().filter(s -> !s.otherHost()).toList();
    if (fetched.isEmpty()) {
      return Judgement.warn(
          "robots.txt lists sitemaps only on other hosts ("
              + e.sitemaps().getFirst().url()
              + "); golive reads sitemaps on the site's host only");
    }
    for (SitemapEvidence.Sitemap s : fetched) {
      String bad = problem(s);
      if (bad != null) {
        return Judgement.fail(bad);
      }
    }
    for (SitemapEvidence.Sitemap s : fetched) {
      if (!s.namespace().equals(SitemapXml.NAMESPACE)) {
        return Judgement.warn(
            s.url()
                + " is a "
                + s.root()
                + " outside the sitemaps.org namespace ("
                + (s.namespace().isEmpty() ? "none" : s.namespace())
                + "), which search engines may reject");
      }
    }
    SitemapEvidence.Sitemap first = fetched.getFirst();
    String others =
        fetched.size() > 1 ? " (and " + (fetched.size() - 1) + " more sitemaps read)" : "";
    return Judgement.pass(
        first.url()
            + " is a "
            + first.root()
            + " with "
            + first.locs()
            + (first.locs() == 1 ? " <loc>" : " <loc> entries")
            + (first.truncated() ? " in its first " + first.bytes() + " bytes" : "")
            + others);
  }

  /** Why {@code s} is not a usable sitemap, or {@code null}. */
  private static String problem(SitemapEvidence.Sitemap s) {
    boolean listed = s.source().equals("robots.txt");
    String where = s.url() + (listed ? " (listed in robots.txt)" : "");
    if (s.status() == 0) {
      return where + " " + s.problem();
    }
    if (s.status() >= 300 && s.status() < 400) {
      return where + " still redirects after " + s.redirects() + " hops";
    }
    if (s.status() < 200 || s.status() >= 300) {
      return listed
          ? where + " answers " + s.status()
          : "no sitemap: robots.txt lists none and " + s.url() + " answers " + s.status();
    }
    if (s.problem() != null) {
      return where + " " + s.problem();
    }
    if (!"urlset".equals(s.root()) && !"sitemapindex".equals(s.root())) {
      return where + " has root <" + s.root() + ">, not urlset or sitemapindex";
    }
    if (s.locs() == 0) {
      return where + " is a " + s.root() + " without any <loc>";
    }
    return null;
  }
}
