package dev.golive.store;

import dev.golive.core.model.Waiver;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A waiver kept in the store: an item of a project excused until a day, until revoked.
 *
 * @param itemId the item's stable id
 * @param itemText the item's words when the waiver was made, for people; may be {@code null}
 * @param until the last day it holds, or {@code null} for no end
 * @param revoked when it was revoked, or {@code null}
 */
public record StoredWaiver(
    long id,
    String project,
    String itemId,
    String itemText,
    String reason,
    String owner,
    LocalDate until,
    Instant created,
    String createdBy,
    Instant revoked,
    String revokedBy,
    String revokeReason) {

  /** Whether it excuses the item on {@code day}: not revoked, not expired. */
  public boolean holdsOn(LocalDate day) {
    return revoked == null && (until == null || !day.isAfter(until));
  }

  /** As the engine applies waivers. */
  public Waiver toWaiver() {
    return new Waiver(itemId, reason, owner, until);
  }
}
