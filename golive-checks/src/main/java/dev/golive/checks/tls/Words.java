package dev.golive.checks.tls;

import java.util.List;

/** Lists in a sentence. */
final class Words {
  private Words() {}

  /** "a", "a and b", "a, b and c". */
  static String and(List<String> items) {
    if (items.size() < 2) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
  }
}
