package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  private static final String CHECKLIST =
      """
      # Market — launch

      Ready: 100%

      ## Security (critical)

      - [x] TLS
      - [ ] `<img src=x onerror=alert(1)>` in reviews

      ### Headers

      - [x] HSTS
      - [ ] CSP

      ## `<script>alert(1)</script>` Ops (high)

      - [x] Backups
      - [-] Pager

      ## After launch

      - [ ] Feedback
      """;

  private static String html(Messages.Lang lang) {
    return ReportFixture.render(
        new HtmlReport(), ReportFixture.assess("market.md", CHECKLIST), lang);
  }

  private static int count(String haystack, String needle) {
    return haystack.split(Pattern.quote(needle), -1).length - 1;
  }

  @Test
  void readsOfflineWithoutScriptsOrAnythingFetched() {
    String page = html(Messages.Lang.EN);
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">");
    assertThat(page.toLowerCase(Locale.ROOT))
        .doesNotContain(
            "<script", "<link", "<iframe", "<img", "http://", "https://", "url(", "@import");
    // item text may say "src=", escaped; no tag may carry it
    assertThat(Pattern.compile("<[a-z][^>]*\\s(src|href)=").matcher(page).find()).isFalse();
    assertThat(page)
        .contains(
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "content=\"default-src 'none'; style-src 'unsafe-inline'\"",
            "<style>",
            "@media (max-width:");
  }

  @Test
  void hostileTextIsShownNotRun() {
    String page = html(Messages.Lang.EN);
    assertThat(page)
        .contains(
            "&lt;img src=x onerror=alert(1)&gt; in reviews",
            "Market — launch › &lt;script&gt;alert(1)&lt;/script&gt; Ops (high)");
  }

  @Test
  void verdictAndWhyFirstThenClaimsThenTheChartThenItemsBySection() {
    String page = html(Messages.Lang.EN);
    assertThat(page)
        .containsSubsequence(
            "<h1><span class=\"badge no-go\">NO-GO</span>",
            "2 blocking items are not done",
            "score 57.9 · 7 items · 3 done",
            "Blocking items not done",
            "Claims",
            "progress: Ready: 100%",
            "does not hold",
            "claimed 100%, items say 50%",
            "Done by section",
            "<svg",
            "<h4>Market — launch › Security (critical)</h4>",
            "<h4>Market — launch › Security (critical) › Headers</h4>",
            "<h4>Market — launch › After launch</h4>",
            "Feedback",
            "</html>");
  }

  @Test
  void theChartHasABarPerSecondLevelSectionWithDoneOverTotal() {
    String page = html(Messages.Lang.EN);
    String svg = page.substring(page.indexOf("<svg"), page.indexOf("</svg>"));
    assertThat(count(svg, "<rect class=\"fill\"")).isEqualTo(3);
    assertThat(svg)
        .containsSubsequence(
            "Security (critical)", ">2/4<",
            "&lt;script&gt;alert(1)&lt;/script&gt; Ops (high)", ">1/1<",
            "After launch", ">0/1<");
    assertThat(svg).contains("width=\"200.0\"", "width=\"400.0\"", "width=\"0.0\"");
  }

  @Test
  void thePageSpeaksTheReportLanguage() {
    assertThat(html(Messages.Lang.UZ))
        .startsWith("<!DOCTYPE html>\n<html lang=\"uz\">")
        .contains("Boʻlimlar boʻyicha bajarilgan", "2 ta toʻsiq band bajarilmagan");
    assertThat(html(Messages.Lang.RU))
        .startsWith("<!DOCTYPE html>\n<html lang=\"ru\">")
        .contains("Готово по разделам", "Заявления");
  }
}
