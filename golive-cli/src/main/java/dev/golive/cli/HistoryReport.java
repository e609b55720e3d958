package dev.golive.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.core.model.ItemVerdict;
import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.Changes.Change;
import dev.golive.store.ProjectSummary;
import dev.golive.store.StoredItem;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@code golive history} prints: text for people, or the {@code golive/history@1} JSON
 * document described in docs/history.md.
 */
final class HistoryReport {
  static final String SCHEMA = "golive/history@1";
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String store;
  private final boolean json;
  private final StringBuilder text = new StringBuilder();
  private final StringWriter jsonOut = new StringWriter();

  HistoryReport(String store, boolean json) {
    this.store = store;
    this.json = json;
  }

  String text() {
    return json ? jsonOut + "\n" : text.toString();
  }

  /** Every project with its latest audit. */
  void projects(List<ProjectSummary> projects) {
    if (json) {
      document(
          g -> {
            g.writeArrayFieldStart("projects");
            for (ProjectSummary p : projects) {
              g.writeStartObject();
              g.writeStringField("name", p.name());
              g.writeStringField("slug", p.slug());
              g.writeNumberField("audits", p.audits());
              if (p.latest() == null) {
                g.writeNullField("latest");
              } else {
                g.writeFieldName("latest");
                audit(g, p.latest());
              }
              g.writeEndObject();
            }
            g.writeEndArray();
          });
      return;
    }
    if (projects.isEmpty()) {
      line("No audits stored in " + store + " yet; 'golive audit FILE --store' keeps one.");
      return;
    }
    line(plural(projects.size(), "project") + " in " + store + ":");
    int width = projects.stream().mapToInt(p -> p.name().length()).max().orElse(0);
    for (ProjectSummary p : projects) {
      AuditSummary a = p.latest();
      String name = pad(p.name(), width);
      if (a == null) {
        line("  " + name + "  (no audit yet)");
      } else {
        line(
            "  "
                + name
                + "  "
                + pad(a.verdict().id(), 12)
                + "  "
                + score(a.score())
                + "  #"
                + a.id()
                + " "
                + WHEN.format(a.started())
                + "  ("
                + plural(p.audits(), "audit")
                + ")");
      }
    }
  }

  /** A project's audits, newest first, and the regressions of the latest. */
  void trend(String project, List<AuditSummary> audits, Changes latest) {
    if (json) {
      document(
          g -> {
            g.writeStringField("project", project);
            audits(g, audits);
            g.writeFieldName("regressions");
            if (latest == null) {
              g.writeNull();
            } else {
              g.writeStartObject();
              g.writeNumberField("older", latest.older());
              g.writeNumberField("newer", latest.newer());
              g.writeArrayFieldStart("items");
              for (Change c : latest.regressions()) {
                change(g, c);
              }
              g.writeEndArray();
              g.writeEndObject();
            }
          });
      return;
    }
    trendText(project, audits);
    if (latest == null) {
      line("");
      line("Only one audit so far: nothing to compare it with.");
      return;
    }
    List<Change> regressions = latest.regressions();
    line("");
    if (regressions.isEmpty()) {
      line("No regressions in #" + latest.newer() + " since #" + latest.older() + ".");
    } else {
      line(
          plural(regressions.size(), "regression")
              + " in #"
              + latest.newer()
              + " since #"
              + latest.older()
              + " (verified before, contradicted now):");
      boolean targets = manyTargets(latest);
      for (Change c : regressions) {
        line("  " + where(c.after(), targets) + "  " + c.after().title());
      }
    }
    int news = latest.newContradictions().size() - regressions.size();
    if (news > 0) {
      line(
          "  and "
              + plural(news, "other new contradiction")
              + ": 'golive history "
              + project
              + " --diff' lists them");
    }
  }

