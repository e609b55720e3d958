package dev.golive.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * One audit a schedule asks for: a project at one instant. Its id in the scheduler's table is the
 * instant's epoch second, a colon, and the project, so that the table alone says what runs when.
 */
public record Slot(String project, Instant at) {
  public Slot {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(at, "at");
  }

  String id() {
    return at.getEpochSecond() + ":" + project;
  }

  static Slot parse(String id) {
    int colon = id.indexOf(':');
    if (colon <= 0) {
      throw new IllegalArgumentException("not a slot id: " + id);
    }
    return new Slot(
        id.substring(colon + 1), Instant.ofEpochSecond(Long.parseLong(id.substring(0, colon))));
  }
}
