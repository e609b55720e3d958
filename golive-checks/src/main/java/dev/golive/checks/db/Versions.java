package dev.golive.checks.db;

/** Dotted version numbers compared part by part: {@code 9.6 < 15.2 < 15.10}. */
final class Versions {
  private Versions() {}

  /** Whether {@code v} is a version number golive compares: digits and dots. */
  static boolean valid(String v) {
    return v != null && v.matches("\\d+(\\.\\d+)*");
  }

  /** Negative, zero or positive as {@code a} is older, the same or newer than {@code b}. */
  static int compare(String a, String b) {
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      long p = i < x.length ? parse(x[i]) : 0;
      long q = i < y.length ? parse(y[i]) : 0;
      if (p != q) {
        return Long.compare(p, q);
      }
    }
    return 0;
  }

  private static long parse(String part) {
    String digits = part.replaceAll("\\D.*", "");
    return digits.isEmpty() ? 0 : Long.parseLong(digits);
  }
}
