package dev.golive.core.model;

import java.util.List;

/**
 * One checklist item as the document states it.
 *
 * @param id stable across edits elsewhere in the file
 * @param line 1-based line of the item's marker in the file on disk
 * @param depth number of enclosing lists (1 = top-level list, 0 = outside any list)
 * @param priority what the document says, or {@code null} when nothing ranks the item
 * @param section heading path from the top of the document to the item
 * @param commands shell commands the item names, in document order: the lines of a shell code block
 *     nested under it, then code spans in its text that read as a command; empty when it names none
 */
public record Item(
    String id,
    int line,
    int depth,
    State state,
    Marker marker,
    Priority priority,
    Phase phase,
    List<String> section,
    String text,
    List<String> commands) {

  public Item {
    section = List.copyOf(section);
    commands = List.copyOf(commands);
  }

  /** An item that names no command. */
  public Item(
      String id,
      int line,
      int depth,
      State state,
      Marker marker,
      Priority priority,
      Phase phase,
      List<String> section,
      String text) {
    this(id, line, depth, state, marker, priority, phase, section, text, List.of());
  }

  /** Whether the item counts toward the launch at all. */
  public boolean applies() {
    return state != State.NOT_APPLICABLE && phase == Phase.LAUNCH;
  }
}
