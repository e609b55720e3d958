package dev.golive.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Repair;
import dev.golive.core.read.ChecklistReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The benchmark measures what it says: inputs of the stated size that golive reads in full. */
class SyntheticChecklistTest {
  @ParameterizedTest
  @EnumSource(Input.class)
  void goliveFindsEveryItemTheGeneratorWrote(Input input) {
    Checklist read = ChecklistReader.read("bench.md", input.bytes());
    assertThat(read.items()).hasSize(input.checklist().items());
  }

  @Test
  void sizesAreAboutTheirNames() {
    assertThat(Input.UTF8_10K.bytes().length).isBetween(10 << 10, 12 << 10);
    assertThat(Input.UTF8_1M.bytes().length).isBetween(1 << 20, (1 << 20) + (2 << 10));
  }

  @Test
  void mojibakeIsBrokenOnDiskAndRepairedOnReading() {
    SyntheticChecklist c = SyntheticChecklist.of(10 << 10, Input.SEED);
    String onDisk = new String(c.macRomanMojibake(), StandardCharsets.UTF_8);
    assertThat(onDisk).contains("‚úÖ").contains("–ì–æ—Ç–æ–≤–æ").doesNotContain("✅");

    Checklist written = ChecklistReader.read("bench.md", c.utf8());
    Checklist repaired = ChecklistReader.read("bench.md", c.macRomanMojibake());
    assertThat(written.repair()).isNull();
    assertThat(repaired.repair()).isEqualTo(Repair.MAC_ROMAN);
    assertThat(texts(repaired)).isEqualTo(texts(written));
  }

  @Test
  void theTextHasEveryStyleAndCodeBlocksHoldNoItems() {
    String text = SyntheticChecklist.of(10 << 10, Input.SEED).text();
    assertThat(text)
        .contains("- [ ] ", "- [x] ", ". [X] ", "  - [", "- ✅ ", "| Status |", "```yaml")
        .contains("Критично")
        .containsIgnoringCase("muhim")
        .contains("- [x] also not an item");
  }

  @Test
  void theSameSeedGivesTheSameText() {
    assertThat(SyntheticChecklist.of(10 << 10, 7).text())
        .isEqualTo(SyntheticChecklist.of(10 << 10, 7).text())
        .isNotEqualTo(SyntheticChecklist.of(10 << 10, 8).text());
  }

  private static List<String> texts(Checklist c) {
    return c.items().stream().map(Item::text).toList();
  }
}
