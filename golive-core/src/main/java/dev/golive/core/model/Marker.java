package dev.golive.core.model;

/** How an item's state was written. */
public enum Marker {
  /** A GitHub task box: {@code - [ ]}, {@code * [x]}, {@code 1. [X]}. */
  TASK("task"),
  /**
   * A box GitHub does not render but people write: {@code [~]}, {@code [-]}, {@code [/]}, {@code
   * []}.
   */
  BOX("box"),
  /** A status emoji leading a list item: {@code - ✅}, {@code - ⏳}. */
  EMOJI("emoji"),
  /** A ballot-box or check symbol: {@code ☐}, {@code ☑}, {@code ✓}. */
  SYMBOL("symbol"),
  /** A table row with a box or a status cell. */
  TABLE("table");

  private final String id;

  Marker(String id) {
    this.id = id;
  }

  /** The name used in reports and the JSON schema. */
  public String id() {
    return id;
  }
}
