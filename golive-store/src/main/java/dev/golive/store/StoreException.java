package dev.golive.store;

import dev.golive.core.GoliveException;

/**
 * A store that cannot be opened, read or written, or a question it cannot answer (an unknown
 * project or audit): one line that names the store, its password masked.
 */
public class StoreException extends GoliveException {
  private static final long serialVersionUID = 1L;

  public StoreException(String store, String reason, Throwable cause) {
    super(Kind.INPUT, store, 0, reason, cause);
  }

  public StoreException(String store, String reason) {
    this(store, reason, null);
  }
}
