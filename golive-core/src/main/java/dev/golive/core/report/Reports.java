package dev.golive.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Phase;
import dev.golive.core.model.State;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Reason;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

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

  /** Sorts the item by its tick, or after an audit by its verdict. */
  static Outcome outcome(FileAssessment f, int index) {
    Item item = f.checklist().items().get(index);
    if (f.isDone(index)) {
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

  /** Items that count as done: ticked, or after an audit, done by their verdict. */
  static long done(FileAssessment f) {
    return IntStream.range(0, f.checklist().items().size()).filter(f::isDone).count();
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
            done(f) + " " + m.get("label.done"),
            m.get("label.encoding") + " " + c.encoding());
    return c.repair() == null ? s : s + " · " + m.get("label.repaired", c.repair().id());
  }

  /**
   * Why the run ended as it did: the reasons of the files that share the overall verdict, each
   * named by its path when there are several.
   */
  static String why(Assessment a, Messages m) {
    return String.join("; ", whyParts(a, m));
  }

  static List<String> whyParts(Assessment a, Messages m) {
    List<String> parts = new ArrayList<>();
    for (FileAssessment f : a.files()) {
      if (f.verdict() != a.verdict()) {
        continue;
      }
      for (Reason r : f.reasons()) {
        parts.add(a.files().size() > 1 ? f.checklist().path() + ": " + m.reason(r) : m.reason(r));
      }
    }
    return parts;
  }

  /**
   * Why the audit ended as it did: the reasons of the targets that share the overall verdict, each
   * named by its target when there are several.
   */
  static List<String> whyParts(AuditAssessment a, Messages m) {
    List<String> parts = new ArrayList<>();
    for (TargetAssessment t : a.targets()) {
      if (t.assessment().verdict() != a.verdict()) {
        continue;
      }
      for (String part : whyParts(t.assessment(), m)) {
        parts.add(a.targets().size() > 1 ? t.target() + ": " + part : part);
      }
    }
    return parts;
  }

  static String why(AuditAssessment a, Messages m) {
    return String.join("; ", whyParts(a, m));
  }

  /** The targets by name, as a report's title names them. */
  static String targetNames(AuditAssessment a) {
    return String.join(", ", a.targets().stream().map(TargetAssessment::target).toList());
  }

  /** What the audit found for the item, or {@code null} when it was not audited. */
  static ItemVerdict verdict(FileAssessment f, int index) {
    ItemAudit audit = f.audit(index);
    return audit == null ? null : audit.verdict();
  }

  /** The findings of the item, empty when it was not audited. */
  static List<Finding> findings(FileAssessment f, int index) {
    ItemAudit audit = f.audit(index);
    return audit == null ? List.of() : audit.findings();
  }

  /** The items {@link FileAssessment#blockers()} lists, as indexes into the items. */
  static List<Integer> blockers(FileAssessment f) {
    return IntStream.range(0, f.checklist().items().size())
        .filter(i -> f.isBlocking(i) && !f.isDone(i))
        .boxed()
        .toList();
  }

  /** Ticked items the live system contradicts, as indexes into the items, in document order. */
  static List<Integer> contradicted(FileAssessment f) {
    return IntStream.range(0, f.checklist().items().size())
        .filter(i -> verdict(f, i) == ItemVerdict.CONTRADICTED)
        .boxed()
        .toList();
  }

  /** The findings that refute a tick or leave an item undecided: fails, then errors. */
  static List<Finding> decisive(List<Finding> findings) {
    List<Finding> fails =
        findings.stream().filter(f -> f.outcome() == dev.golive.core.model.Outcome.FAIL).toList();
    return fails.isEmpty()
        ? findings.stream().filter(f -> f.outcome() == dev.golive.core.model.Outcome.ERROR).toList()
        : fails;
  }

  static String duration(long ms, Messages m) {
    return m.get("label.duration", String.valueOf(ms));
  }

  /** "fail http.hsts — https://shop.test/ sends no Strict-Transport-Security header (120 ms)". */
  static String finding(Finding f, Messages m) {
    return f.outcome().id()
        + " "
        + f.check()
        + " — "
        + oneLine(f.message())
        + " ("
        + duration(f.durationMs(), m)
        + ")";
  }

  /** Evidence fields shown in a compact report; the rest are counted. */
  static final int MAX_FACTS = 6;

  /** Width an evidence value is cut to in a compact report. */
  static final int FACT_WIDTH = 100;

  /**
   * The evidence as a few key facts: one {@code name: value} line per top-level field, strings as
   * they are, anything else as compact JSON, each cut to a line's width.
   */
  static List<String> facts(Map<String, Object> evidence, Messages m) {
    List<String> lines = new ArrayList<>();
    // nulls and empty lists say nothing in a compact report; the JSON keeps them
    List<Map.Entry<String, Object>> telling =
        evidence.entrySet().stream().filter(e -> !empty(e.getValue())).toList();
    for (Map.Entry<String, Object> e : telling) {
      if (lines.size() == MAX_FACTS) {
        lines.add(m.get("label.moreFields", telling.size() - MAX_FACTS));
        break;
      }
      Object v = e.getValue();
      String value = v instanceof String s ? oneLine(s) : json(v, false);
      lines.add(truncate(e.getKey() + ": " + value, FACT_WIDTH));
    }
    return lines;
  }

  private static boolean empty(Object v) {
    return v == null
        || (v instanceof java.util.Collection<?> c && c.isEmpty())
        || (v instanceof Map<?, ?> mv && mv.isEmpty());
  }

  /** "waived: restore drill booked · by ops@shop.test · until 2031-03-31". */
  static String waiver(Waiver w, Messages m) {
    List<String> parts = new ArrayList<>();
    if (w.reason() != null && !w.reason().isBlank()) {
      parts.add(oneLine(w.reason()));
    }
    if (w.owner() != null && !w.owner().isBlank()) {
      parts.add(m.get("label.waiver.by", w.owner()));
    }
    if (w.until() != null) {
      parts.add(m.get("label.waiver.until", w.until().toString()));
    }
    String waived = m.get("label.waived");
    return parts.isEmpty() ? waived : waived + ": " + String.join(" · ", parts);
  }

  /** Text on one line: line breaks and tabs become spaces. */
  static String oneLine(String s) {
    return s.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
  }

  /**
   * The tree with every string longer than {@code max} cut to it, for reports read where space is
   * short; maps keep their order.
   */
  static Object cutStrings(Object tree, int max) {
    return switch (tree) {
      case String s -> truncate(s, max);
      case Map<?, ?> map -> {
        Map<String, Object> cut = new LinkedHashMap<>();
        map.forEach((k, v) -> cut.put(String.valueOf(k), cutStrings(v, max)));
        yield cut;
      }
      case Iterable<?> list -> {
        List<Object> cut = new ArrayList<>();
        list.forEach(v -> cut.add(cutStrings(v, max)));
        yield cut;
      }
      case null, default -> tree;
    };
  }

  /** A finding as both JSON documents write it: check, outcome, message, evidence, duration. */
  static void writeFinding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("check", f.check());
    g.writeStringField("outcome", f.outcome().id());
    g.writeStringField("message", f.message());
    g.writeFieldName("evidence");
    writeJson(g, f.evidence());
    g.writeNumberField("durationMs", f.durationMs());
    g.writeEndObject();
  }

  private static final JsonFactory JSON = new JsonFactory();

  /** A JSON tree (maps, lists, strings, numbers, booleans, nulls) as JSON text. */
  static String json(Object tree, boolean pretty) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      if (pretty) {
        g.useDefaultPrettyPrinter();
      }
      writeJson(g, tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes a JSON tree as it is: maps as objects, lists and arrays as arrays, strings, numbers,
   * booleans and nulls as themselves; numbers JSON cannot carry (NaN, infinities) and anything else
   * as its text.
   */
  static void writeJson(JsonGenerator g, Object value) throws IOException {
    switch (value) {
      case null -> g.writeNull();
      case String s -> g.writeString(s);
      case Boolean b -> g.writeBoolean(b);
      case Integer i -> g.writeNumber(i);
      case Long l -> g.writeNumber(l);
      case Short s -> g.writeNumber(s);
      case Byte b -> g.writeNumber(b);
      case BigInteger i -> g.writeNumber(i);
      case BigDecimal d -> g.writeNumber(d);
      case Double d when d.isNaN() || d.isInfinite() -> g.writeString(d.toString());
      case Float f when f.isNaN() || f.isInfinite() -> g.writeString(f.toString());
      case Double d -> g.writeNumber(d);
      case Float f -> g.writeNumber(f);
      case Map<?, ?> map -> {
        g.writeStartObject();
        for (Map.Entry<?, ?> e : map.entrySet()) {
          g.writeFieldName(String.valueOf(e.getKey()));
          writeJson(g, e.getValue());
        }
        g.writeEndObject();
      }
      case Iterable<?> list -> {
        g.writeStartArray();
        for (Object o : list) {
          writeJson(g, o);
        }
        g.writeEndArray();
      }
      case Object[] array -> writeJson(g, Arrays.asList(array));
      default -> g.writeString(value.toString());
    }
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
