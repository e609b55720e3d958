package dev.golive.checks.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** How the config checks read values: yes or no, lists, hosts, and the make of a secret. */
final class Values {
  private Values() {}

  /** What a yes-or-no value says. */
  enum Flag {
    ON,
    OFF,
    /** Neither: most frameworks read any other non-empty string as on. */
    UNCLEAR
  }

  private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");

  private static final Set<String> OFF =
      Set.of("", "false", "0", "no", "off", "n", "f", "none", "null", "disabled", "disable");
  private static final Set<String> ON =
      Set.of("true", "1", "yes", "on", "y", "t", "enabled", "enable", "(true)");

  /** A yes-or-no value as Python, PHP and the dotenv libraries read it. */
  static Flag flag(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.length() >= 2
        && (v.startsWith("'") || v.startsWith("\""))
        && v.endsWith(v.substring(0, 1))) {
      v = v.substring(1, v.length() - 1).strip();
    }
    if (OFF.contains(v) || v.equals("(false)")) {
      return Flag.OFF;
    }
    return ON.contains(v) ? Flag.ON : Flag.UNCLEAR;
  }

  /**
   * A list written in one string: {@code a,b}, {@code a b}, {@code a;b}, or a JSON or Python list
   * {@code ["a", "b"]}; items trimmed of spaces and quotes, empty ones dropped.
   */
  static List<String> split(String value) {
    String v = value.strip();
    if (v.startsWith("[") && v.endsWith("]")) {
      v = v.substring(1, v.length() - 1);
    }
    List<String> out = new ArrayList<>();
    for (String part : SEPARATORS.split(v, -1)) {
      String p = part.strip();
      while (p.length() >= 1 && (p.startsWith("\"") || p.startsWith("'"))) {
        p = p.substring(1);
      }
      while (p.length() >= 1 && (p.endsWith("\"") || p.endsWith("'"))) {
        p = p.substring(0, p.length() - 1);
      }
      if (!p.isEmpty()) {
        out.add(p);
      }
    }
    return out;
  }

  // --- hosts -------------------------------------------------------------------------------

  /**
   * Whether {@code host} is this machine or a private network: localhost, loopback and private
   * addresses, {@code .local}, {@code .internal}, {@code .lan}, {@code .home.arpa}, {@code
   * .localhost}, and names of one label ({@code db}, {@code backend}: compose services).
   */
  static boolean isInternalHost(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty()) {
      return false;
    }
    if (h.contains(":")) {
      return h.equals("::1")
          || h.equals("::")
          || h.startsWith("fc")
          || h.startsWith("fd")
          || h.startsWith("fe80");
    }
    int[] ip = ipv4(h);
    if (ip != null) {
      return ip[0] == 127
          || ip[0] == 10
          || ip[0] == 0
          || (ip[0] == 172 && ip[1] >= 16 && ip[1] <= 31)
          || (ip[0] == 192 && ip[1] == 168)
          || (ip[0] == 169 && ip[1] == 254)
          || (ip[0] == 100 && ip[1] >= 64 && ip[1] <= 127);
    }
    return !h.contains(".")
        || h.equals("localhost")
        || h.endsWith(".localhost")
        || h.endsWith(".local")
        || h.endsWith(".internal")
        || h.endsWith(".lan")
        || h.endsWith(".home.arpa");
  }

  /** The four numbers of a dotted IPv4 address, or {@code null}. */
  static int[] ipv4(String h) {
    String[] parts = h.split("\\.", -1);
    if (parts.length != 4) {
      return null;
    }
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      if (!parts[i].matches("\\d{1,3}")) {
        return null;
      }
      out[i] = Integer.parseInt(parts[i]);
      if (out[i] > 255) {
        return null;
      }
    }
    return out;
  }

  // --- the make of a secret ----------------------------------------------------------------

  /** Lower case, upper case, digits, anything else: how many of the four {@code s} uses. */
  static int classes(String s) {
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
    }
    return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
  }

  /** How many different characters {@code s} has. */
  static int distinct(String s) {
    return (int) s.codePoints().distinct().count();
  }

  /** Shannon entropy of {@code s}'s characters in bits per character, to two decimals. */
  static double bitsPerChar(String s) {
    if (s.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    s.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double n = s.codePointCount(0, s.length());
    double h = 0;
    for (int c : counts.values()) {
      double p = c / n;
      h -= p * Math.log(p) / Math.log(2);
    }
    return Math.round(h * 100) / 100.0;
  }

  private static final Set<String> PLACEHOLDER_VALUES =
      Set.of(
          "changeme",
          "changethis",
          "changeit",
          "change",
          "replaceme",
          "secret",
          "secretkey",
          "mysecret",
          "mysecretkey",
          "supersecret",
          "supersecretkey",
          "yoursecret",
          "yoursecretkey",
          "yoursupersecretkey",
          "jwtsecret",
          "sessionsecret",
          "password",
          "pass",
          "placeholder",
          "example",
          "sample",
          "default",
          "test",
          "testing",
          "dev",
          "development",
          "local",
          "debug",
          "todo",
          "fixme",
          "tbd",
          "none",
          "null",
          "undefined",
          "empty",
          "key",
          "token",
          "abc",
          "abc123",
          "qwerty",
          "foo",
          "bar",
          "foobar",
          "dummy",
          "insecure");

  /** Words that only a template or an example puts in a secret. */
  private static final Set<String> PLACEHOLDER_WORDS =
      Set.of(
          "your",
          "yours",
          "change",
          "changeme",
          "changethis",
          "replace",
          "replaceme",
          "placeholder",
          "example",
          "dummy",
          "todo",
          "fixme",
          "generate",
          "generated",
          "here");

  /**
   * Why {@code value} reads as a placeholder, in words that do not repeat it; {@code null} when it
   * does not.
   */
  static String placeholder(String value) {
    String v = value.strip();
    String lower = v.toLowerCase(Locale.ROOT);
    if ((v.startsWith("<") && v.endsWith(">"))
        || (v.startsWith("{{") && v.endsWith("}}"))
        || (v.startsWith("[") && v.endsWith("]") && !v.contains(","))
        || v.startsWith("${")
        || v.startsWith("$(")) {
      return "it is a template slot, not a value";
    }
    String squeezed = lower.replaceAll("[^a-z0-9]", "");
    if (PLACEHOLDER_VALUES.contains(squeezed)) {
      return "it is a well-known placeholder";
    }
    if (lower.matches(".*(x{4,}|\\*{4,}|\\.{3,}|…).*")) {
      return "it has a run of x, * or dots standing for the real value";
    }
    for (String word : NON_LETTERS.split(lower, -1)) {
      if (PLACEHOLDER_WORDS.contains(word)) {
        return "it is made of example wording (your, change, replace, example, placeholder ...)";
      }
    }
    return null;
  }

  /** A provider's test-mode key (Stripe {@code sk_test_...} and the like), or {@code null}. */
  static String testModeKey(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    for (String prefix : List.of("sk_test_", "rk_test_", "pk_test_", "whsec_test_")) {
      if (lower.startsWith(prefix)) {
        return "it is a test-mode key (" + prefix + "...)";
      }
    }
    return null;
  }

  /**
   * Passwords that are among the most used, or that services ship with. golive's own short list:
   * anything on it, or on it once digits and symbols at the ends are dropped and l33t spelling is
   * undone ({@code P@ssw0rd123!}), is common.
   */
  private static final Set<String> COMMON =
      Set.of(
          "password",
          "passwd",
          "pass",
          "passw0rd",
          "123456",
          "1234567",
          "12345678",
          "123456789",
          "1234567890",
          "12345",
          "1234",
          "111111",
          "000000",
          "654321",
          "666666",
          "121212",
          "qwerty",
          "qwertyuiop",
          "asdfgh",
          "asdfghjkl",
          "zxcvbnm",
          "qazwsx",
          "abc",
          "abcd",
          "abcdef",
          "abcdefg",
          "letmein",
          "welcome",
          "monkey",
          "dragon",
          "master",
          "login",
          "admin",
          "administrator",
          "root",
          "toor",
          "user",
          "guest",
          "test",
          "tester",
          "demo",
          "default",
          "changeme",
          "changeit",
          "secret",
          "iloveyou",
          "sunshine",
          "princess",
          "football",
          "baseball",
          "shadow",
          "superman",
          "batman",
          "trustno",
          "whatever",
          "freedom",
          "starwars",
          "hello",
          "hunter",
          "killer",
          "michael",
          "jordan",
          "charlie",
          "donald",
          "mustang",
          "access",
          "flower",
          "ninja",
          "azerty",
          "solo",
          "loveme",
          "lovely",
          "cheese",
          "computer",
          "internet",
          "service",
          "server",
          "system",
          "database",
          "db",
          "postgres",
          "postgresql",
          "mysql",
          "mariadb",
          "redis",
          "mongo",
          "mongodb",
          "oracle",
          "sa",
          "rabbitmq",
          "minio",
          "minioadmin",
          "elastic",
          "kibana",
          "grafana",
          "jenkins",
          "docker",
          "django",
          "laravel",
          "rails",
          "wordpress",
          "app",
          "application",
          "prod",
          "production",
          "staging",
          "dev",
          "development",
          "local",
          "pa",
          "p",
          "secure",
          "security",
          "private",
          "mypassword",
          "yourpassword",
          "newpassword",
          "strongpassword",
          "adminadmin",
          "rootroot",
          "qwerty123",
          "password1",
          "temp",
          "temporary");

  /** Whether {@code value} is a common or default password. */
  static boolean isCommonPassword(String value) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    String ends = lower.replaceAll("^[^a-z]+|[^a-z]+$", "");
    for (String v :
        List.of(lower, ends, unleet(ends), unleet(lower).replaceAll("^[^a-z]+|[^a-z]+$", ""))) {
      if (!v.isEmpty() && COMMON.contains(v)) {
        return true;
      }
    }
    return false;
  }

  private static String unleet(String s) {
    return s.replace('@', 'a')
        .replace('4', 'a')
        .replace('0', 'o')
        .replace('1', 'i')
        .replace('!', 'i')
        .replace('3', 'e')
        .replace('$', 's')
        .replace('5', 's')
        .replace('7', 't');
  }
}
