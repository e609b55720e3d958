package dev.golive.server;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A value made from the last key it was asked for, and made again when asked for another key
 * object: what a page or an answer derives from a store read that is itself kept until the store
 * changes (such as {@link dev.golive.store.ServerAccess#overview}), so that it is made once per
 * change rather than once per request.
 */
public final class Derived<K, V> {
  private record Entry<K, V>(K key, V value) {}

  private final Function<K, V> make;
  private final AtomicReference<Entry<K, V>> last = new AtomicReference<>();

  public Derived(Function<K, V> make) {
    this.make = make;
  }

  /** The value for {@code key}: the one made last when {@code key} is the same object. */
  @SuppressWarnings("ReferenceEquality") // the very same key object, not an equal one
  public V get(K key) {
    Entry<K, V> e = last.get();
    if (e == null || e.key() != key) {
      e = new Entry<>(key, make.apply(key));
      last.set(e);
    }
    return e.value();
  }
}
