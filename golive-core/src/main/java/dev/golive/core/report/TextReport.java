package dev.golive.core.report;

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

/** The terminal report: verdict and why first, then claims, then items grouped by section. */
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
    List<Item> blockers = f.blockers();
    if (!blockers.isEmpty()) {
      b.append(bold(m.get("label.blockers"))).append('\n');
      for (Item i : blockers.subList(0, Math.min(blockers.size(), Reports.MAX_BLOCKERS_LISTED))) {
        b.append("  ").append(paint(RED, Reports.mark(i))).append(' ');
        b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
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
        Item i = c.items().get(k);
        b.append("  ".repeat(Math.max(1, i.depth())));
        b.append(paint(stateColor(i, f.isBlocking(k)), Reports.mark(i))).append(' ');
        b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
        List<String> tags = Reports.tags(f, k, m);
        if (!tags.isEmpty()) {
          b.append(dim(" (" + String.join(", ", tags) + ")"));
        }
        b.append('\n');
      }
    }
    b.append('\n');
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
