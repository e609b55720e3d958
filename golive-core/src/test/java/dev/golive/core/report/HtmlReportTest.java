package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import java.util.List;
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

  private static String audit(Messages.Lang lang) {
    return AuditFixture.render(new HtmlReport(), AuditFixture.twoTargets(), lang);
  }

  /** Text as the browser shows it. */
  private static String unescape(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  @Test
  void anAuditPageStillReadsOfflineWithoutScriptsOrAnythingFetched() {
    String page = audit(Messages.Lang.EN);
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">").endsWith("</html>\n");
    // evidence names URLs, as text; no tag may load anything
    assertThat(page.toLowerCase(Locale.ROOT))
        .doesNotContain("<script", "<link", "<iframe", "<img", "url(", "@import");
    assertThat(Pattern.compile("<[a-z][^>]*\\s(src|href)=").matcher(page).find()).isFalse();
    assertThat(page)
        .contains("content=\"default-src 'none'; style-src 'unsafe-inline'\"", ".v-contradicted");
    assertThat(count(page, "<details>")).isEqualTo(count(page, "</details>"));
    assertThat(count(page, "<section>")).isEqualTo(count(page, "</section>"));
  }

  @Test
  void anAuditPageGivesItsVerdictThenEachTargetContradictedTicksFirst() {
    String page = audit(Messages.Lang.EN);
    assertThat(page)
        .containsSubsequence(
            "<title>NO-GO — prod, staging — golive audit</title>",
            "<h1><span class=\"badge no-go\">NO-GO</span> golive audit</h1>",
            "<li>prod: 1 ticked item is contradicted by the live system</li>",
            "<h2><span class=\"badge no-go\">NO-GO</span> target prod</h2>",
            "<h3><span class=\"badge no-go\">NO-GO</span> shop.md — Shop — launch</h3>",
            "<h4>Ticked, but contradicted by the live system</h4>",
            "<li class=\"contradicted\"><span class=\"line\">:7</span> <span class=\"text\">HSTS"
                + " on every page</span>",
            "<span class=\"outcome o-fail\">fail</span> <code>http.hsts</code>",
            "<h4>Blocking items not done</h4>",
            "<span class=\"verdict v-contradicted\">contradicted</span>",
            "<h4>Bindings that could not be used</h4>",
            "<li><code>shop.md:9</code> unknown check &#39;http.csp-headr&#39;",
            "<h4>Claims</h4>",
            "<h4>Done by section</h4>",
            "<h5>Shop — launch › Security (critical)</h5>",
            "<span class=\"verdict v-verified\">verified</span>",
            "<span class=\"verdict v-done_unclaimed\">done, not ticked</span>",
            "<span class=\"verdict v-self_reported_done\">ticked, not checked</span>",
            "<h5>Shop — launch › Ops (medium)</h5>",
            "<span class=\"verdict v-open\">open</span>",
            "<span class=\"verdict v-waived\">waived</span>",
            "<div class=\"muted\">waived: drill booked with the hosting team · by ops@shop.test ·"
                + " until 2031-03-31</div>",
            "<span class=\"outcome o-skipped\">skipped</span> <code>http.sentry-tunnel</code>",
            "<h2><span class=\"badge inconclusive\">INCONCLUSIVE</span> target staging</h2>",
            "<span class=\"verdict v-inconclusive\">could not be checked</span>",
            "<span class=\"outcome o-error\">error</span> <code>tls.cert-expiry</code>",
            "</html>");
    // after an audit the chart counts what the checks found, as the score does
    assertThat(page).contains("Security (critical): 3/4 done");
  }

  @Test
  void eachFindingOpensOntoItsEvidenceAsJson() {
    String page = audit(Messages.Lang.EN);
    int start = page.indexOf("<pre>");
    String pre = page.substring(start + "<pre>".length(), page.indexOf("</pre>", start));
    assertThat(page.substring(page.lastIndexOf("<details>", start), start))
        .contains("<summary><span class=\"outcome o-fail\">fail</span> <code>http.hsts</code>")
        .contains("(123 ms)");
    assertThat(Schemas.read(unescape(pre)))
        .isEqualTo(Schemas.JSON.valueToTree(AuditFixture.hstsMissing().evidence()));
    // findings without evidence have nothing to open
    assertThat(page)
        .contains(
            "<li><span class=\"outcome o-skipped\">skipped</span> <code>http.sentry-tunnel</code>");
  }

  @Test
  void hostileEvidenceIsShownNotRun() {
    Finding f =
        new Finding(
            "http.body",
            Outcome.FAIL,
            "the page says <script>alert(1)</script>",
            AuditFixture.tree("body", "</pre></details><script>alert(1)</script>"),
            3);
    FileAssessment file =
        AuditFixture.with(
            AuditFixture.prod(),
            AuditFixture.HSTS,
            new ItemAudit(ItemVerdict.CONTRADICTED, List.of(f), null));
    String page =
        AuditFixture.render(
            new HtmlReport(),
            AuditFixture.audit(AuditFixture.target("prod", file)),
            Messages.Lang.EN);
    assertThat(page.toLowerCase(Locale.ROOT)).doesNotContain("<script");
    assertThat(page)
        .contains(
            "the page says &lt;script&gt;alert(1)&lt;/script&gt;",
            "&lt;/pre&gt;&lt;/details&gt;&lt;script&gt;");
  }

  @Test
  void anAuditPageSpeaksTheReportLanguage() {
    assertThat(audit(Messages.Lang.UZ))
        .startsWith("<!DOCTYPE html>\n<html lang=\"uz\">")
        .contains("golive tekshiruvi", "nishon prod", "rad etildi", "Belgilangan, lekin jonli");
    assertThat(audit(Messages.Lang.RU))
        .contains("аудит golive", "цель staging", "не удалось проверить", "(123 мс)");
  }
}
