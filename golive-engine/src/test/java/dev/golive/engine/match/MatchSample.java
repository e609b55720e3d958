package dev.golive.engine.match;

import dev.golive.core.GoliveException;
import dev.golive.core.model.Item;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Prints what the matcher proposes for every item of the files given, for every check in the table
 * whether or not the catalog has it yet, one tab-separated line per proposal: file:line,
 * confidence, spec, the words that matched, the item, its nearest heading. For reviewing the table
 * by hand against real checklists (kept out of the repository):
 *
 * <pre>
 * ./mvnw -q -o test-compile -pl golive-engine -am
 * java -cp "golive-engine/target/test-classes:golive-engine/target/classes:..." \
 *     dev.golive.engine.match.MatchSample ../shared/corpus/checklists/*.md
 * </pre>
 */
public final class MatchSample {
  private MatchSample() {}

  public static void main(String[] args) {
    ItemMatcher matcher = new ItemMatcher();
    for (String file : args) {
      SourceDocument doc;
      try {
        doc = ChecklistReader.readSource(Path.of(file), file);
      } catch (GoliveException e) {
        System.err.println(e.oneLine());
        continue;
      }
      String name = Path.of(file).getFileName().toString();
      for (Item item : doc.checklist().items()) {
        for (Proposal p : matcher.match(item.text(), item.section())) {
          System.out.println(
              String.join(
                  "\t",
                  name + ":" + item.line(),
                  String.format(Locale.ROOT, "%.2f", p.confidence()),
                  MatchFixtureTest.spec(p),
                  p.cue(),
                  item.text(),
                  item.section().isEmpty() ? "" : item.section().getLast()));
        }
      }
    }
  }
}
