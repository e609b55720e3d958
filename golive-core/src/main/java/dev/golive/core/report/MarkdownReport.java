package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Reason;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A pull-request comment: the verdict and why on the first line, a short table per file, what
 * blocks and which claims do not hold, and every item folded away under {@code <details>}.
 */
public final class MarkdownReport implements ReportWriter {
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

  private static void file(StringBuilder b, FileAssessment f, Messages m, boolean several) {
    Checklist c = f.checklist();
    b.append("### ").append(code(c.path()));
    if (c.title() != null) {
      b.append(" — ").append(escape(c.title()));
    }
    b.append("\n\n");
    if (several) {
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
    blockers(b, f, m);
    claims(b, f, m);
    items(b, f, m);
  }

  private static void blockers(StringBuilder b, FileAssessment f, Messages m) {
    List<Item> blockers = f.blockers();
    if (blockers.isEmpty()) {
      return;
    }
    b.append("**").append(escape(m.get("label.blockers"))).append("**\n\n");
    String path = f.checklist().path();
    for (Item i : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
      b.append("- ").append(code(path + ":" + i.line())).append(' ').append(escape(i.text()));
      if (i.priority() != null) {
        b.append(" (").append(i.priority().id()).append(')');
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
      row(
          b,
          m.get("label.line"),
          m.get("label.state"),
          m.get("label.item"),
          m.get("label.priority"));
      b.append("|---:|---|---|---|\n");
      for (int k : g.indexes()) {
        Item i = items.get(k);
        row(
            b,
            String.valueOf(i.line()),
            Reports.symbol(i.state()) + " " + escape(m.state(i.state())),
            "&emsp;".repeat(Reports.indent(i)) + escape(i.text()),
            escape(String.join(", ", Reports.tags(f, k, m))));
      }
      b.append('\n');
    }
    b.append("</details>\n\n");
  }

  private static void row(StringBuilder b, String... cells) {
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
