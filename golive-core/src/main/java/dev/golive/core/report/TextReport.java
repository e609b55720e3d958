package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Item;
import dev.golive.core.model.Phase;
import dev.golive.core.model.State;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.Reason;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** The terminal report: verdict and why first, then claims, then items grouped by section. */
public final class TextReport implements ReportWriter {
  /** The summary names this many blockers; every item still appears under its section. */
  private static final int MAX_BLOCKERS_LISTED = 15;

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
    long done = c.items().stream().filter(i -> i.state() == State.DONE).count();
    b.append("  ")
        .append(m.get("label.score"))
        .append(' ')
        .append(f.score() == null ? "–" : String.format(Locale.ROOT, "%.1f", f.score()))
        .append(" · ")
        .append(c.items().size())
        .append(' ')
        .append(m.get("label.items"))
        .append(" · ")
        .append(done)
        .append(' ')
        .append(m.get("label.done"))
        .append(" · ")
        .append(m.get("label.encoding"))
        .append(' ')
        .append(c.encoding());
    if (c.repair() != null) {
      b.append(" · ").append(m.get("label.repaired", c.repair().id()));
    }
    b.append("\n\n");
    List<Item> blockers = f.blockers();
    if (!blockers.isEmpty()) {
      b.append(bold(m.get("label.blockers"))).append('\n');
      for (Item i : blockers.subList(0, Math.min(blockers.size(), MAX_BLOCKERS_LISTED))) {
        b.append("  ").append(paint(RED, mark(i))).append(' ');
        b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
        if (i.priority() != null) {
          b.append(dim(" (" + i.priority().id() + ")"));
        }
        b.append('\n');
      }
      if (blockers.size() > MAX_BLOCKERS_LISTED) {
        b.append("  ").append(dim(m.get("label.more", blockers.size() - MAX_BLOCKERS_LISTED))).append('\n');
      }
      b.append('\n');
    }
    if (!f.claims().isEmpty()) {
      b.append(bold(m.get("label.claims"))).append('\n');
      for (ClaimCheck cc : f.claims()) {
        String verdict =
            cc.agrees() == null
                ? m.get("label.claim.unknown")
                : cc.agrees() ? m.get("label.claim.agrees") : m.get("label.claim.disagrees");
        String colour = cc.agrees() == null ? DIM : cc.agrees() ? GREEN : RED;
        b.append("  ")
            .append(String.format(Locale.ROOT, ":%-5d", cc.claim().line()))
            .append(m.claimKind(cc.claim().kind()))
            .append(": ")
            .append(truncate(cc.claim().text(), 70))
            .append(" — ")
            .append(paint(colour, verdict));
        if (cc.actual() != null) {
          b.append(dim(String.format(Locale.ROOT, " (%s %s, %s %s)",
              m.get("label.claimed"), claimValue(cc.claim().kind(), cc.claim().value(), m),
              m.get("label.actual"), claimValue(cc.claim().kind(), cc.actual(), m))));
        }
        b.append('\n');
      }
      b.append('\n');
    }
    List<String> current = null;
    List<Item> items = c.items();
    for (int k = 0; k < items.size(); k++) {
      Item i = items.get(k);
      if (!Objects.equals(i.section(), current)) {
        current = i.section();
        String heading = current.isEmpty() ? m.get("label.noSection") : String.join(" › ", current);
        b.append(bold(heading)).append('\n');
      }
      b.append("  ".repeat(Math.max(1, i.depth())));
      b.append(paint(stateColor(i, f.isBlocking(k)), mark(i))).append(' ');
      b.append(String.format(Locale.ROOT, ":%-5d", i.line())).append(i.text());
      StringBuilder tags = new StringBuilder();
      if (i.priority() != null) {
        tags.append(i.priority().id());
      }
      if (f.isBlocking(k) && i.state() != State.DONE) {
        tags.append(tags.isEmpty() ? "" : ", ").append(m.get("label.blocking"));
      }
      if (i.phase() == Phase.POST_LAUNCH) {
        tags.append(tags.isEmpty() ? "" : ", ").append(m.get("label.postLaunch"));
      }
      if (!tags.isEmpty()) {
        b.append(dim(" (" + tags + ")"));
      }
      b.append('\n');
    }
    b.append('\n');
  }

  private static String mark(Item i) {
    return switch (i.state()) {
      case DONE -> "[x]";
      case OPEN -> "[ ]";
      case IN_PROGRESS -> "[~]";
      case NOT_APPLICABLE -> "[-]";
    };
  }

  /** A claim's value in its own terms: a verdict for readiness, a state for boxes, else a number. */
  private static String claimValue(ClaimKind kind, double value, Messages m) {
    return switch (kind) {
      case READY -> m.verdict(value >= 50 ? Verdict.GO : Verdict.NO_GO);
      case MARKER -> m.state(value >= 50 ? State.DONE : State.OPEN);
      case PERCENT, HEADING -> number(value) + "%";
      case COUNT -> number(value);
    };
  }

  private static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
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
