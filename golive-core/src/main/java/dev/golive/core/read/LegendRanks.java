package dev.golive.core.read;

import dev.golive.core.model.Priority;
import java.util.IdentityHashMap;

/**
 * Ranks that a legend section gives other sections by name, as in "🔴 Critical: Security, Backups".
 * A heading ranked by its own words keeps its own rank.
 */
final class LegendRanks {
  private LegendRanks() {}

  static IdentityHashMap<Section, Priority> of(DocumentReader doc) {
    IdentityHashMap<Section, Priority> ranks = new IdentityHashMap<>();
    if (doc.legendLines.isEmpty()) {
      return ranks;
    }
    for (String line : doc.legendLines) {
      Priority p = PriorityWords.inLegend(line);
      if (p == null) {
        continue;
      }
      String folded = LegendWords.coreName(line);
      for (Section s : doc.sections) {
        String name = s.coreName();
        if (s.legend() || s.priority() != null || name.length() < 4 || ranks.containsKey(s)) {
          continue;
        }
        if (containsWord(folded, name)) {
          ranks.put(s, p);
        }
      }
    }
    return ranks;
  }

  private static boolean containsWord(String haystack, String needle) {
    int i = haystack.indexOf(needle);
    while (i >= 0) {
      int end = i + needle.length();
      boolean startOk = i == 0 || haystack.charAt(i - 1) == ' ';
      boolean endOk = end == haystack.length() || haystack.charAt(end) == ' ';
      if (startOk && endOk) {
        return true;
      }
      i = haystack.indexOf(needle, i + 1);
    }
    return false;
  }
}
