package dev.golive.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The values of the last {@code size} keys asked for, the least recently used dropped first: for
 * answers made from what never changes under their key (a stored audit, or a store read kept until
 * the store changes), so that each is made once while people keep asking for it.
 */
public final class Recent<K, V> {
  private final Map<K, V> values;

  public Recent(int size) {
    if (size < 1) {
      throw new IllegalArgumentException("a cache keeps at least one value");
    }
    this.values =
        new LinkedHashMap<>(size * 2, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
          }
        };
  }

  /**
   * The value kept for {@code key}, or the one {@code make} gives, then kept unless it is {@code
   * null}. Made outside the lock: two threads asking at once for a new key may both make it, and
   * either is kept.
   */
  public V get(K key, Supplier<V> make) {
    synchronized (values) {
      V kept = values.get(key);
      if (kept != null) {
        return kept;
      }
    }
    V made = make.get();
    if (made != null) {
      synchronized (values) {
        values.put(key, made);
      }
    }
    return made;
  }

  /** Forgets the value of {@code key}, if one is kept. */
  public void remove(K key) {
    synchronized (values) {
      values.remove(key);
    }
  }
}
