package dev.golive.core.model;

/** How much an item matters, as the document ranks it. */
public enum Priority {
  CRITICAL("critical"),
  HIGH("high"),
  MEDIUM("medium"),
  LOW("low");

  private final String id;

  Priority(String id) {
    this.id = id;
  }

  /** The name used in reports, configuration and the JSON schema. */
  public String id() {
    return id;
  }

  /** The priority named {@code id}, case-insensitively. */
  public static Priority of(String id) {
    for (Priority p : values()) {
      if (p.id.equalsIgnoreCase(id.trim())) {
        return p;
      }
    }
    throw new IllegalArgumentException(
        "unknown priority '" + id + "' (expected critical, high, medium or low)");
  }
}
