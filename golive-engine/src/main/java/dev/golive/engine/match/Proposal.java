package dev.golive.engine.match;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A check proposed for an item from its words, before the catalog has had its say.
 *
 * @param params parameter values read from the item, by name
 * @param essential the names among {@code params} the claim depends on (a limit, a page): the
 *     proposal is dropped rather than made without them
 * @param confidence how sure the words make golive, above 0 and below 1
 * @param cue the words that matched, to show why
 */
public record Proposal(
    String check,
    Map<String, String> params,
    Set<String> essential,
    double confidence,
    String cue) {
  public Proposal {
    params = Collections.unmodifiableMap(new TreeMap<>(params));
    essential = Set.copyOf(essential);
  }
}
