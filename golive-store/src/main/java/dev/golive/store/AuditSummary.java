package dev.golive.store;

import dev.golive.core.model.ItemVerdict;
import dev.golive.core.score.Verdict;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * One stored audit without its items: a line of a project's trend.
 *
 * @param id the store's number for it, shown as {@code #id}
 * @param score the lowest score of its checklists over its targets, 0–100, or {@code null}
 * @param counts how many item results have each verdict (an item audited against two targets counts
 *     twice)
 */
public record AuditSummary(
    long id,
    String project,
    Instant started,
    Instant finished,
    Verdict verdict,
    Double score,
    int items,
    Map<ItemVerdict, Integer> counts,
    String runBy,
    String host,
    RunInfo.Origin origin,
    String version,
    String checklistDigest) {

  public AuditSummary {
    EnumMap<ItemVerdict, Integer> all = new EnumMap<>(ItemVerdict.class);
    for (ItemVerdict v : ItemVerdict.values()) {
      all.put(v, counts.getOrDefault(v, 0));
    }
    counts = java.util.Collections.unmodifiableMap(all);
  }

  /** How many item results have {@code verdict}. */
  public int count(ItemVerdict verdict) {
    return counts.get(verdict);
  }
}
