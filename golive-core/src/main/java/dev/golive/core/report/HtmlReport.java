package dev.golive.core.report;

import static dev.golive.core.report.Reports.html;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Reason;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One page that reads offline and on a phone: verdict and why first, then claims, a chart of done
 * items by section, and every item under its section. Nothing is loaded from elsewhere and no
 * script runs; the page's own policy forbids both, so even a missed escape could not fetch or run
 * anything.
 */
public final class HtmlReport implements ReportWriter {
  private static final String STYLE =
      """
      :root{color-scheme:light dark;--go:#15803d;--nogo:#b91c1c;--unsure:#a16207;--muted:#6b7280;--rule:#e5e7eb}
      @media (prefers-color-scheme:dark){:root{--muted:#9ca3af;--rule:#374151}body{background:#111827;color:#e5e7eb}}
      body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
      main{max-width:60rem;margin:0 auto;padding:1rem}
      h1,h2,h3,h4,li,td{overflow-wrap:anywhere}
      h2{margin-top:2.5rem;border-bottom:2px solid var(--rule)}
      .badge{display:inline-block;padding:0 .45em;border-radius:.3em;color:#fff;font-weight:700}
      .go{background:var(--go)}.no-go{background:var(--nogo)}.inconclusive{background:var(--unsure)}
      .muted,.line,.tags,footer{color:var(--muted)}
      ul.items{list-style:none;padding:0;margin:0 0 1rem}
      ul.items li{padding:.1rem 0}
      .blocking_open .text{color:var(--nogo);font-weight:600}
      .not_applicable .text,.post_launch .text{color:var(--muted)}
      table{border-collapse:collapse;width:100%}
      th,td{border-bottom:1px solid var(--rule);padding:.3rem;text-align:left;vertical-align:top}
      .holds{color:var(--go)}.fails{color:var(--nogo)}
      svg.chart{display:block;width:100%;max-width:32rem;height:auto}
      .chart text{font-size:12px;fill:currentColor}.chart .track{fill:var(--rule)}.chart .fill{fill:var(--go)}
      @media (max-width:30rem){body{font-size:15px}main{padding:.6rem}}
      """;

  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String paths =
        a.files().stream().map(f -> f.checklist().path()).collect(Collectors.joining(", "));
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(m.lang().code())
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"golive\">\n")
        .append("<title>")
        .append(html(m.verdict(a.verdict()) + " — " + paths + " — " + m.get("label.report")))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n");
    b.append("<h1>")
        .append(badge(a.verdict(), m))
        .append(' ')
        .append(html(m.get("label.report")))
        .append("</h1>\n");
    if (a.files().size() > 1) {
      // one file says why under its own heading
      b.append("<p>").append(html(Reports.why(a, m))).append("</p>\n");
    }
    for (FileAssessment f : a.files()) {
      file(b, f, m);
    }
    b.append("<footer><p>").append(html(m.get("label.generated"))).append("</p></footer>\n");
    b.append("</main>\n</body>\n</html>\n");
    out.write(b.toString());
    out.flush();
  }

  private static void file(StringBuilder b, FileAssessment f, Messages m) {
    Checklist c = f.checklist();
    b.append("<section>\n<h2>").append(badge(f.verdict(), m)).append(' ').append(html(c.path()));
    if (c.title() != null) {
      b.append(" — ").append(html(c.title()));
    }
    b.append("</h2>\n<ul>\n");
    for (Reason r : f.reasons()) {
      b.append("<li>").append(html(m.reason(r))).append("</li>\n");
    }
    b.append("</ul>\n<p class=\"muted\">").append(html(Reports.summary(f, m))).append("</p>\n");
    blockers(b, f, m);
    claims(b, f, m);
    String chart = SectionChart.svg(f, m);
    if (!chart.isEmpty()) {
      b.append("<h3>").append(html(m.get("label.bySection"))).append("</h3>\n").append(chart);
    }
    for (Reports.Group g : Reports.groups(c)) {
      b.append("<h4>").append(html(Reports.sectionName(g.section(), m))).append("</h4>\n");
      b.append("<ul class=\"items\">\n");
      for (int k : g.indexes()) {
        item(b, f, k, m);
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static void blockers(StringBuilder b, FileAssessment f, Messages m) {
    List<Item> blockers = f.blockers();
    if (blockers.isEmpty()) {
      return;
    }
    b.append("<h3>").append(html(m.get("label.blockers"))).append("</h3>\n<ul class=\"items\">\n");
    for (Item i : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
      b.append("<li class=\"blocking_open\"><span class=\"line\">:")
          .append(i.line())
          .append("</span> <span class=\"text\">")
          .append(html(i.text()))
          .append("</span>");
      if (i.priority() != null) {
        b.append(" <span class=\"tags\">(").append(i.priority().id()).append(")</span>");
      }
      b.append("</li>\n");
    }
    if (blockers.size() > Reports.MAX_BLOCKERS_LISTED) {
      b.append("<li class=\"muted\">")
          .append(html(m.get("label.more", blockers.size() - Reports.MAX_BLOCKERS_LISTED)))
          .append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void claims(StringBuilder b, FileAssessment f, Messages m) {
    if (f.claims().isEmpty()) {
      return;
    }
    b.append("<h3>")
        .append(html(m.get("label.claims")))
        .append("</h3>\n<table>\n<tr><th>")
        .append(html(m.get("label.line")))
        .append("</th><th>")
        .append(html(m.get("label.claim")))
        .append("</th><th>")
        .append(html(m.get("label.verdict")))
        .append("</th></tr>\n");
    for (ClaimCheck cc : f.claims()) {
      String verdictClass = cc.agrees() == null ? "muted" : cc.agrees() ? "holds" : "fails";
      String comparison = Reports.comparison(cc, m);
      b.append("<tr><td>")
          .append(cc.claim().line())
          .append("</td><td>")
          .append(
              html(
                  m.claimKind(cc.claim().kind()) + ": " + Reports.truncate(cc.claim().text(), 160)))
          .append("</td><td class=\"")
          .append(verdictClass)
          .append("\">")
          .append(html(Reports.claimVerdict(cc, m)));
      if (comparison != null) {
        b.append(" <span class=\"muted\">(").append(html(comparison)).append(")</span>");
      }
      b.append("</td></tr>\n");
    }
    b.append("</table>\n");
  }

  private static void item(StringBuilder b, FileAssessment f, int k, Messages m) {
    Item i = f.checklist().items().get(k);
    Reports.Outcome outcome = Reports.outcome(f, k);
    b.append("<li class=\"").append(outcome.name().toLowerCase(Locale.ROOT)).append('"');
    if (Reports.indent(i) > 0) {
      b.append(" style=\"padding-left:").append(1.5 * Reports.indent(i)).append("em\"");
    }
    b.append("><span title=\"")
        .append(html(m.state(i.state())))
        .append("\">")
        .append(Reports.symbol(i.state()))
        .append("</span> <span class=\"line\">:")
        .append(i.line())
        .append("</span> <span class=\"text\">")
        .append(html(i.text()))
        .append("</span>");
    List<String> tags = Reports.tags(f, k, m);
    if (!tags.isEmpty()) {
      b.append(" <span class=\"tags\">(").append(html(String.join(", ", tags))).append(")</span>");
    }
    b.append("</li>\n");
  }

  private static String badge(Verdict v, Messages m) {
    return "<span class=\"badge "
        + v.id().toLowerCase(Locale.ROOT)
        + "\">"
        + html(m.verdict(v))
        + "</span>";
  }
}
