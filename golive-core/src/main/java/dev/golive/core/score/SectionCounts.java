package dev.golive.core.score;

import dev.golive.core.model.Item;
import dev.golive.core.model.State;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Done and total items under every heading path, counted once, so that each claim about a section
 * is answered without walking the items again.
 */
final class SectionCounts {
  private final Map<List<String>, int[]> counts = new HashMap<>();

  SectionCounts(List<Item> items) {
    for (Item item : items) {
      if (item.state() == State.NOT_APPLICABLE) {
        continue;
      }
      List<String> section = item.section();
      for (int k = 0; k <= section.size(); k++) {
        int[] c = counts.computeIfAbsent(section.subList(0, k), key -> new int[2]);
        c[0]++;
        if (item.state() == State.DONE) {
          c[1]++;
        }
      }
    }
  }

  /** Share of items under {@code scope} (unweighted, not-applicable left out) that are done. */
  Double donePercent(List<String> scope) {
    int[] c = counts.get(scope);
    return c == null || c[0] == 0 ? null : 100.0 * c[1] / c[0];
  }
}
