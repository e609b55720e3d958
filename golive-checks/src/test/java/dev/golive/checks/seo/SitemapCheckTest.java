package dev.golive.checks.seo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.WebServer;
import dev.golive.testkit.WebServer.Reply;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SitemapCheckTest {
  private static final SitemapCheck CHECK = new SitemapCheck();
  private static final String NS = SitemapXml.NAMESPACE;

  private static SitemapEvidence.Sitemap sitemap(
      String source, int status, String root, String ns, int locs, String problem) {
    return new SitemapEvidence.Sitemap(
        "https://shop.test/sitemap.xml",
        source,
        status,
        "application/xml",
        0,
        1000,
        false,
        root,
        ns,
        locs,
        locs > 0 ? "https://shop.test/" : null,
        false,
        problem,
        false);
  }

  private static SitemapEvidence found(SitemapEvidence.Sitemap... read) {
    return new SitemapEvidence("https://shop.test/robots.txt", 200, List.of(), List.of(read));
  }

  static Stream<Arguments> judgements() {
    return Stream.of(
        Arguments.of(
            found(sitemap("default", 200, "urlset", NS, 12, null)),
            Outcome.PASS,
            "https://shop.test/sitemap.xml is a urlset with 12 <loc> entries"),
        Arguments.of(
            found(sitemap("robots.txt", 200, "sitemapindex", NS, 1, null)),
            Outcome.PASS,
            "is a sitemapindex with 1 <loc>"),
        Arguments.of(
            found(sitemap("default", 404, null, "", 0, null)),
            Outcome.FAIL,
            "no sitemap: robots.txt lists none and https://shop.test/sitemap.xml answers 404"),
        Arguments.of(
            found(sitemap("robots.txt", 410, null, "", 0, null)),
            Outcome.FAIL,
            "(listed in robots.txt) answers 410"),
        Arguments.of(
            found(sitemap("default", 200, null, "", 0, "is an HTML page, not XML")),
            Outcome.FAIL,
            "sitemap.xml is an HTML page, not XML"),
        Arguments.of(
            found(sitemap("default", 200, "rss", "", 3, null)),
            Outcome.FAIL,
            "has root <rss>, not urlset or sitemapindex"),
        Arguments.of(
            found(sitemap("default", 200, "urlset", NS, 0, null)),
            Outcome.FAIL,
            "is a urlset without any <loc>"),
        Arguments.of(
            found(sitemap("default", 200, "urlset", "", 3, null)),
            Outcome.WARN,
            "outside the sitemaps.org namespace (none)"),
        Arguments.of(
            found(
                sitemap("robots.txt", 200, "urlset", NS, 3, null),
                sitemap("robots.txt", 500, null, "", 0, null)),
            Outcome.FAIL,
            "answers 500"),
        Arguments.of(
            found(
                SitemapEvidence.Sitemap.notFetched(
                    "ftp://x/s.xml", "is not an http(s) URL", false)),
            Outcome.FAIL,
            "ftp://x/s.xml (listed in robots.txt) is not an http(s) URL"),
        Arguments.of(
            found(
                SitemapEvidence.Sitemap.notFetched(
                    "https://cdn.test/s.xml", "is on another host", true)),
            Outcome.WARN,
            "lists sitemaps only on other hosts (https://cdn.test/s.xml)"));
  }

  @ParameterizedTest
  @MethodSource
  void judgements(SitemapEvidence e, Outcome outcome, String says) {
    Judgement j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(outcome);
    assertThat(j.message()).contains(says);
  }

  @Test
  void theWwwFormOfTheSiteCountsAsTheSameHost() {
    URI site = URI.create("https://shop.test/");
    assertThat(SitemapCheck.sameSite(site, URI.create("https://www.shop.test/s.xml"))).isTrue();
    assertThat(SitemapCheck.sameSite(site, URI.create("http://SHOP.test:8080/s.xml"))).isTrue();
    assertThat(SitemapCheck.sameSite(site, URI.create("https://cdn.shop.test/s.xml"))).isFalse();
    assertThat(SitemapCheck.sameSite(site, URI.create("http://169.254.169.254/"))).isFalse();
  }

  @Test
  void aSitemapIndexListedInRobotsTxtPasses() throws Exception {
    try (WebServer site = WebServer.http()) {
      site.route(
              "/robots.txt",
              Reply.of(
                      200,
                      "User-agent: *\nDisallow:\nSitemap: " + site.url() + "sitemaps/index.xml\n")
                  .header("Content-Type", "text/plain"))
          .route(
              "/sitemaps/index.xml",
              xml(
                  """
                  <?xml version="1.0" encoding="UTF-8"?>
                  <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                    <sitemap><loc>https://shop.test/sitemap-products.xml</loc></sitemap>
                    <sitemap><loc>https://shop.test/sitemap-pages.xml</loc></sitemap>
                  </sitemapindex>
                  """));
      SitemapEvidence e = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.listed()).containsExactly(site.url() + "sitemaps/index.xml");
      assertThat(Evidence.fromMap(Evidence.toMap(e), SitemapEvidence.class)).isEqualTo(e);
      Judgement j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message())
          .endsWith("/sitemaps/index.xml is a sitemapindex with 2 <loc> entries");
      assertThat(site.hits("/sitemap.xml")).isZero();
    }
  }

  @Test
  void sitemapXmlIsTheFallback() throws Exception {
    try (WebServer site = WebServer.http().route("/sitemap.xml", xml(SitemapXmlTest.URLSET))) {
      Judgement j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).endsWith("/sitemap.xml is a urlset with 2 <loc> entries");
    }
  }

  @Test
  void noSitemapFails() throws Exception {
    try (WebServer site = WebServer.http()) {
      Judgement j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).startsWith("no sitemap: robots.txt lists none and http://127.0.0.1:");
    }
  }

  @Test
  void aCatchAllPageIsNotASitemap() throws Exception {
    try (WebServer spa = WebServer.http().otherwise(Reply.html(Pages.SPA))) {
      Judgement j = Probes.run(CHECK, Probes.of(spa.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).endsWith("/sitemap.xml is an HTML page, not XML");
    }
  }

  @Test
  void hostileXmlReadsNoFileAndFetchesNothing(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
    try (WebServer attacker =
            WebServer.http()
                .route("/evil.dtd", Reply.of(200, "<!ENTITY y SYSTEM \"" + secret.toUri() + "\">"))
                .route("/entity", Reply.of(200, "fetched"));
        WebServer site = WebServer.http()) {
      site.route(
          "/sitemap.xml",
          xml(
              "<?xml version=\"1.0\"?>\n"
                  + "<!DOCTYPE urlset SYSTEM \""
                  + attacker.url()
                  + "evil.dtd\" [\n"
                  + "  <!ENTITY x SYSTEM \""
                  + secret.toUri()
                  + "\">\n"
                  + "  <!ENTITY z SYSTEM \""
                  + attacker.url()
                  + "entity\">\n"
                  + "]>\n"
                  + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                  + "<url><loc>https://shop.test/&x;&y;&z;</loc></url></urlset>"));
      SitemapEvidence e = CHECK.collect(Probes.of(site.url(), Trust.system()));
      Judgement j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .endsWith(
              "/sitemap.xml declares a DOCTYPE, which a sitemap never"
                  + " does; it was not read further");
      assertThat(Evidence.toMap(e).toString()).doesNotContain("TOP-SECRET-MARKER", "fetched");
      assertThat(attacker.hits("/evil.dtd")).isZero();
      assertThat(attacker.hits("/entity")).isZero();
    }
  }

  @Test
  void sitemapsOnOtherHostsAreNotFetched() throws Exception {
    try (WebServer other = WebServer.http().route("/s.xml", xml(SitemapXmlTest.URLSET));
        WebServer site = WebServer.http()) {
      URI elsewhere = URI.create("http://localhost:" + other.port() + "/s.xml");
      site.route(
          "/robots.txt",
          Reply.of(200, "Sitemap: " + elsewhere + "\n").header("Content-Type", "text/plain"));
      Judgement j = Probes.run(CHECK, Probes.of(site.url(), Trust.system()));
      assertThat(j.outcome()).isEqualTo(Outcome.WARN);
      assertThat(j.message()).contains("only on other hosts (" + elsewhere + ")");
      assertThat(other.hits("/s.xml")).isZero();
    }
  }

  @Test
  void aSitemapLargerThanTheFetchLimitIsJudgedOnItsStart() throws Exception {
    StringBuilder big = new StringBuilder("<urlset xmlns=\"" + NS + "\">\n");
    for (int i = 0; big.length() < (1 << 20) + 4096; i++) {
      big.append("<url><loc>https://shop.test/products/").append(i).append("</loc></url>\n");
    }
    big.append("</urlset>\n");
    try (WebServer site = WebServer.http().route("/sitemap.xml", xml(big.toString()))) {
      SitemapEvidence e = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.sitemaps().getFirst().truncated()).isTrue();
      Judgement j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("<loc> entries in its first ");
    }
  }

  @Test
  void aGzippedSitemapIsUnpacked() throws Exception {
    byte[] gz =
        SitemapXmlTest.gzip(
            SitemapXmlTest.URLSET.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    try (WebServer site =
        WebServer.http()
            .route(
                "/sitemap.xml",
                new Reply(200, List.of(Map.entry("Content-Type", "application/gzip")), gz))) {
      SitemapEvidence e = CHECK.collect(Probes.of(site.url(), Trust.system()));
      assertThat(e.sitemaps().getFirst().compressed()).isTrue();
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  private static Reply xml(String body) {
    return Reply.of(200, body).header("Content-Type", "application/xml");
  }
}
