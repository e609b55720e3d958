package dev.golive.checks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What kind of address a server listens on, from the text alone (no lookups): every interface,
 * loopback, private (RFC 1918, RFC 4193, link-local, carrier-grade NAT) or public.
 */
public final class Addresses {
  public enum Kind {
    ALL,
    LOOPBACK,
    PRIVATE,
    PUBLIC
  }

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]+");

  private Addresses() {}

  /**
   * The kind of {@code address} as Redis's {@code bind} writes it; a leading {@code -} is dropped.
   */
  public static Kind of(String address) {
    String a = address.startsWith("-") ? address.substring(1) : address;
    a = a.toLowerCase(Locale.ROOT);
    int zone = a.indexOf('%');
    if (zone >= 0) {
      a = a.substring(0, zone);
    }
    if (a.startsWith("[") && a.endsWith("]")) {
      a = a.substring(1, a.length() - 1);
    }
    switch (a) {
      case "*", "::*", "0.0.0.0", "::", "" -> {
        return Kind.ALL;
      }
      case "localhost" -> {
        return Kind.LOOPBACK;
      }
      default -> {}
    }
    Matcher m = IPV4.matcher(a);
    if (m.matches()) {
      return ipv4(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    if (a.contains(":") && IPV6.matcher(a).matches()) {
      try {
        InetAddress ip = InetAddress.getByName(a); // a literal: parsed, never looked up
        if (ip.isLoopbackAddress()) {
          return Kind.LOOPBACK;
        }
        if (ip.isAnyLocalAddress()) {
          return Kind.ALL;
        }
        if (ip instanceof Inet6Address) {
          byte[] b = ip.getAddress();
          boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
          return uniqueLocal || ip.isLinkLocalAddress() ? Kind.PRIVATE : Kind.PUBLIC;
        }
        byte[] b = ip.getAddress(); // an IPv4-mapped address
        return ipv4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
      } catch (UnknownHostException e) {
        return Kind.PUBLIC;
      }
    }
    return Kind.PUBLIC;
  }

  private static Kind ipv4(int a, int b, int c) {
    if (a == 127) {
      return Kind.LOOPBACK;
    }
    if (a == 0 && b == 0 && c == 0) {
      return Kind.ALL;
    }
    boolean rfc1918 = a == 10 || (a == 172 && b >= 16 && b <= 31) || (a == 192 && b == 168);
    boolean linkLocal = a == 169 && b == 254;
    boolean sharedNat = a == 100 && b >= 64 && b <= 127;
    return rfc1918 || linkLocal || sharedNat ? Kind.PRIVATE : Kind.PUBLIC;
  }
}
