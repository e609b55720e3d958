package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Marker;
import dev.golive.core.model.Repair;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Generated checklists whose true items are known by construction: lists in every marker style,
 * nested at random, between headings, fenced code and HTML comments full of look-alike boxes. The
 * reader must find exactly the generated tasks, whatever the line endings, byte-order mark or
 * mojibake; and arbitrary text must never make it fail other than with a one-line reason.
 */
class ReaderPropertiesTest {

  /** One generated block of the document. */
  sealed interface Block permits Task, Heading, Fence, Comment, Prose {}

  record Task(int level, String bullet, boolean checked, String text, boolean blankBefore)
      implements Block {}

  record Heading(int level, String text) implements Block {}

  record Fence(List<String> lines) implements Block {}

  record Comment(List<String> lines) implements Block {}

  record Prose(String text) implements Block {}

  /** A rendered document and the tasks it must contain: "line depth state". */
  record Doc(String text, List<String> tasks) {}

  private static final List<String> WORDS =
      List.of(
          "deploy",
          "backups",
          "HSTS",
          "Пароли",
          "сменены",
          "tayyor",
          "qoʻshimcha",
          "kuat",
          "✅",
          "✔️",
          "⚠️ note",
          "1️⃣",
          "监控",
          "Café",
          "naïve",
          "TLS",
          "Redis",
          "yedekler",
          "—",
          "50%",
          "(optional)");

  @Property(tries = 300)
  void findsExactlyTheGeneratedTasks(@ForAll("documents") Doc doc) {
    Checklist c = ChecklistReader.readText("gen.md", doc.text());
    assertThat(tasks(c)).isEqualTo(doc.tasks());
  }

