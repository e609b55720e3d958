package dev.golive.checks.container;

import java.util.List;

/** Lists in messages: all items up to a few, then how many more. */
final class Listing {
  private static final int SHOWN = 6;

  private Listing() {}

  static String of(List<String> items) {
    if (items.size() <= SHOWN) {
      return String.join(", ", items);
    }
    return String.join(", ", items.subList(0, SHOWN)) + " and " + (items.size() - SHOWN) + " more";
  }

  /** "1 service", "3 services". */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
