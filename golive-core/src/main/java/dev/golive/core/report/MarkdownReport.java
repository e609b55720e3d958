package dev.golive.core.report;

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
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull-request comment: the verdict and why on the first line, a short table per file, what
 * blocks and which claims do not hold, and every item folded away under {@code <details>}. After an
 * audit, a part per target; each file names the ticks the live system contradicts first, and folds
 * away every item's verdict and what its checks found, evidence and all.
 */
public final class MarkdownReport implements ReportWriter {
  /** Evidence strings are cut to this length: a pull-request comment has little room. */
  static final int MAX_STRING = 300;

  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("**").append(escape(m.verdict(a.verdict()))).append("**");
    String why = Reports.why(a, m);
    if (!why.isEmpty()) {
      b.append(" — ").append(escape(why));
    }
    if (a.files().size() == 1) {
      b.append(" · ").append(m.get("label.score")).append(' ');
      b.append(Reports.score(a.files().get(0).score()));
    }
    b.append("\n\n");
    for (FileAssessment f : a.files()) {
      file(b, f, m, a.files().size() > 1);
    }
    b.append("<sub>").append(escape(m.get("label.generated"))).append("</sub>\n");
    out.write(b.toString());
    out.flush();
  }

  @Override
  public void write(AuditAssessment a, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append("**").append(escape(m.verdict(a.verdict()))).append("**");
    String why = Reports.why(a, m);
    if (!why.isEmpty()) {
      b.append(" — ").append(escape(why));
    }
    b.append("\n\n");
    for (TargetAssessment t : a.targets()) {
      b.append("## ")
          .append(escape(m.get("label.target")))
          .append(' ')
          .append(code(t.target()))
          .append(": ")
          .append(escape(m.verdict(t.assessment().verdict())))
          .append("\n\n");
      for (FileAssessment f : t.assessment().files()) {
        file(b, f, m, true);
      }
    }
    b.append("<sub>").append(escape(m.get("label.generated"))).append("</sub>\n");
    out.write(b.toString());
    out.flush();
  }

  /**
   * @param reasons whether to list the file's reasons, which the first line does not give
   */
  private static void file(StringBuilder b, FileAssessment f, Messages m, boolean reasons) {
    Checklist c = f.checklist();
    b.append("### ").append(code(c.path()));
    if (c.title() != null) {
      b.append(" — ").append(escape(c.title()));
    }
    b.append("\n\n");
    if (reasons) {
      for (Reason r : f.reasons()) {
        b.append("- ").append(escape(m.reason(r))).append('\n');
      }
      b.append('\n');
    }
    String encoding =
        c.repair() == null
            ? c.encoding()
            : c.encoding() + ", " + m.get("label.repaired", c.repair().id());
    row(
        b,
        m.get("label.verdict"),
        m.get("label.score"),
        m.get("label.items"),
        m.get("label.done"),
        m.get("label.openBlockers"),
        m.get("label.encoding"));
    b.append("|---|---:|---:|---:|---:|---|\n");
    row(
        b,
        "**" + escape(m.verdict(f.verdict())) + "**",
        Reports.score(f.score()),
        String.valueOf(c.items().size()),
        String.valueOf(Reports.done(f)),
        String.valueOf(f.blockers().size()),
        escape(encoding));
    b.append('\n');
    contradicted(b, f, m);
    blockers(b, f, m);
    problems(b, f, m);
    claims(b, f, m);
    items(b, f, m);
    findings(b, f, m);
  }

  /** The headline of an audit: ticks the live system refutes, with the checks that refute them. */
  private static void contradicted(StringBuilder b, FileAssessment f, Messages m) {
    List<Integer> contradicted = Reports.contradicted(f);
    if (contradicted.isEmpty()) {
      return;
    }
    b.append("**").append(escape(m.get("label.contradicted"))).append("**\n\n");
    for (int k : contradicted) {
      b.append("- ");
      itemRef(b, f, k);
      for (Finding finding : Reports.decisive(Reports.findings(f, k))) {
        b.append(" — ").append(code(finding.check())).append(": ");
        b.append(escape(finding.message()));
      }
      b.append('\n');
    }
    b.append('\n');
  }

  /** "`path:line` text (priority)". */
  private static void itemRef(StringBuilder b, FileAssessment f, int k) {
    Item i = f.checklist().items().get(k);
    b.append(code(f.checklist().path() + ":" + i.line())).append(' ').append(escape(i.text()));
    if (i.priority() != null) {
      b.append(" (").append(i.priority().id()).append(')');
    }
  }

  private static void problems(StringBuilder b, FileAssessment f, Messages m) {
    if (f.problems().isEmpty()) {
      return;
    }
    b.append("**").append(escape(m.get("label.bindingProblems"))).append("**\n\n");
    for (Problem p : f.problems()) {
      String where = p.line() > 0 ? p.file() + ":" + p.line() : p.file();
      b.append("- ").append(code(where)).append(' ').append(escape(p.message())).append('\n');
    }
    b.append('\n');
  }

  /** Every finding of the file, item by item, each with its evidence folded away. */
  private static void findings(StringBuilder b, FileAssessment f, Messages m) {
    if (!f.audited()) {
      return;
    }
    int count = f.audits().stream().mapToInt(a -> a.findings().size()).sum();
    b.append("<details>\n<summary>");
    b.append(Reports.html(m.get("label.findings", count)));
    b.append("</summary>\n\n");
    for (int k = 0; k < f.audits().size(); k++) {
      ItemAudit audit = f.audit(k);
      if (audit.findings().isEmpty() && audit.waiver() == null) {
        continue;
      }
      b.append("**");
      itemRef(b, f, k);
      b.append(" — ").append(escape(m.itemVerdict(audit.verdict()))).append("**\n\n");
      if (audit.waiver() != null) {
        b.append(escape(Reports.waiver(audit.waiver(), m))).append("\n\n");
      }
      for (Finding finding : audit.findings()) {
        b.append(code(finding.check()))
            .append(" **")
            .append(finding.outcome().id())
            .append("** · ")
            .append(escape(Reports.duration(finding.durationMs(), m)))
            .append(" — ")
            .append(escape(finding.message()))
            .append("\n\n");
        if (!finding.evidence().isEmpty()) {
          b.append("<details>\n<summary>")
              .append(Reports.html(m.get("label.evidence")))
              .append("</summary>\n\n")
              .append(
                  fence(
                      Reports.json(Reports.cutStrings(finding.evidence(), MAX_STRING), true),
                      "json"))
              .append("\n</details>\n\n");
        }
      }
    }
    b.append("</details>\n\n");
  }

  private static void blockers(StringBuilder b, FileAssessment f, Messages m) {
    List<Integer> blockers = Reports.blockers(f);
    if (blockers.isEmpty()) {
      return;
    }
    b.append("**").append(escape(m.get("label.blockers"))).append("**\n\n");
    for (int k : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
      b.append("- ");
      itemRef(b, f, k);
      ItemVerdict v = Reports.verdict(f, k);
      if (v != null) {
        b.append(" — ").append(escape(m.itemVerdict(v)));
      }
      b.append('\n');
    }
    if (blockers.size() > Reports.MAX_BLOCKERS_LISTED) {
      b.append("- ");
      b.append(escape(m.get("label.more", blockers.size() - Reports.MAX_BLOCKERS_LISTED)));
      b.append('\n');
    }
    b.append('\n');
  }

  private static void claims(StringBuilder b, FileAssessment f, Messages m) {
    List<ClaimCheck> wrong = f.claims().stream().filter(Reports::contradicted).toList();
    if (wrong.isEmpty()) {
      return;
    }
    b.append("**").append(escape(m.get("label.claimsNotHolding"))).append("**\n\n");
    for (ClaimCheck cc : wrong) {
      b.append("- ").append(code(f.checklist().path() + ":" + cc.claim().line())).append(' ');
      b.append(
          escape(m.claimKind(cc.claim().kind()) + ": " + Reports.truncate(cc.claim().text(), 120)));
      String comparison = Reports.comparison(cc, m);
      if (comparison != null) {
        b.append(" — ").append(escape(comparison));
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static void items(StringBuilder b, FileAssessment f, Messages m) {
    List<Item> items = f.checklist().items();
    if (items.isEmpty()) {
      return;
    }
    b.append("<details>\n<summary>");
    b.append(Reports.html(m.get("label.allItems", items.size())));
    b.append("</summary>\n\n");
    for (Reports.Group g : Reports.groups(f.checklist())) {
      b.append("**").append(escape(Reports.sectionName(g.section(), m))).append("**\n\n");
      List<String> head =
          new ArrayList<>(
              List.of(
                  m.get("label.line"),
                  m.get("label.state"),
                  m.get("label.item"),
                  m.get("label.priority")));
      if (f.audited()) {
        head.add(m.get("label.verdict"));
      }
      row(b, head);
      b.append("|---:|---|---|---|").append(f.audited() ? "---|" : "").append('\n');
      for (int k : g.indexes()) {
        Item i = items.get(k);
        List<String> cells =
            new ArrayList<>(
                List.of(
                    String.valueOf(i.line()),
                    Reports.symbol(i.state()) + " " + escape(m.state(i.state())),
                    "&emsp;".repeat(Reports.indent(i)) + escape(i.text()),
                    escape(String.join(", ", Reports.tags(f, k, m)))));
        if (f.audited()) {
          cells.add(escape(m.itemVerdict(f.audit(k).verdict())));
        }
        row(b, cells);
      }
      b.append('\n');
    }
    b.append("</details>\n\n");
  }

  private static void row(StringBuilder b, String... cells) {
    row(b, List.of(cells));
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append('|');
    for (String cell : cells) {
      b.append(' ').append(cell).append(" |");
    }
    b.append('\n');
  }

  /**
   * Text that reads as itself in GitHub Markdown: no emphasis, links, code, headings, raw HTML or
   * table cells can start inside it, and it stays on one line.
   */
  static String escape(String s) {
    String safe = Reports.xmlSafe(s);
    StringBuilder b = new StringBuilder(safe.length() + 8);
    for (int i = 0; i < safe.length(); i++) {
      char ch = safe.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '\r', '\n' -> b.append(' ');
        case '\\', '`', '*', '_', '[', ']', '|', '#', '~' -> b.append('\\').append(ch);
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * A fenced code block that nothing inside {@code s} can close early, for text that may span
   * lines.
   */
  static String fence(String s, String info) {
    String safe = Reports.xmlSafe(s);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < safe.length(); i++) {
      run = safe.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + info + "\n" + safe + "\n" + fence + "\n";
  }

  /** A code span that no backtick inside {@code s} can close early. Not for table cells. */
  static String code(String s) {
    String flat = Reports.xmlSafe(s).replace('\r', ' ').replace('\n', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return fence + pad + flat + pad + fence;
  }
}
