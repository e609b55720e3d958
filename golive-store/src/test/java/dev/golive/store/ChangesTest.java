package dev.golive.store;

import static dev.golive.store.Samples.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.score.Verdict;
import dev.golive.store.Samples.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Item-level changes between two audits, as history and notifications see them. */
class ChangesTest {
  private static StoredAudit stored(long id, String target, Row... rows) {
    List<StoredItem> items = new ArrayList<>();
    for (Row r : rows) {
      items.add(
          new StoredItem(
              target,
              "/home/ci/shop/PRODUCTION_CHECKLIST.md",
              r.id(),
              1,
              1,
              r.section(),
              r.text(),
              Priority.HIGH,
              State.DONE,
              true,
              r.verdict(),
              null,
              List.of()));
    }
    AuditSummary summary =
        new AuditSummary(
            id,
            "shop",
            Instant.EPOCH,
            Instant.EPOCH,
            Verdict.GO,
            null,
            items.size(),
            Map.of(),
            "a",
            "h",
            RunInfo.Origin.CLI,
            "v",
            "d");
    return new StoredAudit(summary, List.of(), items);
  }

  private static StoredAudit stored(long id, Row... rows) {
    return stored(id, "production", rows);
  }

  @Test
  void aTickThatHeldAndNoLongerDoesIsARegression() {
    Changes c =
        Changes.between(
            stored(1, row("a", "HSTS", ItemVerdict.VERIFIED), row("b", "CSP", ItemVerdict.OPEN)),
            stored(
                2, row("a", "HSTS", ItemVerdict.CONTRADICTED), row("b", "CSP", ItemVerdict.OPEN)));
    assertThat(c.changed()).hasSize(1);
    assertThat(c.regressions())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.from()).isEqualTo(ItemVerdict.VERIFIED);
              assertThat(ch.to()).isEqualTo(ItemVerdict.CONTRADICTED);
            });
    assertThat(c.newContradictions()).extracting(StoredItem::id).containsExactly("a");
    assertThat(c.newlyVerified()).isEmpty();
    assertThat(c.isEmpty()).isFalse();
  }

  @Test
  void aContradictionFromAnotherVerdictIsNewButNoRegression() {
    Changes c =
        Changes.between(
            stored(1, row("a", "HSTS", ItemVerdict.SELF_REPORTED_DONE)),
            stored(2, row("a", "HSTS", ItemVerdict.CONTRADICTED)));
    assertThat(c.regressions()).isEmpty();
    assertThat(c.newContradictions()).extracting(StoredItem::id).containsExactly("a");
  }

  @Test
  void itemsStillContradictedAreNotNews() {
    Changes c =
        Changes.between(
            stored(1, row("a", "HSTS", ItemVerdict.CONTRADICTED)),
            stored(2, row("a", "HSTS", ItemVerdict.CONTRADICTED)));
    assertThat(c.isEmpty()).isTrue();
    assertThat(c.newContradictions()).isEmpty();
  }

  @Test
  void newlyVerifiedCountsItemsThatAreNewToo() {
    Changes c =
        Changes.between(
            stored(1, row("a", "HSTS", ItemVerdict.CONTRADICTED)),
            stored(
                2, row("a", "HSTS", ItemVerdict.VERIFIED), row("n", "New", ItemVerdict.VERIFIED)));
    assertThat(c.newlyVerified()).extracting(StoredItem::id).containsExactly("a", "n");
    assertThat(c.added()).extracting(StoredItem::id).containsExactly("n");
  }

  @Test
  void anItemWhoseHeadingWasRenamedIsMatchedByItsWords() {
    Changes c =
        Changes.between(
            stored(1, row("old-id", "Backups run daily", ItemVerdict.VERIFIED).withSection("Ops")),
            stored(
                2,
                row("new-id", "Backups  run daily", ItemVerdict.CONTRADICTED)
                    .withSection("Operations")));
    assertThat(c.added()).isEmpty();
    assertThat(c.removed()).isEmpty();
    assertThat(c.regressions())
        .singleElement()
        .satisfies(
            ch -> {
              assertThat(ch.before().id()).isEqualTo("old-id");
              assertThat(ch.after().id()).isEqualTo("new-id");
            });
  }

  @Test
  void repeatedWordsAreNotGuessedAt() {
    Changes c =
        Changes.between(
            stored(
                1,
                row("x1", "Done", ItemVerdict.VERIFIED),
                row("x2", "Done", ItemVerdict.VERIFIED)),
            stored(
                2, row("y1", "Done", ItemVerdict.VERIFIED), row("y2", "Done", ItemVerdict.OPEN)));
    assertThat(c.added()).extracting(StoredItem::id).containsExactly("y1", "y2");
    assertThat(c.removed()).extracting(StoredItem::id).containsExactly("x1", "x2");
    assertThat(c.changed()).isEmpty();
  }

  @Test
  void theSameItemAgainstAnotherTargetIsAnotherItem() {
    Changes c =
        Changes.between(
            stored(1, "staging", row("a", "HSTS", ItemVerdict.VERIFIED)),
            stored(2, "production", row("a", "HSTS", ItemVerdict.CONTRADICTED)));
    assertThat(c.regressions()).isEmpty();
    assertThat(c.added()).hasSize(1);
    assertThat(c.removed()).hasSize(1);
  }

  @Test
  void theChecklistsFolderDoesNotMatterOnlyItsName() {
    StoredAudit older = stored(1, row("a", "HSTS", ItemVerdict.VERIFIED));
    StoredItem moved =
        new StoredItem(
            "production",
            "PRODUCTION_CHECKLIST.md",
            "a",
            1,
            1,
            List.of(),
            "HSTS",
            null,
            State.DONE,
            true,
            ItemVerdict.CONTRADICTED,
            null,
            List.of());
    StoredAudit newer = new StoredAudit(older.summary(), List.of(), List.of(moved));
    assertThat(Changes.between(older, newer).regressions()).hasSize(1);
  }
}
