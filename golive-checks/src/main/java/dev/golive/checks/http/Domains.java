package dev.golive.checks.http;

import java.util.Locale;
import java.util.Set;

/**
 * Registrable domains ("example.co.uk" of "cdn.shop.example.co.uk"), approximated without the
 * public-suffix list: the last two labels, or three when the last two are a country's second-level
 * suffix such as {@code co.uk} or {@code com.au}. Addresses and single labels are their own domain.
 */
final class Domains {
  private static final Set<String> SECOND_LEVEL =
      Set.of(
          "ac", "co", "com", "edu", "go", "gob", "gov", "ltd", "mil", "ne", "net", "nic", "or",
          "org", "plc", "sch");

  private Domains() {}

  static String registrable(String host) {
    if (host == null || host.isEmpty()) {
      return "";
    }
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.startsWith("[") || h.chars().allMatch(c -> Character.isDigit(c) || c == '.')) {
      return h;
    }
    String[] labels = h.split("\\.");
    if (labels.length <= 2) {
      return h;
    }
    String tld = labels[labels.length - 1];
    String second = labels[labels.length - 2];
    int keep = tld.length() == 2 && SECOND_LEVEL.contains(second) ? 3 : 2;
    return String.join(
        ".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
  }

  static boolean sameSite(String a, String b) {
    return registrable(a).equals(registrable(b));
  }
}
