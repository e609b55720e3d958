package dev.golive.store;

import java.time.Instant;

/**
 * A second audit of one schedule slot of a project, refused: the store keeps one. What a server
 * that runs a slot again (after another died in its middle) is told, so that it stores nothing.
 */
public final class SlotTakenException extends StoreException {
  private static final long serialVersionUID = 1L;

  private final long existing;

  SlotTakenException(String store, String project, Instant slot, long existing, Throwable cause) {
    super(
        store,
        "project '"
            + project
            + "' has an audit of its schedule slot "
            + slot
            + " already (#"
            + existing
            + ")",
        cause);
    this.existing = existing;
  }

  /** The id of the audit stored for the slot. */
  public long existing() {
    return existing;
  }
}
