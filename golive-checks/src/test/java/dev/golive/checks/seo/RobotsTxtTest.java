package dev.golive.checks.seo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTxtTest {
  @Test
  void groupsStartAtUserAgentLinesAfterRules() {
    RobotsTxt r =
        RobotsTxt.parse(
            """
            \uFEFF# shop
            User-agent: Googlebot
            User-agent: Bingbot
            Disallow: /cart   # private
            Allow: /cart/share

            User-agent: *
            Disallow:
            Sitemap: https://shop.test/sitemap.xml
            """);
    assertThat(r.groups())
        .containsExactly(
            new RobotsTxt.Group(
                List.of("googlebot", "bingbot"), List.of("/cart/share"), List.of("/cart")),
            new RobotsTxt.Group(List.of("*"), List.of(), List.of()));
    assertThat(r.sitemaps()).containsExactly("https://shop.test/sitemap.xml");
    assertThat(r.problems()).isEmpty();
    assertThat(r.forAll().blocksEverything()).isFalse();
  }

  @Test
  void disallowingTheRootForEveryoneBlocksEverything() {
    RobotsTxt r = RobotsTxt.parse("User-agent: *\nDisallow: /\n");
    assertThat(r.namesEveryone()).isTrue();
    assertThat(r.forAll().blocksEverything()).isTrue();
    assertThat(r.admitted()).isEmpty();
  }

  @Test
  void anAllowRuleOpensPartOfTheSite() {
    assertThat(
            RobotsTxt.parse("User-agent: *\nDisallow: /\nAllow: /$\n").forAll().blocksEverything())
        .isFalse();
  }

  @Test
  void groupsForEveryoneAreMerged() {
    RobotsTxt r =
        RobotsTxt.parse(
            "User-agent: *\nDisallow: /a\n\nUser-agent: x\nAllow: /\n\nUser-agent: *\nDisallow: /*\n");
    assertThat(r.forAll().disallow()).containsExactly("/a", "/*");
    assertThat(r.forAll().blocksEverything()).isTrue();
    assertThat(r.admitted()).containsExactly("x");
  }

  @Test
  void linesCrawlersIgnoreAreNoted() {
    RobotsTxt r =
        RobotsTxt.parse(
            "Disallow: /early\nUser-agent: *\nDissalow: /typo\njust words\nCrawl-delay: 5\n");
    assertThat(r.problems())
        .containsExactly(
            "line 1: disallow before any User-agent line is ignored",
            "line 3: unknown field 'dissalow' is ignored",
            "line 4: 'just words' is not a 'field: value' line");
  }

  @Test
  void crlfAndEmptyFilesAreFine() {
    assertThat(RobotsTxt.parse("User-agent: *\r\nDisallow: /admin\r\n").forAll().disallow())
        .containsExactly("/admin");
    RobotsTxt empty = RobotsTxt.parse("");
    assertThat(empty.groups()).isEmpty();
    assertThat(empty.problems()).isEmpty();
  }
}
