package dev.golive.core.read;

import dev.golive.core.model.Priority;

/**
 * A heading as the reader understood it.
 *
 * @param priority the priority the heading itself names, or {@code null}
 * @param postLaunch whether the heading is about the time after the launch
 * @param legend whether the section explains the document's priorities
 * @param saysDone whether the heading marks its section done (✅, "Completed")
 * @param coreName the name without emoji, numbering or punctuation, for matching legend lines
 */
record Section(
    int level,
    int line,
    String text,
    Priority priority,
    boolean postLaunch,
    boolean legend,
    boolean saysDone,
    String coreName) {

  static Section of(int level, int line, String text) {
    return new Section(
        level,
        line,
        text,
        PriorityWords.inHeading(text),
        PhaseWords.postLaunch(text),
        LegendWords.isLegend(text),
        StatusWords.headingSaysDone(text),
        LegendWords.coreName(text));
  }
}