  /** Item-level changes between two audits, after the trend when there is a project. */
  void diff(String project, List<AuditSummary> audits, Changes changes) {
    if (json) {
      document(
          g -> {
            g.writeStringField("project", project);
            if (project != null) {
              audits(g, audits);
            }
            g.writeObjectFieldStart("changes");
            g.writeNumberField("older", changes.older());
            g.writeNumberField("newer", changes.newer());
            g.writeArrayFieldStart("changed");
            for (Change c : changes.changed()) {
              change(g, c);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("added");
            for (StoredItem i : changes.added()) {
              item(g, i, null, i.verdict(), false);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("removed");
            for (StoredItem i : changes.removed()) {
              item(g, i, i.verdict(), null, false);
            }
            g.writeEndArray();
            g.writeEndObject();
          });
      return;
    }
    if (project != null) {
      trendText(project, audits);
      line("");
    }
    if (changes.isEmpty()) {
      line("No item changed from #" + changes.older() + " to #" + changes.newer() + ".");
      return;
    }
    line(
        "From #"
            + changes.older()
            + " to #"
            + changes.newer()
            + ": "
            + plural(changes.changed().size(), "item")
            + " changed, "
            + changes.added().size()
            + " added, "
            + changes.removed().size()
            + " removed");
    boolean targets = manyTargets(changes);
    for (Change c : changes.changed()) {
      line(
          "  changed  "
              + where(c.after(), targets)
              + "  "
              + c.after().title()
              + ": "
              + c.from().id()
              + " -> "
              + c.to().id()
              + (c.regression() ? "  (regression)" : ""));
    }
    for (StoredItem i : changes.added()) {
      line("  added    " + where(i, targets) + "  " + i.title() + ": " + i.verdict().id());
    }
    for (StoredItem i : changes.removed()) {
      line("  removed  " + where(i, targets) + "  " + i.title() + ": was " + i.verdict().id());
    }
  }

  private void trendText(String project, List<AuditSummary> audits) {
    line(
        project
            + ": "
            + plural(audits.size(), "audit")
            + (audits.size() > 1 ? ", newest first" : "")
            + ", in "
            + store);
    int idWidth = audits.stream().mapToInt(a -> Long.toString(a.id()).length()).max().orElse(1);
    for (AuditSummary a : audits) {
      line(
          "  #"
              + pad(Long.toString(a.id()), idWidth)
              + "  "
              + WHEN.format(a.started())
              + "  "
              + pad(a.verdict().id(), 12)
              + "  "
              + score(a.score())
              + "  "
              + counts(a)
              + "  ("
              + a.runBy()
              + "@"
              + a.host()
              + ", "
              + a.origin().id()
              + ")");
    }
  }

  /** {@code verified 10, contradicted 2, open 3}: the verdicts that occur, in their order. */
  private static String counts(AuditSummary a) {
    List<String> parts = new ArrayList<>();
    for (ItemVerdict v : ItemVerdict.values()) {
      if (a.count(v) > 0) {
        parts.add(v.id() + " " + a.count(v));
      }
    }
    return parts.isEmpty() ? "no items" : String.join(", ", parts);
  }

  private static String score(Double score) {
    return score == null
        ? "score    -"
        : String.format(Locale.ROOT, "score %5.1f", Math.round(score * 10) / 10.0);
  }

  private static boolean manyTargets(Changes c) {
    java.util.Set<String> names = new java.util.HashSet<>();
    c.changed().forEach(x -> names.add(x.after().target()));
    c.added().forEach(x -> names.add(x.target()));
    c.removed().forEach(x -> names.add(x.target()));
    return names.size() > 1;
  }

  /** {@code PRODUCTION_CHECKLIST.md:14}, with the target when the audits had several. */
  private static String where(StoredItem i, boolean target) {
    return (target ? "[" + i.target() + "] " : "") + i.fileName() + ":" + i.line();
  }

  /** Writes the JSON document's fields after its schema and store. */
  @FunctionalInterface
  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private void document(Body body) {
    try (JsonGenerator g = new JsonFactory().createGenerator(jsonOut)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("store", store);
      body.write(g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void audits(JsonGenerator g, List<AuditSummary> audits) throws IOException {
    g.writeArrayFieldStart("audits");
    for (AuditSummary a : audits) {
      audit(g, a);
    }
    g.writeEndArray();
  }

  private static void audit(JsonGenerator g, AuditSummary a) throws IOException {
    g.writeStartObject();
    g.writeNumberField("id", a.id());
    g.writeStringField("project", a.project());
    g.writeStringField("started", instant(a.started()));
    g.writeStringField("finished", instant(a.finished()));
    g.writeStringField("verdict", a.verdict().id());
    if (a.score() == null) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", Math.round(a.score() * 10) / 10.0);
    }
    g.writeNumberField("items", a.items());
    g.writeObjectFieldStart("counts");
    for (ItemVerdict v : ItemVerdict.values()) {
      g.writeNumberField(v.id(), a.count(v));
    }
    g.writeEndObject();
    g.writeStringField("runBy", a.runBy());
    g.writeStringField("host", a.host());
    g.writeStringField("origin", a.origin().id());
    g.writeStringField("version", a.version());
    g.writeStringField("checklistDigest", a.checklistDigest());
    g.writeEndObject();
  }

  private static void change(JsonGenerator g, Change c) throws IOException {
    item(g, c.after(), c.from(), c.to(), c.regression());
  }

  private static void item(
      JsonGenerator g, StoredItem i, ItemVerdict from, ItemVerdict to, boolean regression)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("target", i.target());
    g.writeStringField("file", i.file());
    g.writeStringField("id", i.id());
    g.writeNumberField("line", i.line());
    g.writeArrayFieldStart("section");
    for (String s : i.section()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("text", i.text());
    g.writeStringField("from", from == null ? null : from.id());
    g.writeStringField("to", to == null ? null : to.id());
    g.writeBooleanField("regression", regression);
    g.writeEndObject();
  }

  private static String instant(Instant t) {
    return t.toString();
  }

  private void line(String s) {
    text.append(s).append('\n');
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : s + " ".repeat(width - s.length());
  }

  private static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
