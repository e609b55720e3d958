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
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The terminal report: verdict and why first, then claims, then items grouped by section. After an
 * audit, each target gets its own part, which names the ticks the live system contradicts first and
 * shows every item's verdict with what its checks found.
 */
public final class TextReport implements ReportWriter {
  private final boolean color;

  public TextReport(boolean color) {
    this.color = color;
  }

  @Override
  public void write(Assessment assessment, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (FileAssessment f : assessment.files()) {
      file(b, f, m);
    }
    if (assessment.files().size() > 1) {
      b.append(paint(verdictColor(assessment.verdict()), bold(m.verdict(assessment.verdict()))))
          .append('\n');
    }
    out.write(b.toString());
    out.flush();
  }

  @Override
  public void write(AuditAssessment audit, Messages m, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(paint(verdictColor(audit.verdict()), bold(m.verdict(audit.verdict()))))
        .append("  ")
        .append(m.get("label.audit"))
        .append(": ")
        .append(Reports.targetNames(audit))
        .append('\n');
    for (String why : Reports.whyParts(audit, m)) {
      b.append("  ").append(why).append('\n');
    }
    b.append('\n');
    for (TargetAssessment t : audit.targets()) {
      Verdict v = t.assessment().verdict();
      b.append(bold("━━ " + m.get("label.target") + " " + t.target() + ": "))
          .append(paint(verdictColor(v), bold(m.verdict(v))))
          .append(bold(" ━━"))
          .append("\n\n");
      for (FileAssessment f : t.assessment().files()) {
        file(b, f, m);
      }
    }
    out.write(b.toString());
    out.flush();
  }

  private void file(StringBuilder b, FileAssessment f, Messages m) {
    Checklist c = f.checklist();
    b.append(paint(verdictColor(f.verdict()), bold(m.verdict(f.verdict()))))
        .append("  ")
        .append(c.path());
    if (c.title() != null) {
      b.append(" — ").append(c.title());
    }
    b.append('\n');
    for (Reason r : f.reasons()) {
      b.append("  ").append(m.reason(r)).append('\n');
    }
    b.append("  ").append(Reports.summary(f, m)).append("\n\n");
    contradicted(b, f, m);
    List<Integer> blockers = Reports.blockers(f);
    if (!blockers.isEmpty()) {
      b.append(bold(m.get("label.blockers"))).append('\n');
      for (int k : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
        Item i = c.items().get(k);
        b.append("  ").append(paint(RED, Reports.mark(i))).append(' ');
        b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
        ItemVerdict v = Reports.verdict(f, k);
        if (v != null) {
          b.append(" — ").append(paint(verdictColor(v), m.itemVerdict(v)));
        }
        if (i.priority() != null) {
          b.append(dim(" (" + i.priority().id() + ")"));
        }
        b.append('\n');
      }
      if (blockers.size() > Reports.MAX_BLOCKERS_LISTED) {
        b.append("  ")
            .append(dim(m.get("label.more", blockers.size() - Reports.MAX_BLOCKERS_LISTED)))
            .append('\n');
      }
      b.append('\n');
    }
    problems(b, f, m);
    if (!f.claims().isEmpty()) {
      b.append(bold(m.get("label.claims"))).append('\n');
      for (ClaimCheck cc : f.claims()) {
        String colour = cc.agrees() == null ? DIM : cc.agrees() ? GREEN : RED;
        b.append("  ")
            .append(String.format(Locale.ROOT, ":%-5d", cc.claim().line()))
            .append(m.claimKind(cc.claim().kind()))
            .append(": ")
            .append(Reports.truncate(cc.claim().text(), 70))
            .append(" — ")
            .append(paint(colour, Reports.claimVerdict(cc, m)));
        String comparison = Reports.comparison(cc, m);
        if (comparison != null) {
          b.append(dim(" (" + comparison + ")"));
        }
        b.append('\n');
      }
      b.append('\n');
    }
    for (Reports.Group g : Reports.groups(c)) {
      b.append(bold(Reports.sectionName(g.section(), m))).append('\n');
      for (int k : g.indexes()) {
        item(b, f, k, m);
      }
    }
    b.append('\n');
  }