  @Property(tries = 150)
  void lineEndingsAndByteOrderMarkChangeNothing(@ForAll("documents") Doc doc) {
    List<String> expected = doc.tasks();
    byte[] crlf = doc.text().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] bom = ("\uFEFF" + doc.text()).getBytes(StandardCharsets.UTF_8);
    assertThat(tasks(ChecklistReader.read("crlf.md", crlf))).isEqualTo(expected);
    assertThat(tasks(ChecklistReader.read("bom.md", bom))).isEqualTo(expected);
  }

  @Property(tries = 150)
  void mojibakeIsUndoneWithoutMovingAnything(@ForAll("documents") Doc doc) {
    Checklist clean = ChecklistReader.readText("clean.md", doc.text());
    for (String charset : List.of("x-MacRoman", "windows-1252")) {
      Checklist broken =
          ChecklistReader.read("broken.md", EncodingTest.mojibake(doc.text(), charset));
      assertThat(tasks(broken)).isEqualTo(doc.tasks());
      assertThat(broken.items())
          .extracting(Item::text)
          .isEqualTo(clean.items().stream().map(Item::text).toList());
      boolean nonAscii = doc.text().chars().anyMatch(ch -> ch > 0x7F);
      if (nonAscii) {
        assertThat(broken.repair()).isIn(Repair.MAC_ROMAN, Repair.WINDOWS_1252);
      }
    }
  }

  @Property(tries = 1000)
  void arbitraryTextNeverBreaksTheReader(@ForAll("noise") String text) {
    Checklist c;
    try {
      c = ChecklistReader.readText("noise.md", text);
    } catch (GoliveException e) {
      assertThat(e.getMessage()).doesNotContain("\n");
      return;
    }
    long lines = text.lines().count();
    for (Item item : c.items()) {
      assertThat(item.line()).isBetween(1, (int) Math.max(1, lines));
      assertThat(item.depth()).isNotNegative();
    }
    assertThat(c.items()).extracting(Item::id).doesNotHaveDuplicates();
  }

  private static List<String> tasks(Checklist c) {
    return c.items().stream()
        .filter(i -> i.marker() == Marker.TASK)
        .map(i -> i.line() + " " + i.depth() + " " + i.state().id())
        .toList();
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<Character> chars =
        Arbitraries.of(
            '-', '*', '+', '[', ']', ' ', ' ', ' ', '\t', '\n', '\n', '\r', 'x', 'X', '>', '`', '#',
            '1', '.', ')', '<', '!', '|', ':', '~', '/', 'a', 'я', '✅', '☐', '\u00A0', '\\', '_');
    return chars
        .list()
        .ofMaxSize(400)
        .map(
            cs -> {
              StringBuilder b = new StringBuilder();
              cs.forEach(b::append);
              return b.toString();
            });
  }

  @Provide
  Arbitrary<Doc> documents() {
    return block().list().ofMinSize(1).ofMaxSize(40).map(ReaderPropertiesTest::render);
  }

  private Arbitrary<Block> block() {
    Arbitrary<String> text =
        Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(w -> String.join(" ", w));
    Arbitrary<Block> task =
        Combinators.combine(
                Arbitraries.integers().between(0, 4),
                Arbitraries.of("-", "*", "+", "1.", "1)"),
                Arbitraries.of(true, false),
                text,
                Arbitraries.of(false, false, false, true))
            .as(Task::new);
    Arbitrary<Block> heading =
        Combinators.combine(Arbitraries.integers().between(1, 4), text).as(Heading::new);
    Arbitrary<Block> fence =
        Arbitraries.of("- [ ] fenced look-alike", "* [x] another", "1. [X] numbered", "plain code")
            .list()
            .ofMinSize(1)
            .ofMaxSize(3)
            .map(Fence::new);
    Arbitrary<Block> comment =
        Arbitraries.of("- [ ] commented out", "+ [x] also hidden")
            .list()
            .ofMinSize(1)
            .ofMaxSize(2)
            .map(Comment::new);
    Arbitrary<Block> prose = text.map(Prose::new);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, task),
        net.jqwik.api.Tuple.of(2, heading),
        net.jqwik.api.Tuple.of(1, fence),
        net.jqwik.api.Tuple.of(1, comment),
        net.jqwik.api.Tuple.of(1, prose));
  }

  /**
   * Renders blocks as Markdown, nesting each task under the one before as far as asked. Ordered
   * items start at 1: only those may interrupt a paragraph and so open a nested list.
   */
  static Doc render(List<Block> blocks) {
    List<String> lines = new ArrayList<>();
    List<String> tasks = new ArrayList<>();
    List<Integer> contentColumns = new ArrayList<>(); // per open list level
    for (Block block : blocks) {
      switch (block) {
        case Task t -> {
          int level = Math.min(t.level(), contentColumns.size());
          while (contentColumns.size() > level) {
            contentColumns.remove(contentColumns.size() - 1); // by index: the innermost level
          }
          int indent = level == 0 ? 0 : contentColumns.get(level - 1);
          if (t.blankBefore()) {
            lines.add("");
          }
          String marker = t.bullet() + " ";
          lines.add(" ".repeat(indent) + marker + (t.checked() ? "[x] " : "[ ] ") + t.text());
          tasks.add(lines.size() + " " + (level + 1) + " " + (t.checked() ? "done" : "open"));
          contentColumns.add(indent + marker.length());
        }
        case Heading h -> {
          contentColumns.clear();
          lines.add("");
          lines.add("#".repeat(h.level()) + " " + h.text());
          lines.add("");
        }
        case Fence f -> {
          contentColumns.clear();
          lines.add("");
          lines.add("```");
          lines.addAll(f.lines());
          lines.add("```");
          lines.add("");
        }
        case Comment c -> {
          contentColumns.clear();
          lines.add("");
          lines.add("<!--");
          lines.addAll(c.lines());
          lines.add("-->");
          lines.add("");
        }
        case Prose p -> {
          contentColumns.clear();
          lines.add("");
          lines.add(p.text());
          lines.add("");
        }
      }
    }
    return new Doc(String.join("\n", lines) + "\n", tasks);
  }
}
