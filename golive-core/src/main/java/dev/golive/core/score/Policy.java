package dev.golive.core.score;

import dev.golive.core.model.Item;
import dev.golive.core.model.Priority;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How items are weighed and which ones hold the launch back.
 *
 * @param weights weight of each priority in the score
 * @param unrankedWeight weight of an item the document ranks nowhere
 * @param blocking priorities whose open items mean NO-GO; unranked items always block
 * @param minScore the lowest score that may still be GO, 0–100
 */
public record Policy(
    Map<Priority, Double> weights, double unrankedWeight, Set<Priority> blocking, double minScore) {

  public Policy {
    weights = Map.copyOf(weights);
    blocking = blocking.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(blocking));
  }

  /** Critical 4, high 3, medium 2, low 1, unranked 3; critical and high block; no minimum score. */
  public static Policy defaults() {
    Map<Priority, Double> w = new EnumMap<>(Priority.class);
    w.put(Priority.CRITICAL, 4.0);
    w.put(Priority.HIGH, 3.0);
    w.put(Priority.MEDIUM, 2.0);
    w.put(Priority.LOW, 1.0);
    return new Policy(w, 3.0, EnumSet.of(Priority.CRITICAL, Priority.HIGH), 0);
  }

  public double weight(Priority p) {
    return p == null ? unrankedWeight : weights.getOrDefault(p, 1.0);
  }

  /**
   * Whether the item must be done before the launch: it applies to the launch and its priority
   * blocks, or the document ranks it nowhere (a checklist that ranks nothing means all of it).
   */
  public boolean blocks(Item item) {
    return item.applies() && (item.priority() == null || blocking.contains(item.priority()));
  }

  public Policy withWeights(Map<Priority, Double> w, Double unranked) {
    Map<Priority, Double> merged = new EnumMap<>(Priority.class);
    merged.putAll(weights);
    merged.putAll(w);
    return new Policy(merged, unranked == null ? unrankedWeight : unranked, blocking, minScore);
  }

  public Policy withBlocking(Set<Priority> b) {
    return new Policy(weights, unrankedWeight, b, minScore);
  }

  public Policy withMinScore(double m) {
    return new Policy(weights, unrankedWeight, blocking, m);
  }
}