  /** The headline of an audit: ticks the live system refutes, with the checks that refute them. */
  private void contradicted(StringBuilder b, FileAssessment f, Messages m) {
    List<Integer> contradicted = Reports.contradicted(f);
    if (contradicted.isEmpty()) {
      return;
    }
    b.append(paint(RED, bold(m.get("label.contradicted")))).append('\n');
    for (int k : contradicted) {
      Item i = f.checklist().items().get(k);
      b.append("  ").append(paint(RED, Reports.mark(i))).append(' ');
      b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
      if (i.priority() != null) {
        b.append(dim(" (" + i.priority().id() + ")"));
      }
      b.append('\n');
      for (Finding finding : Reports.decisive(Reports.findings(f, k))) {
        b.append("         ").append(findingLine(finding, m)).append('\n');
      }
    }
    b.append('\n');
  }

  private void problems(StringBuilder b, FileAssessment f, Messages m) {
    if (f.problems().isEmpty()) {
      return;
    }
    b.append(bold(m.get("label.bindingProblems"))).append('\n');
    for (Problem p : f.problems()) {
      b.append("  ").append(paint(YELLOW, p.oneLine())).append('\n');
    }
    b.append('\n');
  }

  private void item(StringBuilder b, FileAssessment f, int k, Messages m) {
    Item i = f.checklist().items().get(k);
    ItemAudit audit = f.audit(k);
    String indent = "  ".repeat(Math.max(1, i.depth()));
    b.append(indent);
    String markColor =
        audit == null ? stateColor(i, f.isBlocking(k)) : verdictColor(audit.verdict(), i);
    b.append(paint(markColor, Reports.mark(i))).append(' ');
    b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
    if (audit != null) {
      b.append(" — ").append(paint(markColor, m.itemVerdict(audit.verdict())));
    }
    List<String> tags = Reports.tags(f, k, m);
    if (!tags.isEmpty()) {
      b.append(dim(" (" + String.join(", ", tags) + ")"));
    }
    b.append('\n');
    if (audit == null) {
      return;
    }
    String under = indent + "       ";
    if (audit.waiver() != null) {
      b.append(under).append(dim(Reports.waiver(audit.waiver(), m))).append('\n');
    }
    for (Finding finding : audit.findings()) {
      b.append(under).append(findingLine(finding, m)).append('\n');
      for (String fact : Reports.facts(finding.evidence(), m)) {
        b.append(under).append("    ").append(dim(fact)).append('\n');
      }
    }
  }

  /** "fail http.hsts https://shop.test/ sends no HSTS header (123 ms)", the outcome coloured. */
  private String findingLine(Finding f, Messages m) {
    String outcome = String.format(Locale.ROOT, "%-7s", f.outcome().id());
    return paint(outcomeColor(f.outcome()), outcome)
        + " "
        + f.check()
        + "  "
        + Reports.oneLine(f.message())
        + dim(" (" + Reports.duration(f.durationMs(), m) + ")");
  }

  private static final String RED = "31";
  private static final String GREEN = "32";
  private static final String YELLOW = "33";
  private static final String DIM = "2";

  private static String verdictColor(Verdict v) {
    return switch (v) {
      case GO -> GREEN;
      case NO_GO -> RED;
      case INCONCLUSIVE -> YELLOW;
    };
  }

  private static String verdictColor(ItemVerdict v) {
    return switch (v) {
      case VERIFIED, DONE_UNCLAIMED -> GREEN;
      case CONTRADICTED, OPEN -> RED;
      case INCONCLUSIVE -> YELLOW;
      case SELF_REPORTED_DONE, SELF_REPORTED_OPEN, WAIVED -> DIM;
    };
  }

  /** An item's colour after an audit: its verdict's, dimmed when it does not count. */
  private static String verdictColor(ItemVerdict v, Item i) {
    return i.applies() ? verdictColor(v) : DIM;
  }

  private static String outcomeColor(dev.golive.core.model.Outcome o) {
    return switch (o) {
      case PASS -> GREEN;
      case FAIL -> RED;
      case WARN, ERROR -> YELLOW;
      case SKIPPED -> DIM;
    };
  }

  private static String stateColor(Item i, boolean blocking) {
    if (!i.applies()) {
      return DIM;
    }
    return switch (i.state()) {
      case DONE -> GREEN;
      case IN_PROGRESS -> YELLOW;
      case OPEN -> blocking ? RED : YELLOW;
      case NOT_APPLICABLE -> DIM;
    };
  }

  private String paint(String code, String s) {
    return color ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
  }

  private String bold(String s) {
    return color ? "\u001b[1m" + s + "\u001b[22m" : s;
  }

  private String dim(String s) {
    return paint(DIM, s);
  }
}
