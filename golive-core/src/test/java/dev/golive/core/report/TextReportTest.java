package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportTest {
  private static final String CHECKLIST =
      "# Shop ✅\n\n## Security (critical)\n\n- [x] TLS\n- [ ] ✅ WAF\n\n## After launch\n\n- [ ] Survey\n";

  private static String render(boolean color, Messages.Lang lang) throws IOException {
    Checklist c = ChecklistReader.readText("shop.md", CHECKLIST);
    Assessment a = new Scorer(Policy.defaults()).assess(List.of(c));
    StringWriter out = new StringWriter();
    new TextReport(color).write(a, Messages.of(lang), out);
    return out.toString();
  }

  @Test
  void verdictAndWhyComeFirstThenClaimsThenSections() throws IOException {
    String text = render(false, Messages.Lang.EN);
    assertThat(text.lines().limit(2))
        .containsExactly("NO-GO  shop.md — Shop ✅", "  1 blocking item is not done");
    assertThat(text)
        .containsSubsequence(
            "Blocking items not done",
            "[ ] :6    ✅ WAF (critical)",
            "Claims",
            "readiness: Shop ✅ — does not hold (claimed GO, items say NO-GO)",
            "box and emoji disagree",
            "Shop ✅ › Security (critical)",
            "[x] :5    TLS (critical)",
            "Shop ✅ › After launch",
            "[ ] :10   Survey (after launch)");
    assertThat(text).doesNotContain("\u001b[");
  }

  @Test
  void colourOnlyWhenAskedFor() throws IOException {
    assertThat(render(true, Messages.Lang.EN)).contains("\u001b[31m", "\u001b[32m");
  }

  @Test
  void golivesOwnWordsFollowTheLanguage() throws IOException {
    assertThat(render(false, Messages.Lang.RU))
        .contains("не выполнено блокирующих пунктов: 1", "после запуска");
    assertThat(render(false, Messages.Lang.UZ))
        .contains("1 ta toʻsiq band bajarilmagan", "ishga tushirilgandan keyin");
  }

  private static String audit(Messages.Lang lang) {
    return AuditFixture.render(new TextReport(false), AuditFixture.twoTargets(), lang);
  }

  private static String part(String text, String from, String to) {
    int start = text.indexOf(from);
    int end = to == null ? text.length() : text.indexOf(to);
    assertThat(start).as(from).isNotNegative();
    return text.substring(start, end);
  }

  @Test
  void anAuditSaysItsVerdictAndWhyFirstThenEachTarget() {
    String text = audit(Messages.Lang.EN);
    assertThat(text.lines().limit(4))
        .containsExactly(
            "NO-GO  golive audit: prod, staging",
            "  prod: 1 ticked item is contradicted by the live system",
            "  prod: 1 blocking item is not done",
            "");
    assertThat(text)
        .containsSubsequence(
            "━━ target prod: NO-GO ━━",
            "NO-GO  shop.md — Shop — launch",
            "━━ target staging: INCONCLUSIVE ━━",
            "INCONCLUSIVE  shop.md — Shop — launch",
            "  1 blocking item could not be checked");
    assertThat(text).doesNotContain("\u001b[");
  }

  @Test
  void contradictedTicksComeFirstThenBlockersProblemsClaimsAndSections() {
    String prod = part(audit(Messages.Lang.EN), "━━ target prod", "━━ target staging");
    assertThat(prod)
        .containsSubsequence(
            "  score 66.7 · 9 items · 5 done · encoding utf-8",
            "Ticked, but contradicted by the live system",
            "  [x] :7    HSTS on every page (critical)",
            "         fail    http.hsts  https://shop.test/ sends no Strict-Transport-Security"
                + " header (123 ms)",
            "Blocking items not done",
            "  [x] :7    HSTS on every page — contradicted (critical)",
            "Bindings that could not be used",
            "  shop.md:9: unknown check 'http.csp-headr' (did you mean 'http.csp'?)",
            "Claims",
            "Shop — launch › Security (critical)",
            "  [x] :7    HSTS on every page — contradicted (critical, blocking)",
            "  [x] :8    TLS certificate valid for a month — verified (critical)",
            "  [ ] :9    Security headers set — done, not ticked (critical)",
            "  [x] :10   Secrets rotated — ticked, not checked (critical)",
            "Shop — launch › Ops (medium)",
            "  [ ] :14   Uptime alerts — open (medium)",
            "  [ ] :15   Restore drill — waived (medium)",
            "  [x] :16   Error tracking — verified (medium)",
            "  [ ] :17   Runbook written — not ticked, not checked (medium)",
            "  [ ] :21   Collect feedback — not ticked, not checked (after launch)");
    assertThat(part(audit(Messages.Lang.EN), "━━ target staging", null))
        .doesNotContain("Ticked, but contradicted")
        .contains(
            "  [x] :8    TLS certificate valid for a month — could not be checked (critical)");
  }

  @Test
  void everyFindingShowsAFewFactsOfItsEvidence() {
    String prod = part(audit(Messages.Lang.EN), "Shop — launch › Security", "━━ target staging");
    assertThat(prod)
        .containsSubsequence(
            "  [x] :7    HSTS on every page — contradicted (critical, blocking)",
            "         fail    http.hsts  https://shop.test/ sends no Strict-Transport-Security"
                + " header (123 ms)",
            "             url: https://shop.test/",
            "             status: 200",
            "             headers: {\"content-type\":[\"text/html; charset=utf-8\"]}",
            "             body: <html><body>Welcome to the shop. Welcome",
            "             redirected: false",
            "             elapsedSeconds: 0.125",
            "             … 1 more",
            "  [x] :8    TLS certificate valid for a month — verified (critical)",
            "         pass    tls.cert-expiry  shop.test:443 presents a certificate valid for 412"
                + " more days (40 ms)",
            "             daysLeft: 412",
            "  [ ] :15   Restore drill — waived (medium)",
            "         waived: drill booked with the hosting team · by ops@shop.test · until"
                + " 2031-03-31",
            "         fail    db.backup-age  the newest dump is 31 days old (7 ms)",
            "  [x] :16   Error tracking — verified (medium)",
            "         pass    config.sentry-dsn  SENTRY_DSN is set (1 ms)",
            "         skipped http.sentry-tunnel  no tunnel is configured (0 ms)");
    String body =
        prod.lines().filter(l -> l.contains("body: <html>")).findFirst().orElseThrow().strip();
    assertThat(body).hasSize(Reports.FACT_WIDTH).endsWith("…");
    assertThat(prod).doesNotContain("hsts: null", "tried");
  }

  @Test
  void anAuditSpeaksTheReportLanguageAndColoursOnlyWhenAskedFor() {
    assertThat(audit(Messages.Lang.RU))
        .contains(
            "аудит golive: prod, staging",
            "Отмечено, но опровергнуто живой системой",
            "HSTS on every page — опровергнуто",
            "исключение: drill booked with the hosting team · ответственный: ops@shop.test · до"
                + " 2031-03-31",
            "(123 мс)");
    assertThat(audit(Messages.Lang.UZ))
        .contains(
            "━━ nishon prod: NO-GO ━━",
            "Belgilangan, lekin jonli tizim rad etadi",
            "HSTS on every page — rad etildi",
            "TLS certificate valid for a month — tekshirib boʻlmadi");
    String coloured =
        AuditFixture.render(new TextReport(true), AuditFixture.twoTargets(), Messages.Lang.EN);
    assertThat(coloured).contains("\u001b[31mcontradicted\u001b[0m", "\u001b[32mpass");
  }
}
