package dev.golive.core.score;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
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
 */
public record FileAssessment(
    Checklist checklist,
    List<Boolean> blocking,
    List<ClaimCheck> claims,
    Double score,
    Verdict verdict,
    List<Reason> reasons) {

  public FileAssessment {
    blocking = List.copyOf(blocking);
    claims = List.copyOf(claims);
    reasons = List.copyOf(reasons);
  }

  public boolean isBlocking(int index) {
    return blocking.get(index);
  }

  /** Blocking items not yet done, in document order. */
  public List<Item> blockers() {
    return openBlocking(checklist.items(), blocking);
  }

  static List<Item> openBlocking(List<Item> items, List<Boolean> blocking) {
    return IntStream.range(0, items.size())
        .filter(i -> blocking.get(i) && items.get(i).state() != State.DONE)
        .mapToObj(items::get)
        .toList();
  }
}
