package dev.golive.core.read;

import dev.golive.core.model.Marker;
import dev.golive.core.model.State;
import java.util.List;

/** An item as found in the document, before ranks, phases and ids are settled. */
final class RawItem {
  final int line;
  final int depth;
  final State state;
  final Marker marker;
  final String text;

  /** Open headings, outermost first. */
  final List<Section> sections;

  /** The item this one is nested under, or {@code null}. */
  final RawItem parent;

  /** The shell commands the item names (see {@link Commands}); set once its blocks are seen. */
  List<String> commands = List.of();

  RawItem(
      int line,
      int depth,
      State state,
      Marker marker,
      String text,
      List<Section> sections,
      RawItem parent) {
    this.line = line;
    this.depth = depth;
    this.state = state;
    this.marker = marker;
    this.text = text;
    this.sections = sections;
    this.parent = parent;
  }
}
