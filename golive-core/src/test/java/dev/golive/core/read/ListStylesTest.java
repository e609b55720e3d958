package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import org.junit.jupiter.api.Test;

/**
 * Every way people write an item, read from list-styles.md: the expected line, depth, state and
 * marker of each item, in order. Lines absent here (code blocks, comments, inline code, a box
 * alone, a box glued to its text) must not be items.
 */
class ListStylesTest {
  private final Checklist checklist = Fixtures.read("list-styles.md");

  @Test
  void readsEveryItemAtItsLineWithItsDepthStateAndMarker() {
    assertThat(Fixtures.rows(checklist))
        .containsExactly(
            // GitHub task items in every list style
            "5 1 open task",
            "6 1 done task",
            "7 1 done task",
            "8 1 open task",
            "9 1 done task",
            "10 1 open task",
            "11 1 open task",
            "12 1 open task",
            // nesting, tabs and block quotes
            "16 1 open task",
            "17 2 done task",
            "18 3 open task",
            "19 1 done task",
            "20 2 open task",
            "21 1 open task",
            "22 2 done task",
            "24 1 done task",
            "25 1 open task",
            // "- [] ..." is no GitHub task, but its author meant an open box
            "40 1 open box",
            // beyond GitHub
            "46 1 in_progress box",
            "47 1 in_progress box",
            "48 1 not_applicable box",
            "49 1 done emoji",
            "50 1 open emoji",
            "51 1 in_progress emoji",
            "52 1 open symbol",
            "53 1 done symbol",
            "55 0 done symbol",
            "56 0 open symbol",
            // a status column, then boxes in cells of a table without a real header
            "60 0 done table",
            "61 0 in_progress table",
            "62 0 not_applicable table",
            "63 0 open table",
            "65 0 done table",
            "67 0 open table");
  }

  @Test
  void itemTextLeavesTheMarkerOut() {
    assertThat(checklist.items())
        .extracting(Item::text)
        .contains(
            "Dash, open",
            "Two spaces after the box",
            "Menu pages load fast",
            "Receipt printer tested",
            "Domain renewed",
            "Cookie banner");
  }

  @Test
  void ballotLinesLoseTheirMarkupLikeEveryOtherItem() {
    Checklist c =
        ChecklistReader.readText(
            "x.md", "☑ Server **reachable** at `:443`  \n☐ Backups _restored_\n");
    assertThat(c.items())
        .extracting(Item::line, Item::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "Server reachable at :443"),
            org.assertj.core.groups.Tuple.tuple(2, "Backups restored"));
  }

  @Test
  void boxesOpeningPlainLinesAreItemsButNotBoxesInsideSentences() {
    Checklist c =
        ChecklistReader.readText(
            "x.md",
            "[x] Backups restored\n[ ] Keys **rotated**\n[-] App store\n\nA [x] mid-sentence\n");
    assertThat(Fixtures.rows(c))
        .containsExactly("1 0 done box", "2 0 open box", "3 0 not_applicable box");
    assertThat(c.items())
        .extracting(Item::text)
        .containsExactly("Backups restored", "Keys rotated", "App store");
  }

  @Test
  void sectionIsTheHeadingPath() {
    Item child = checklist.items().get(9);
    assertThat(child.text()).isEqualTo("Child task");
    assertThat(child.section()).containsExactly("Launch list for the bakery shop", "Nesting");
    assertThat(checklist.title()).isEqualTo("Launch list for the bakery shop");
  }

  @Test
  void idsAreUniqueAndSurviveEditsElsewhere() {
    assertThat(checklist.items()).extracting(Item::id).doesNotHaveDuplicates();
    String edited =
        new String(Fixtures.bytes("list-styles.md"), java.nio.charset.StandardCharsets.UTF_8)
            .replace("- [ ] Dash, open", "- [x] Dash, open, now done\n- [ ] A new task");
    Checklist after = ChecklistReader.readText("list-styles.md", edited);
    Item before = find(checklist, "Courier integration");
    assertThat(find(after, "Courier integration").id()).isEqualTo(before.id());
    assertThat(find(after, "Courier integration").line()).isEqualTo(before.line() + 1);
  }

  private static Item find(Checklist c, String text) {
    return c.items().stream().filter(i -> i.text().equals(text)).findFirst().orElseThrow();
  }
}
