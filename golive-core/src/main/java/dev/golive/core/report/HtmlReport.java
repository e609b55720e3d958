package dev.golive.core.report;

import static dev.golive.core.report.Reports.html;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Problem;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Reason;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One page that reads offline and on a phone: verdict and why first, then claims, a chart of done
 * items by section, and every item under its section. After an audit, a part per target: the ticks
 * the live system contradicts first, every item with its verdict, and each finding opening onto its
 * evidence. Nothing is loaded from elsewhere and no script runs; the page's own policy forbids
 * both, so even a missed escape could not fetch or run anything.
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

  /** Only audits need these: verdict and outcome colours, findings and their evidence. */
  private static final String AUDIT_STYLE =
      """
      .verdict{font-weight:600}
      .v-verified,.v-done_unclaimed,.o-pass{color:var(--go)}
      .v-contradicted,.v-open,.o-fail{color:var(--nogo)}
      .v-inconclusive,.o-warn,.o-error{color:var(--unsure)}
      .v-self_reported_done,.v-self_reported_open,.v-waived,.o-skipped{color:var(--muted)}
      .contradicted .text{color:var(--nogo);font-weight:600}
      ul.findings{list-style:none;margin:.1rem 0 .4rem 1.5rem;padding:0}
      .outcome{font-weight:600}
      summary{cursor:pointer}
      pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.85em;margin:.3rem 0;padding:.5rem;border-radius:.3em;background:rgba(127,127,127,.12)}
      """;

  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String paths =
        a.files().stream().map(f -> f.checklist().path()).collect(Collectors.joining(", "));
    head(b, m, m.verdict(a.verdict()) + " — " + paths + " — " + m.get("label.report"), STYLE);
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
      file(b, f, m, 2);
    }
    foot(b, m);
    out.write(b.toString());
    out.flush();
  }

  @Override
  public void write(AuditAssessment a, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    String targets = Reports.targetNames(a);
    head(
        b,
        m,
        m.verdict(a.verdict()) + " — " + targets + " — " + m.get("label.audit"),
        STYLE + AUDIT_STYLE);
    b.append("<h1>")
        .append(badge(a.verdict(), m))
        .append(' ')
        .append(html(m.get("label.audit")))
        .append("</h1>\n<ul>\n");
    for (String why : Reports.whyParts(a, m)) {
      b.append("<li>").append(html(why)).append("</li>\n");
    }
    b.append("</ul>\n");
    for (TargetAssessment t : a.targets()) {
      b.append("<section>\n<h2>")
          .append(badge(t.assessment().verdict(), m))
          .append(' ')
          .append(html(m.get("label.target") + " " + t.target()))
          .append("</h2>\n");
      for (FileAssessment f : t.assessment().files()) {
        file(b, f, m, 3);
      }
      b.append("</section>\n");
    }
    foot(b, m);
    out.write(b.toString());
    out.flush();
  }

  private static void head(StringBuilder b, Messages m, String title, String style) {
    b.append("<!DOCTYPE html>\n<html lang=\"")
        .append(m.lang().code())
        .append("\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"generator\" content=\"golive\">\n")
        .append("<title>")
        .append(html(title))
        .append("</title>\n<style>\n")
        .append(style)
        .append("</style>\n</head>\n<body>\n<main>\n");
  }

  private static void foot(StringBuilder b, Messages m) {
    b.append("<footer><p>").append(html(m.get("label.generated"))).append("</p></footer>\n");
    b.append("</main>\n</body>\n</html>\n");
  }

  /**
   * @param h the level of the file's heading; its parts take the next level, its sections the one
   *     after
   */
  private static void file(StringBuilder b, FileAssessment f, Messages m, int h) {
    Checklist c = f.checklist();
    b.append("<section>\n<h")
        .append(h)
        .append('>')
        .append(badge(f.verdict(), m))
        .append(' ')
        .append(html(c.path()));
    if (c.title() != null) {
      b.append(" — ").append(html(c.title()));
    }
    b.append("</h").append(h).append(">\n<ul>\n");
    for (Reason r : f.reasons()) {
      b.append("<li>").append(html(m.reason(r))).append("</li>\n");
    }
    b.append("</ul>\n<p class=\"muted\">").append(html(Reports.summary(f, m))).append("</p>\n");
    contradicted(b, f, m, h + 1);
    blockers(b, f, m, h + 1);
    problems(b, f, m, h + 1);
    claims(b, f, m, h + 1);
    String chart = SectionChart.svg(f, m);
    if (!chart.isEmpty()) {
      heading(b, h + 1, m.get("label.bySection")).append(chart);
    }
    for (Reports.Group g : Reports.groups(c)) {
      heading(b, h + 2, Reports.sectionName(g.section(), m));
      b.append("<ul class=\"items\">\n");
      for (int k : g.indexes()) {
        item(b, f, k, m);
      }
      b.append("</ul>\n");
    }
    b.append("</section>\n");
  }

  private static StringBuilder heading(StringBuilder b, int level, String text) {
    return b.append("<h")
        .append(level)
        .append('>')
        .append(html(text))
        .append("</h")
        .append(level)
        .append(">\n");
  }

  /** The headline of an audit: ticks the live system refutes, with the checks that refute them. */
  private static void contradicted(StringBuilder b, FileAssessment f, Messages m, int h) {
    List<Integer> contradicted = Reports.contradicted(f);
    if (contradicted.isEmpty()) {
      return;
    }
    heading(b, h, m.get("label.contradicted")).append("<ul class=\"items\">\n");
    for (int k : contradicted) {
      b.append("<li class=\"contradicted\">");
      itemLine(b, f.checklist().items().get(k), null, m);
      findings(b, Reports.decisive(Reports.findings(f, k)), m, false);
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }

  /** ":line text verdict (priority)", the verdict when there is one. */
  private static void itemLine(StringBuilder b, Item i, ItemVerdict v, Messages m) {
    b.append("<span class=\"line\">:")
        .append(i.line())
        .append("</span> <span class=\"text\">")
        .append(html(i.text()))
        .append("</span>");
    if (v != null) {
      b.append(' ').append(verdict(v, m));
    }
    if (i.priority() != null) {
      b.append(" <span class=\"tags\">(").append(i.priority().id()).append(")</span>");
    }
  }

  private static void problems(StringBuilder b, FileAssessment f, Messages m, int h) {
    if (f.problems().isEmpty()) {
      return;
    }
    heading(b, h, m.get("label.bindingProblems")).append("<ul>\n");
    for (Problem p : f.problems()) {
      String where = p.line() > 0 ? p.file() + ":" + p.line() : p.file();
      b.append("<li><code>")
          .append(html(where))
          .append("</code> ")
          .append(html(p.message()))
          .append("</li>\n");
    }
    b.append("</ul>\n");
  }

  /**
   * The findings as a list, each opening onto its evidence.
   *
   * @param evidence whether to fold the evidence under each finding
   */
  private static void findings(
      StringBuilder b, List<Finding> findings, Messages m, boolean evidence) {
    if (findings.isEmpty()) {
      return;
    }
    b.append("\n<ul class=\"findings\">\n");
    for (Finding f : findings) {
      StringBuilder line = new StringBuilder();
      line.append("<span class=\"outcome o-")
          .append(f.outcome().id())
          .append("\">")
          .append(f.outcome().id())
          .append("</span> <code>")
          .append(html(f.check()))
          .append("</code> ")
          .append(html(f.message()))
          .append(" <span class=\"muted\">(")
          .append(html(Reports.duration(f.durationMs(), m)))
          .append(")</span>");
      b.append("<li>");
      if (evidence && !f.evidence().isEmpty()) {
        b.append("<details><summary>")
            .append(line)
            .append("</summary>\n<pre>")
            .append(html(Reports.json(f.evidence(), true)))
            .append("</pre></details>");
      } else {
        b.append(line);
      }
      b.append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void blockers(StringBuilder b, FileAssessment f, Messages m, int h) {
    List<Integer> blockers = Reports.blockers(f);
    if (blockers.isEmpty()) {
      return;
    }
    heading(b, h, m.get("label.blockers")).append("<ul class=\"items\">\n");
    for (int k : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
      b.append("<li class=\"blocking_open\">");
      itemLine(b, f.checklist().items().get(k), Reports.verdict(f, k), m);
      b.append("</li>\n");
    }
    if (blockers.size() > Reports.MAX_BLOCKERS_LISTED) {
      b.append("<li class=\"muted\">")
          .append(html(m.get("label.more", blockers.size() - Reports.MAX_BLOCKERS_LISTED)))
          .append("</li>\n");
    }
    b.append("</ul>\n");
  }

  private static void claims(StringBuilder b, FileAssessment f, Messages m, int h) {
    if (f.claims().isEmpty()) {
      return;
    }
    heading(b, h, m.get("label.claims"))
        .append("<table>\n<tr><th>")
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
    ItemAudit audit = f.audit(k);
    if (audit != null) {
      b.append(' ').append(verdict(audit.verdict(), m));
    }
    List<String> tags = Reports.tags(f, k, m);
    if (!tags.isEmpty()) {
      b.append(" <span class=\"tags\">(").append(html(String.join(", ", tags))).append(")</span>");
    }
    if (audit != null) {
      if (audit.waiver() != null) {
        b.append("\n<div class=\"muted\">")
            .append(html(Reports.waiver(audit.waiver(), m)))
            .append("</div>");
      }
      findings(b, audit.findings(), m, true);
    }
    b.append("</li>\n");
  }

  private static String verdict(ItemVerdict v, Messages m) {
    return "<span class=\"verdict v-" + v.id() + "\">" + html(m.itemVerdict(v)) + "</span>";
  }

  private static String badge(Verdict v, Messages m) {
    return "<span class=\"badge "
        + v.id().toLowerCase(Locale.ROOT)
        + "\">"
        + html(m.verdict(v))
        + "</span>";
  }
}
