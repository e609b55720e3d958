package dev.golive.store;

import dev.golive.core.model.ItemVerdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What changed between two audits of a project, item by item: the value that history shows and
 * notifications are made from.
 *
 * <p>An item is the same item in both audits when its target, checklist file name and id agree
 * ({@link StoredItem#key}). Ids hash the item's words and nearest heading, so an item whose heading
 * was renamed gets a new id; such an item is still matched by its words when exactly one item of
 * the same target and file has them on each side.
 *
 * @param older the earlier audit's id
 * @param newer the later audit's id
 * @param changed items in both whose verdict differs, in the newer audit's order
 * @param added items only the newer audit has
 * @param removed items only the older audit has
 */
public record Changes(
    long older,
    long newer,
    List<Change> changed,
    List<StoredItem> added,
    List<StoredItem> removed) {

  public Changes {
    changed = List.copyOf(changed);
    added = List.copyOf(added);
    removed = List.copyOf(removed);
  }

  /** One item whose verdict differs between the two audits. */
  public record Change(StoredItem before, StoredItem after) {
    public ItemVerdict from() {
      return before.verdict();
    }

    public ItemVerdict to() {
      return after.verdict();
    }

    /** Verified before, contradicted now: a tick that held and no longer does. */
    public boolean regression() {
      return from() == ItemVerdict.VERIFIED && to() == ItemVerdict.CONTRADICTED;
    }
  }

  /** The item-level differences from {@code older} to {@code newer}. */
  public static Changes between(StoredAudit older, StoredAudit newer) {
    Map<String, StoredItem> before = byKey(older.items());
    Map<String, StoredItem> after = byKey(newer.items());
    List<StoredItem> added = new ArrayList<>();
    Map<StoredItem, StoredItem> pairs = new LinkedHashMap<>();
    for (StoredItem a : after.values()) {
      StoredItem b = before.remove(a.key());
      if (b == null) {
        added.add(a);
      } else {
        pairs.put(a, b);
      }
    }
    List<StoredItem> removed = new ArrayList<>(before.values());
    matchByWords(added, removed, pairs);
    List<Change> changed = new ArrayList<>();
    for (StoredItem a : newer.items()) {
      StoredItem b = pairs.get(a);
      if (b != null && b.verdict() != a.verdict()) {
        changed.add(new Change(b, a));
      }
    }
    return new Changes(older.id(), newer.id(), changed, added, removed);
  }

  /** Items verified in the older audit and contradicted in the newer. */
  public List<Change> regressions() {
    return changed.stream().filter(Change::regression).toList();
  }

  /** Items contradicted now that were not before, new items among them. */
  public List<StoredItem> newContradictions() {
    return becoming(ItemVerdict.CONTRADICTED);
  }

  /** Items verified now that were not before, new items among them. */
  public List<StoredItem> newlyVerified() {
    return becoming(ItemVerdict.VERIFIED);
  }

  public boolean isEmpty() {
    return changed.isEmpty() && added.isEmpty() && removed.isEmpty();
  }

  private List<StoredItem> becoming(ItemVerdict verdict) {
    List<StoredItem> out = new ArrayList<>();
    changed.stream().filter(c -> c.to() == verdict).forEach(c -> out.add(c.after()));
    added.stream().filter(i -> i.verdict() == verdict).forEach(out::add);
    return out;
  }

  private static Map<String, StoredItem> byKey(List<StoredItem> items) {
    Map<String, StoredItem> m = new LinkedHashMap<>();
    for (StoredItem i : items) {
      m.putIfAbsent(i.key(), i);
    }
    return m;
  }

  /**
   * Pairs an added item with a removed one when they are the only ones of their target and file
   * with the same words: the item stayed, its heading changed.
   */
  private static void matchByWords(
      List<StoredItem> added, List<StoredItem> removed, Map<StoredItem, StoredItem> pairs) {
    Map<String, List<StoredItem>> addedByWords = byWords(added);
    Map<String, List<StoredItem>> removedByWords = byWords(removed);
    for (var e : addedByWords.entrySet()) {
      List<StoredItem> gone = removedByWords.get(e.getKey());
      if (e.getValue().size() == 1 && gone != null && gone.size() == 1) {
        StoredItem a = e.getValue().getFirst();
        StoredItem b = gone.getFirst();
        pairs.put(a, b);
        added.remove(a);
        removed.remove(b);
      }
    }
  }

  private static Map<String, List<StoredItem>> byWords(List<StoredItem> items) {
    Map<String, List<StoredItem>> m = new LinkedHashMap<>();
    for (StoredItem i : items) {
      String words = i.target() + '\u0000' + i.fileName() + '\u0000' + words(i.text());
      m.computeIfAbsent(words, k -> new ArrayList<>()).add(i);
    }
    return m;
  }

  /** The words of an item, case and spacing aside. */
  private static String words(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
