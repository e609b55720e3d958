package dev.golive.checks.tls;

import java.util.List;
import java.util.Locale;

/**
 * Whether a certificate names a host, as browsers decide (RFC 6125, CA/Browser Forum): only the
 * subject alternative names count, never the common name; a wildcard stands for the whole left-most
 * label and one label only; IP addresses match IP entries exactly.
 */
final class HostNames {
  private HostNames() {}

  /**
   * @param host the host as the user gave it
   * @param sans {@code DNS:name} and {@code IP:address} entries
   */
  static boolean matches(String host, List<String> sans) {
    String h = normalise(host);
    boolean address = ClientHello.isAddress(h);
    for (String san : sans) {
      if (address && san.startsWith("IP:")) {
        if (sameAddress(h, san.substring(3))) {
          return true;
        }
      } else if (!address && san.startsWith("DNS:") && dnsMatches(h, normalise(san.substring(4)))) {
        return true;
      }
    }
    return false;
  }

  private static String normalise(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    if (n.startsWith("[") && n.endsWith("]")) {
      n = n.substring(1, n.length() - 1);
    }
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  private static boolean dnsMatches(String host, String pattern) {
    if (!pattern.startsWith("*.")) {
      return host.equals(pattern);
    }
    String suffix = pattern.substring(1); // ".example.com"
    int dot = host.indexOf('.');
    return dot > 0
        && host.substring(dot).equals(suffix)
        && suffix.indexOf('.', 1) > 0; // "*.com" names no host
  }

  private static boolean sameAddress(String a, String b) {
    try {
      return expand(a).equals(expand(normalise(b)));
    } catch (NumberFormatException e) {
      return a.equals(normalise(b));
    }
  }

  /** An IPv6 literal in one spelling: eight groups without leading zeros. */
  private static String expand(String ip) {
    if (!ip.contains(":")) {
      return ip;
    }
    String[] halves = ip.split("::", -1);
    String[] head = halves[0].isEmpty() ? new String[0] : halves[0].split(":");
    String[] tail = halves.length < 2 || halves[1].isEmpty() ? new String[0] : halves[1].split(":");
    StringBuilder out = new StringBuilder();
    int missing = 8 - head.length - tail.length;
    for (String g : head) {
      out.append(Integer.parseInt(g, 16)).append(':');
    }
    for (int i = 0; halves.length == 2 && i < missing; i++) {
      out.append("0:");
    }
    for (String g : tail) {
      out.append(Integer.parseInt(g, 16)).append(':');
    }
    return out.toString();
  }
}
