package dev.golive.checks.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitemapXmlTest {
  static final String URLSET =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
        <url><loc> https://shop.test/ </loc><lastmod>2025-01-01</lastmod></url>
        <url><loc>https://shop.test/about</loc></url>
        <url><loc>   </loc></url>
      </urlset>
      """;

  private static SitemapXml.Read read(String xml) {
    return SitemapXml.read(xml.getBytes(StandardCharsets.UTF_8), false);
  }

  @Test
  void countsTheLocsOfAUrlset() {
    assertThat(read(URLSET))
        .isEqualTo(
            new SitemapXml.Read(
                "urlset", SitemapXml.NAMESPACE, 2, "https://shop.test/", false, false, null));
  }

  @Test
  void countsTheLocsOfASitemapIndex() {
    SitemapXml.Read r =
        read(
            """
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://shop.test/sitemap-1.xml</loc></sitemap>
            </sitemapindex>
            """);
    assertThat(r.root()).isEqualTo("sitemapindex");
    assertThat(r.locs()).isEqualTo(1);
  }

  @Test
  void onlyLocsOfUrlsAndSitemapsCount() {
    SitemapXml.Read r = read("<urlset><loc>https://a.test/</loc><x><loc>b</loc></x></urlset>");
    assertThat(r.locs()).isZero();
    assertThat(r.namespace()).isEmpty();
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileIsNotRead(@TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-MARKER");
    SitemapXml.Read r =
        read(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE urlset [<!ENTITY x SYSTEM \""
                + secret.toUri()
                + "\">]>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<url><loc>&x;</loc></url></urlset>");
    assertThat(r.problem()).startsWith("declares a DOCTYPE");
    assertThat(r.locs()).isZero();
    assertThat(r.toString()).doesNotContain("TOP-SECRET-MARKER");
  }

  @Test
  void entityExpansionIsRefused() {
    SitemapXml.Read r =
        read(
            """
            <!DOCTYPE urlset [
              <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
              <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
              <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
            ]>
            <urlset><url><loc>&c;</loc></url></urlset>
            """);
    assertThat(r.problem()).startsWith("declares a DOCTYPE");
    assertThat(r.firstLoc()).isNull();
  }

  @Test
  void brokenXmlIsNamed() {
    SitemapXml.Read r = read("<urlset><url><loc>https://a.test/</url></urlset>");
    assertThat(r.problem()).startsWith("is not well-formed XML: ");
    assertThat(r.problem().length()).isLessThan(260);
  }

  @Test
  void aCutBodyIsJudgedOnWhatArrived() {
    byte[] all = URLSET.getBytes(StandardCharsets.UTF_8);
    byte[] half = Arrays.copyOf(all, URLSET.indexOf("<url><loc>https://shop.test/about") + 12);
    SitemapXml.Read cut = SitemapXml.read(half, true);
    assertThat(cut.cut()).isTrue();
    assertThat(cut.problem()).isNull();
    assertThat(cut.locs()).isEqualTo(1);
    assertThat(SitemapXml.read(half, false).problem()).startsWith("is not well-formed XML");
  }

  @Test
  void gzippedSitemapsAreUnpacked() throws IOException {
    SitemapXml.Read r = SitemapXml.read(gzip(URLSET.getBytes(StandardCharsets.UTF_8)), false);
    assertThat(r.compressed()).isTrue();
    assertThat(r.locs()).isEqualTo(2);
  }

  @Test
  void aGzipBombStopsAtTheLimit() throws IOException {
    byte[] start = "<urlset><url><loc>https://a.test/</loc></url>".getBytes(StandardCharsets.UTF_8);
    byte[] huge = Arrays.copyOf(start, SitemapXml.MAX_UNPACKED + 1024);
    Arrays.fill(huge, start.length, huge.length, (byte) ' ');
    SitemapXml.Read r = SitemapXml.read(gzip(huge), false);
    assertThat(r.cut()).isTrue();
    assertThat(r.locs()).isEqualTo(1);
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      out.write(data);
    }
    return gz.toByteArray();
  }
}
