package dev.golive.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Marker;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Corner cases of GitHub's task lists (lazy lines, boxes after blank first lines, comments, fences
 * inside items, odd list starts, tabs), held against what the CommonMark + GFM reference reads in
 * the same file: gfm-edges.expected lists its task items.
 */
class GfmEdgesTest {
  @Test
  void readsTheTaskItemsTheReferenceReads() {
    Checklist c = Fixtures.read("gfm-edges.md");
    List<String> tasks =
        c.items().stream()
            .filter(i -> i.marker() == Marker.TASK)
            .map(i -> i.line() + " " + i.depth() + " " + i.state().id())
            .toList();
    List<String> expected =
        new String(Fixtures.bytes("gfm-edges.expected"), StandardCharsets.UTF_8)
            .lines()
            .filter(l -> !l.startsWith("#") && !l.isBlank())
            .toList();
    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(tasks).isEqualTo(expected);
  }
}
