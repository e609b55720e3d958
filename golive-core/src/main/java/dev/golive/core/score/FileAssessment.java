package dev.golive.core.score;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.model.Problem;
import dev.golive.core.model.State;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One checklist judged under a policy.
 *
 * @param blocking per item, in the checklist's order: whether it must be done before the launch
 * @param score weighted share of done items that apply to the launch, 0–100; {@code null} with
 *     nothing to count
 * @param reasons why the verdict is what it is, most important first, in golive's own words
 * @param audits per item, in the checklist's order, what an audit found; empty when only the claims
 *     were read
 * @param problems bindings that could not be used, found before anything ran
 */
public record FileAssessment(
    Checklist checklist,
    List<Boolean> blocking,
    List<ClaimCheck> claims,
    Double score,
    Verdict verdict,
    List<Reason> reasons,
    List<ItemAudit> audits,
    List<Problem> problems) {

  public FileAssessment {
    blocking = List.copyOf(blocking);
    claims = List.copyOf(claims);
    reasons = List.copyOf(reasons);
    audits = List.copyOf(audits);
    problems = List.copyOf(problems);
    if (!audits.isEmpty() && audits.size() != checklist.items().size()) {
      throw new IllegalArgumentException("one audit per item expected");
    }
  }

  public boolean isBlocking(int index) {
    return blocking.get(index);
  }

  public boolean audited() {
    return !audits.isEmpty();
  }

  /** What the audit found for the item, or {@code null} when nothing was audited. */
  public ItemAudit audit(int index) {
    return audits.isEmpty() ? null : audits.get(index);
  }

  /** Whether the item counts as done: its tick, or after an audit, its verdict. */
  public boolean isDone(int index) {
    return audits.isEmpty()
        ? checklist.items().get(index).state() == State.DONE
        : audits.get(index).verdict().done();
  }

  /** Blocking items not done, in document order. */
  public List<Item> blockers() {
    return IntStream.range(0, blocking.size())
        .filter(i -> blocking.get(i) && !isDone(i))
        .mapToObj(checklist.items()::get)
        .toList();
  }
}
