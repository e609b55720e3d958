package dev.golive.core.report;

import dev.golive.core.model.Checklist;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads fixture Markdown as golive does, scores it under the default policy and writes a report.
 * Fixtures mark what a report must say of a line beside it: {@code <!-- expect: failure -->}; the
 * reader drops such comments from the item text.
 */
final class ReportFixture {
  private static final Pattern EXPECT = Pattern.compile("<!-- expect: ([^>]+?) -->");

  private ReportFixture() {}

  static Assessment assess(String name, String markdown) {
    return assess(ChecklistReader.readText(name, markdown));
  }

  static Assessment assess(Checklist... checklists) {
    return new Scorer(Policy.defaults()).assess(List.of(checklists));
  }

  static String render(ReportWriter writer, Assessment a, Messages.Lang lang) {
    StringWriter out = new StringWriter();
    try {
      writer.write(a, Messages.of(lang), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String render(ReportWriter writer, String name, String markdown) {
    return render(writer, assess(name, markdown), Messages.Lang.EN);
  }

  /** 1-based line → what the fixture expects there. */
  static Map<Integer, String> expectations(String markdown) {
    Map<Integer, String> expected = new TreeMap<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      if (m.find()) {
        expected.put(i + 1, m.group(1));
      }
    }
    return expected;
  }
}
