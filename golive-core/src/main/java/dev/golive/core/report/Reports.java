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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What every report says the same way, so that the formats cannot drift apart. */
final class Reports {
  /** Summaries name this many blockers; every item still appears under its section. */
  static final int MAX_BLOCKERS_LISTED = 15;

  private Reports() {}

  /** What an item means for the launch, as every report sorts it. */
  enum Outcome {
    DONE("done"),
    BLOCKING_OPEN("blocking_open"),
    OPEN("open"),
    POST_LAUNCH("post_launch"),
    NOT_APPLICABLE("not_applicable");

    private final String id;

    Outcome(String id) {
      this.id = id;
    }

    String text(Messages m) {
      return m.get("outcome." + id);
    }
  }

  static Outcome outcome(FileAssessment f, int index) {
    Item item = f.checklist().items().get(index);
    if (item.state() == State.DONE) {
      return Outcome.DONE;
    }
    if (item.state() == State.NOT_APPLICABLE) {
      return Outcome.NOT_APPLICABLE;
    }
    if (item.phase() == Phase.POST_LAUNCH) {
      return Outcome.POST_LAUNCH;
    }
    return f.isBlocking(index) ? Outcome.BLOCKING_OPEN : Outcome.OPEN;
  }

  /** Consecutive items under one heading path; {@code indexes} point into the checklist's items. */
  record Group(List<String> section, List<Integer> indexes) {}

  /** Items grouped as the document runs: a heading that comes back starts a new group. */
  static List<Group> groups(Checklist c) {
    List<Group> groups = new ArrayList<>();
    List<Item> items = c.items();
    for (int k = 0; k < items.size(); k++) {
      List<String> section = items.get(k).section();
      if (groups.isEmpty() || !Objects.equals(groups.getLast().section(), section)) {
        groups.add(new Group(section, new ArrayList<>()));
      }
      groups.getLast().indexes().add(k);
    }
    return groups;
  }

  static String sectionName(List<String> section, Messages m) {
    return section.isEmpty() ? m.get("label.noSection") : String.join(" › ", section);
  }

  /** Priority, "blocking" while not done, "after launch": the notes beside an item. */
  static List<String> tags(FileAssessment f, int index, Messages m) {
    Item i = f.checklist().items().get(index);
    List<String> tags = new ArrayList<>();
    if (i.priority() != null) {
      tags.add(i.priority().id());
    }
    if (outcome(f, index) == Outcome.BLOCKING_OPEN) {
      tags.add(m.get("label.blocking"));
    }
    if (i.phase() == Phase.POST_LAUNCH) {
      tags.add(m.get("label.postLaunch"));
    }
    return tags;
  }

  /** Levels to indent an item by, capped so that deep nesting cannot push text off a page. */
  static int indent(Item i) {
    return Math.clamp(i.depth() - 1L, 0, 6);
  }

  static String mark(Item i) {
    return switch (i.state()) {
      case DONE -> "[x]";
      case OPEN -> "[ ]";
      case IN_PROGRESS -> "[~]";
      case NOT_APPLICABLE -> "[-]";
    };
  }

  /** A state as a symbol for formats that show pictures rather than boxes. */
  static String symbol(State s) {
    return switch (s) {
      case DONE -> "✅";
      case OPEN -> "⬜";
      case IN_PROGRESS -> "⏳";
      case NOT_APPLICABLE -> "➖";
    };
  }

  static long done(Checklist c) {
    return c.items().stream().filter(i -> i.state() == State.DONE).count();
  }

  static String score(Double score) {
    return score == null ? "–" : String.format(Locale.ROOT, "%.1f", score);
  }

  /** "score 45.2 · 12 items · 5 done · encoding UTF-8", and the repair when there was one. */
  static String summary(FileAssessment f, Messages m) {
    Checklist c = f.checklist();
    String s =
        String.join(
            " · ",
            m.get("label.score") + " " + score(f.score()),
            c.items().size() + " " + m.get("label.items"),
            done(c) + " " + m.get("label.done"),
            m.get("label.encoding") + " " + c.encoding());
    return c.repair() == null ? s : s + " · " + m.get("label.repaired", c.repair().id());
  }

  /**
   * Why the run ended as it did: the reasons of the files that share the overall verdict, each
   * named by its path when there are several.
   */
  static String why(Assessment a, Messages m) {
    List<String> parts = new ArrayList<>();
    for (FileAssessment f : a.files()) {
      if (f.verdict() != a.verdict()) {
        continue;
      }
      for (Reason r : f.reasons()) {
        parts.add(a.files().size() > 1 ? f.checklist().path() + ": " + m.reason(r) : m.reason(r));
      }
    }
    return String.join("; ", parts);
  }

  static boolean contradicted(ClaimCheck cc) {
    return Boolean.FALSE.equals(cc.agrees());
  }

  static String claimVerdict(ClaimCheck cc, Messages m) {
    if (cc.agrees() == null) {
      return m.get("label.claim.unknown");
    }
    return cc.agrees() ? m.get("label.claim.agrees") : m.get("label.claim.disagrees");
  }

  /** "claimed GO, items say NO-GO", or {@code null} when there is nothing to compare with. */
  static String comparison(ClaimCheck cc, Messages m) {
    if (cc.actual() == null) {
      return null;
    }
    ClaimKind kind = cc.claim().kind();
    return m.get("label.claimed")
        + " "
        + claimValue(kind, cc.claim().value(), m)
        + ", "
        + m.get("label.actual")
        + " "
        + claimValue(kind, cc.actual(), m);
  }

  /**
   * A claim's value in its own terms: a verdict for readiness, a state for boxes, else a number.
   */
  static String claimValue(ClaimKind kind, double value, Messages m) {
    return switch (kind) {
      case READY -> m.verdict(value >= 50 ? Verdict.GO : Verdict.NO_GO);
      case MARKER -> m.state(value >= 50 ? State.DONE : State.OPEN);
      case PERCENT, HEADING -> number(value) + "%";
      case COUNT -> number(value);
    };
  }

  static String number(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
  }

  static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** Text for HTML or XML content and quoted attributes, without characters XML cannot carry. */
  static String html(String s) {
    String safe = xmlSafe(s);
    StringBuilder b = new StringBuilder(safe.length() + 16);
    for (int i = 0; i < safe.length(); i++) {
      char ch = safe.charAt(i);
      switch (ch) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(ch);
      }
    }
    return b.toString();
  }

  /**
   * {@code s} without the characters XML 1.0 cannot carry (most C0 controls, lone surrogates,
   * U+FFFE/U+FFFF); a checklist can hold them, a report that must parse cannot.
   */
  static String xmlSafe(String s) {
    if (s.codePoints().allMatch(Reports::xmlChar)) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(Reports::xmlChar).forEach(b::appendCodePoint);
    return b.toString();
  }

  private static boolean xmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
