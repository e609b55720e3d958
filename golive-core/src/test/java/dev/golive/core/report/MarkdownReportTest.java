package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomNode;
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
}
