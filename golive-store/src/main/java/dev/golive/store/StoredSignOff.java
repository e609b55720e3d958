package dev.golive.store;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person's word that an item of a project holds, for what no check can see.
 *
 * @param itemId the item's stable id
 * @param itemText the item's words when it was signed off, for people; may be {@code null}
 * @param signedBy who gives their word
 * @param reason why they can (what they looked at)
 * @param until the last day it holds, or {@code null} for no end
 * @param revoked when it was revoked, or {@code null}
 */
public record StoredSignOff(
    long id,
    String project,
    String itemId,
    String itemText,
    String signedBy,
    Instant signedAt,
    String reason,
    LocalDate until,
    Instant revoked,
    String revokedBy,
    String revokeReason) {

  /** Whether it stands on {@code day}: not revoked, not expired. */
  public boolean holdsOn(LocalDate day) {
    return revoked == null && (until == null || !day.isAfter(until));
  }
}
