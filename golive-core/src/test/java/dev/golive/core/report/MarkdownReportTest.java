package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {
  private static final String CHECKLIST =
      """
      # Choyxona — launch checklist

      Готовность: 100%

      ## Xavfsizlik (critical)

      - [x] TLS renews itself
      - [ ] Rate limit on `/login | /signup`
      - [ ] `<img src=x onerror=alert(1)>` in the profile page
      - [ ] Escape `*bold* _em_ [link](x) ~~gone~~ \\ # &amp;` and ``tick ` inside`` in names
        - [x] Sub-step

      ## Nice to have (low)

      - [ ] Dark mode
      """;

  private static final Parser GFM =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  private static String md(Messages.Lang lang) {
    return ReportFixture.render(
        new MarkdownReport(), ReportFixture.assess("choyxona.md", CHECKLIST), lang);
  }

  /** What GitHub would show: the text of every table row's cells, and any raw HTML. */
  private static final class Rendered extends AbstractVisitor {
    final List<List<String>> rows = new ArrayList<>();
    final List<String> html = new ArrayList<>();

    static Rendered of(String markdown) {
      Rendered r = new Rendered();
      GFM.parse(markdown).accept(r);
      return r;
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableRow) {
        List<String> cells = new ArrayList<>();
        for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof TableCell) {
            cells.add(text(c));
          }
        }
        rows.add(cells);
      }
      visitChildren(node);
    }

    @Override
    public void visit(HtmlInline node) {
      html.add(node.getLiteral());
    }

    @Override
    public void visit(HtmlBlock node) {
      html.add(node.getLiteral());
    }

    private static String text(Node n) {
      StringBuilder b = new StringBuilder();
      for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
        b.append(
            c instanceof Text t ? t.getLiteral() : c instanceof Code k ? k.getLiteral() : text(c));
      }
      return b.toString();
    }
  }

  @Test
  void firstLineIsTheVerdictAndWhy() {
    assertThat(md(Messages.Lang.EN).lines().findFirst())
        .hasValue("**NO-GO** — 3 blocking items are not done · score 38.1");
    assertThat(md(Messages.Lang.RU).lines().findFirst())
        .hasValue("**NO-GO** — не выполнено блокирующих пунктов: 3 · оценка 38.1");
    String go = ReportFixture.render(new MarkdownReport(), "go.md", "- [x] TLS\n- [x] Backups\n");
    assertThat(go).startsWith("**GO** — every blocking item is done · score 100.0\n");
  }

  @Test
  void blockersAndBrokenClaimsPointAtPathAndLine() {
    String md = md(Messages.Lang.EN);
    assertThat(md)
        .containsSubsequence(
            "| verdict | score | items | done | blocking not done | encoding |",
            "| **NO-GO** | 38.1 | 6 | 2 | 3 | utf-8 |",
            "**Blocking items not done**",
            "- `choyxona.md:8` Rate limit on /login \\| /signup (critical)",
            "- `choyxona.md:9` &lt;img src=x onerror=alert(1)&gt; in the profile page (critical)",
            "**Claims that do not hold**",
            "- `choyxona.md:3` progress: Готовность: 100% — claimed 100%, items say 33.3%");
  }

  @Test
  void itemTextCannotBreakTheTableOrInjectHtml() {
    Rendered r = Rendered.of(md(Messages.Lang.EN));
    // the summary table (head and one row), then two item tables (head and their items)
    assertThat(r.rows).extracting(List::size).containsExactly(6, 6, 4, 4, 4, 4, 4, 4, 4, 4);
    List<String> texts =
        r.rows.stream().filter(row -> row.size() == 4).map(row -> row.get(2)).toList();
    assertThat(texts)
        .contains(
            "Rate limit on /login | /signup",
            "<img src=x onerror=alert(1)> in the profile page",
            "Escape *bold* _em_ [link](x) ~~gone~~ \\ # &amp; and tick ` inside in names");
    assertThat(r.html).allSatisfy(h -> assertThat(h).doesNotContain("<img"));
    assertThat(String.join("", r.html))
        .contains("<details>", "<summary>All items (6)</summary>", "</details>");
  }

  @Test
  void everyItemIsFoldedAwayUnderItsSectionWithItsState() {
    String md = md(Messages.Lang.UZ);
    String details = md.substring(md.indexOf("<details>"), md.indexOf("</details>"));
    assertThat(details)
        .containsSubsequence(
            "<summary>Barcha bandlar (6)</summary>",
            "**Choyxona — launch checklist › Xavfsizlik (critical)**",
            "| 7 | ✅ bajarilgan | TLS renews itself | critical |",
            "| 8 | ⬜ ochiq | Rate limit on /login \\| /signup | critical, toʻsiq |",
            "| 11 | ✅ bajarilgan | &emsp;Sub-step | critical |",
            "**Choyxona — launch checklist › Nice to have (low)**",
            "| 15 | ⬜ ochiq | Dark mode | low |");
  }

  @Test
  void codeSpansSurviveBackticksInPaths() {
    for (String path : List.of("plain.md:3", "we`ird.md:3", "`edge`.md:1")) {
      Node code = GFM.parse(MarkdownReport.code(path)).getFirstChild().getFirstChild();
      assertThat(code).isInstanceOf(Code.class);
      assertThat(((Code) code).getLiteral()).isEqualTo(path);
    }
  }

  private static String audit(Messages.Lang lang) {
    return AuditFixture.render(new MarkdownReport(), AuditFixture.twoTargets(), lang);
  }

  /** The evidence blocks of a report, as GitHub would show them. */
  private static List<FencedCodeBlock> codeBlocks(String markdown) {
    List<FencedCodeBlock> blocks = new ArrayList<>();
    GFM.parse(markdown)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(FencedCodeBlock block) {
                blocks.add(block);
              }
            });
    return blocks;
  }

  @Test
  void anAuditStartsWithItsVerdictAndWhyThenATargetPerPart() {
    String md = audit(Messages.Lang.EN);
    assertThat(md.lines().findFirst())
        .hasValue(
            "**NO-GO** — prod: 1 ticked item is contradicted by the live system; prod: 1 blocking"
                + " item is not done");
    assertThat(md)
        .containsSubsequence(
            "## target `prod`: NO-GO",
            "### `shop.md` — Shop — launch",
            "- 1 ticked item is contradicted by the live system",
            "| **NO-GO** | 66.7 | 9 | 5 | 1 | utf-8 |",
            "**Ticked, but contradicted by the live system**",
            "- `shop.md:7` HSTS on every page (critical) — `http.hsts`: https://shop.test/ sends no"
                + " Strict-Transport-Security header",
            "**Blocking items not done**",
            "- `shop.md:7` HSTS on every page (critical) — contradicted",
            "**Bindings that could not be used**",
            "- `shop.md:9` unknown check 'http.csp-headr' (did you mean 'http.csp'?)",
            "**Claims that do not hold**",
            "<summary>All items (9)</summary>",
            "<summary>Findings (7)</summary>",
            "## target `staging`: INCONCLUSIVE",
            "- 1 blocking item could not be checked",
            "- `shop.md:8` TLS certificate valid for a month (critical) — could not be checked",
            "<sub>Generated by golive</sub>");
  }

  @Test
  void everyItemShowsItsVerdictBesideItsState() {
    Rendered r = Rendered.of(audit(Messages.Lang.EN));
    List<List<String>> prod = r.rows.stream().filter(row -> row.size() == 5).limit(12).toList();
    assertThat(prod)
        .contains(
            List.of("line", "state", "item", "priority", "verdict"),
            List.of("7", "✅ done", "HSTS on every page", "critical, blocking", "contradicted"),
            List.of("9", "⬜ open", "Security headers set", "critical", "done, not ticked"),
            List.of("10", "✅ done", "Secrets rotated", "critical", "ticked, not checked"),
            List.of("14", "⬜ open", "Uptime alerts", "medium", "open"),
            List.of("15", "⬜ open", "Restore drill", "medium", "waived"),
            List.of("21", "⬜ open", "Collect feedback", "after launch", "not ticked, not checked"));
  }

  @Test
  void findingsAreFoldedAwayWithTheirEvidenceAsJson() throws Exception {
    String md = audit(Messages.Lang.EN);
    String prod =
        md.substring(
            md.indexOf("<summary>Findings (7)</summary>"), md.indexOf("## target `staging`"));
    assertThat(prod)
        .containsSubsequence(
            "**`shop.md:7` HSTS on every page (critical) — contradicted**",
            "`http.hsts` **fail** · 123 ms — https://shop.test/ sends no Strict-Transport-Security"
                + " header",
            "<summary>evidence</summary>",
            "```json",
            "**`shop.md:15` Restore drill (medium) — waived**",
            "waived: drill booked with the hosting team · by ops@shop.test · until 2031-03-31",
            "`db.backup-age` **fail** · 7 ms — the newest dump is 31 days old",
            "`http.sentry-tunnel` **skipped** · 0 ms — no tunnel is configured");
    // items with nothing found and no waiver have nothing to fold away
    assertThat(prod).doesNotContain("Secrets rotated", "Runbook written");
    FencedCodeBlock first = codeBlocks(md).get(0);
    assertThat(first.getInfo()).isEqualTo("json");
    JsonNode evidence = Schemas.read(first.getLiteral());
    assertThat(evidence.get("url").asText()).isEqualTo("https://shop.test/");
    assertThat(evidence.get("hsts").isNull()).isTrue();
    assertThat(evidence.at("/headers/content-type/0").asText())
        .isEqualTo("text/html; charset=utf-8");
    // a comment has little room: long strings are cut
    assertThat(evidence.get("body").asText())
        .hasSize(MarkdownReport.MAX_STRING)
        .endsWith("…")
        .startsWith(AuditFixture.LONG_BODY.substring(0, 100));
  }

  @Test
  void evidenceCannotCloseItsBlockOrInjectHtml() {
    String hostile = "```\n</details>\n<img src=x onerror=alert(1)>\n~~~";
    Finding f =
        new Finding(
            "http.body",
            Outcome.FAIL,
            "the page says `<img src=x onerror=alert(1)>`",
            AuditFixture.tree("body", hostile, "`````", "ticks"),
            3);
    FileAssessment hostileFile =
        AuditFixture.with(
            AuditFixture.prod(),
            AuditFixture.HSTS,
            new ItemAudit(ItemVerdict.CONTRADICTED, List.of(f), null));
    String md =
        AuditFixture.render(
            new MarkdownReport(),
            AuditFixture.audit(AuditFixture.target("prod", hostileFile)),
            Messages.Lang.EN);
    Rendered r = Rendered.of(md);
    assertThat(r.html).allSatisfy(h -> assertThat(h).doesNotContain("<img"));
    List<FencedCodeBlock> blocks = codeBlocks(md);
    JsonNode evidence = Schemas.read(blocks.get(0).getLiteral());
    assertThat(evidence.get("body").asText()).isEqualTo(hostile);
    assertThat(evidence.has("`````")).isTrue();
    assertThat(md).contains("</details>\n\n<sub>Generated by golive</sub>");
  }

  @Test
  void anAuditSpeaksTheReportLanguage() {
    assertThat(audit(Messages.Lang.UZ))
        .contains(
            "## nishon `prod`: NO-GO",
            "**Belgilangan, lekin jonli tizim rad etadi**",
            "| 7 | ✅ bajarilgan | HSTS on every page | critical, toʻsiq | rad etildi |",
            "<summary>Tekshiruv natijalari (7)</summary>",
            "<summary>dalillar</summary>");
    assertThat(audit(Messages.Lang.RU))
        .contains("## цель `staging`: НЕ ОПРЕДЕЛЕНО", "· 123 мс —", "| опровергнуто |");
  }
}
