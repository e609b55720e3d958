package dev.golive.store;

import java.util.List;

/**
 * One stored audit with its targets and items.
 *
 * @param items in the order they were audited: per target, per checklist, in document order
 */
public record StoredAudit(
    AuditSummary summary, List<StoredTarget> targets, List<StoredItem> items) {
  public StoredAudit {
    targets = List.copyOf(targets);
    items = List.copyOf(items);
  }

  public long id() {
    return summary.id();
  }

  /**
   * One target of an audit.
   *
   * @param shown what it pointed at, passwords masked, or {@code null}
   * @param score the lowest score of its checklists, or {@code null}
   */
  public record StoredTarget(
      String name, String shown, dev.golive.core.score.Verdict verdict, Double score) {}
}
