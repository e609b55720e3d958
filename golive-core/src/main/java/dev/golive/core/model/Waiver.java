package dev.golive.core.model;

import java.time.LocalDate;

/**
 * An item excused until a date. An expired waiver stops counting and the item shows its real state.
 *
 * @param item the item's id, or its text as the checklist writes it
 * @param until the last day the waiver holds, or {@code null} for no end
 */
public record Waiver(String item, String reason, String owner, LocalDate until) {
  public boolean holdsOn(LocalDate day) {
    return until == null || !day.isAfter(until);
  }
}
