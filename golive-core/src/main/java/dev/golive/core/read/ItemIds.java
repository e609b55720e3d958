package dev.golive.core.read;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Item ids that survive edits elsewhere in the file: a hash of the item's own words and its nearest
 * heading, with a counter only for true repeats under the same heading.
 */
final class ItemIds {
  private ItemIds() {}

  static String of(RawItem item, Map<String, Integer> seen) {
    String heading =
        item.sections.isEmpty() ? "" : item.sections.get(item.sections.size() - 1).text();
    String key = LegendWords.coreName(heading) + "\u0000" + Words.fold(item.text).strip();
    int n = seen.merge(key, 1, Integer::sum);
    String id = hex(fnv1a(key));
    return n == 1 ? id : id + "-" + n;
  }

  private static long fnv1a(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= 0x100000001b3L;
    }
    return h;
  }

  private static String hex(long h) {
    String s = Long.toHexString(h >>> 16);
    return "0".repeat(12 - s.length()) + s;
  }
}
