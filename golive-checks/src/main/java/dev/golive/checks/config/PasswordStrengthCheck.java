package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Database, Redis and other service passwords are long, varied and not common. */
@CheckInfo(
    id = "config.password-strength",
    needs = TargetKind.ENV,
    title = "Service passwords are long, varied and not common",
    severity = Priority.HIGH,
    description =
        "Reads every password the environment gives (DB_PASSWORD, POSTGRES_PASSWORD,"
            + " MYSQL_PASSWORD, MYSQL_ROOT_PASSWORD, REDIS_PASSWORD, any *_PASSWORD, *_PASS or"
            + " *_PWD, and the password in the user part of DATABASE_URL, REDIS_URL and other"
            + " *_URL or *_DSN values; with a repository also a Django settings module's"
            + " DATABASES) and measures it without showing it. Fails a password that is empty,"
            + " shorter than min-length, uses fewer than min-classes of lower case, upper case,"
            + " digits and symbols (a password of twice min-length or more with at least 3 bits of"
            + " entropy per character needs none), is a common or default password (golive's own"
            + " short list, also after dropping digits and symbols at its ends and undoing l33t"
            + " spelling), reads as a placeholder, equals the value in .env.example, or equals or"
            + " contains its user name (DB_USER for DB_PASSWORD, postgres for POSTGRES_PASSWORD,"
            + " the URL's user). Skipped when there is no password.")
public record PasswordStrengthCheck(
    @Param(
            description = "Fewest characters a password may have",
            defaultValue = "16",
            example = "20")
        int minLength,
    @Param(
            description =
                "Fewest character classes (lower case, upper case, digits, symbols) a password must"
                    + " use",
            defaultValue = "3",
            example = "4")
        int minClasses)
    implements Check<PasswordStrengthCheck.Evidence> {

  /** Long passwords skip the classes rule when their characters are this varied. */
  static final double LONG_ENTROPY = 3.0;

  private static final Map<String, String> DEFAULT_USERS =
      Map.of(
          "POSTGRES_", "postgres",
          "POSTGRESQL_", "postgres",
          "PG", "postgres",
          "MYSQL_ROOT_", "root",
          "MARIADB_ROOT_", "root",
          "DB_ROOT_", "root",
          "REDIS_", "default",
          "RABBITMQ_DEFAULT_", "guest");

  /** How the password relates to its user name. */
  public enum UserMatch {
    EQUALS,
    CONTAINS
  }

  /**
   * What golive measured of one password; never the password.
   *
   * @param name the variable or setting, with {@code (password in the URL)} for URLs
   * @param where the file and line, or the process environment
   * @param user where its user name comes from, or {@code null} when none is known
   * @param length characters
   * @param classes how many of lower case, upper case, digits and symbols it uses
   * @param distinct distinct characters
   * @param bitsPerChar Shannon entropy of its characters
   * @param common whether it is a common or default password
   * @param userMatch whether it equals or contains the user name, or {@code null}
   * @param placeholder why it reads as a placeholder, or {@code null}
   * @param sameAsExample the example file and line that hold the same value, or {@code null}
   * @param unresolved variables it refers to that are not set
   */
  public record Password(
      String name,
      String where,
      String user,
      int length,
      int classes,
      int distinct,
      double bitsPerChar,
      boolean common,
      UserMatch userMatch,
      String placeholder,
      String sameAsExample,
      List<String> unresolved) {
    public Password {
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * The passwords found, measured.
   *
   * @param source where the values were read
   * @param passwords every password found
   */
  public record Evidence(ConfigSource source, List<Password> passwords) {
    public Evidence {
      passwords = List.copyOf(passwords);
    }
  }

  public PasswordStrengthCheck {
    if (minLength < 1) {
      throw new IllegalArgumentException("'min-length' must be at least 1");
    }
    if (minClasses < 1 || minClasses > 4) {
      throw new IllegalArgumentException("'min-classes' must be between 1 and 4");
    }
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return evidence(ConfigView.of(probe));
  }

  static Evidence evidence(ConfigView view) {
    List<Password> out = new ArrayList<>();
    for (Setting s : view.settings()) {
      if (s.items() != null) {
        continue;
      }
      String prefix = null;
      for (String n : s.names()) {
        prefix = prefix != null ? prefix : Names.passwordPrefix(n);
      }
      if (prefix != null) {
        String[] user = user(view, prefix);
        Setting example = view.examples().get(s.name());
        String same =
            example != null && !example.value().isEmpty() && example.value().equals(s.value())
                ? example.where()
                : null;
        out.add(
            measure(
                s.name(),
                s.where(),
                s.value(),
                user == null ? null : user[0],
                user == null ? null : user[1],
                same,
                s.unresolved()));
        continue;
      }
      if (s.names().stream().anyMatch(PasswordStrengthCheck::holdsCredentials)) {
        for (String element : Values.split(s.value())) {
          String[] userInfo = userInfo(element);
          if (userInfo != null) {
            String user =
                userInfo[0].isEmpty() && element.startsWith("redis") ? "default" : userInfo[0];
            out.add(
                measure(
                    s.name() + " (password in the URL)",
                    s.where(),
                    userInfo[1],
                    user.isEmpty() ? null : "the URL's user",
                    user.isEmpty() ? null : user,
                    null,
                    s.unresolved()));
          }
        }
      }
    }
    return new Evidence(view.describe(), out);
  }

  private static boolean holdsCredentials(String upper) {
    return upper.endsWith("_URL")
        || upper.endsWith("_URI")
        || upper.endsWith("_DSN")
        || upper.equals("DSN")
        || upper.endsWith("_URLS");
  }

  /** Where the user name for a password with {@code prefix} comes from, and the name. */
  private static String[] user(ConfigView view, String prefix) {
    for (String suffix : List.of("USER", "USERNAME", "USER_NAME", "LOGIN", "USR")) {
      String wanted = prefix + suffix;
      for (Setting s : view.settings()) {
        if (s.items() == null && s.is(wanted) && !s.value().isBlank()) {
          return new String[] {s.name() + " (" + s.where() + ")", s.value().strip()};
        }
      }
    }
    String fallback = DEFAULT_USERS.get(prefix);
    return fallback == null
        ? null
        : new String[] {fallback + ", the image's default user", fallback};
  }

  /** {@code [user, password]} from {@code scheme://user:password@host...}, or {@code null}. */
  static String[] userInfo(String url) {
    int scheme = url.indexOf("://");
    if (scheme <= 0) {
      return null;
    }
    int start = scheme + 3;
    int end = start;
    while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String authority = url.substring(start, end);
    int at = authority.lastIndexOf('@');
    if (at < 0) {
      return null;
    }
    String info = authority.substring(0, at);
    int colon = info.indexOf(':');
    if (colon < 0) {
      return null;
    }
    return new String[] {decode(info.substring(0, colon)), decode(info.substring(colon + 1))};
  }

  private static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '%' && i + 2 < bytes.length) {
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi >= 0 && lo >= 0) {
          out.write(hi * 16 + lo);
          i += 2;
          continue;
        }
      }
      out.write(bytes[i]);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static Password measure(
      String name,
      String where,
      String value,
      String userFrom,
      String user,
      String sameAsExample,
      List<String> unresolved) {
    UserMatch match = null;
    if (user != null && !value.isEmpty()) {
      String p = value.toLowerCase(Locale.ROOT);
      String u = user.toLowerCase(Locale.ROOT);
      if (p.equals(u)) {
        match = UserMatch.EQUALS;
      } else if (u.length() >= 4 && p.contains(u)) {
        match = UserMatch.CONTAINS;
      }
    }
    return new Password(
        name,
        where,
        userFrom,
        value.codePointCount(0, value.length()),
        Values.classes(value),
        Values.distinct(value),
        Values.bitsPerChar(value),
        !value.isEmpty() && Values.isCommonPassword(value),
        match,
        value.isEmpty() ? null : Values.placeholder(value),
        sameAsExample,
        unresolved);
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.passwords().isEmpty()) {
      return Judgement.skipped(
          e.source().env() + " sets no password (*_PASSWORD, or one inside a *_URL)");
    }
    Tally t = new Tally();
    for (Password p : e.passwords()) {
      String who = p.name() + " (" + p.where() + ")";
      if (p.length() == 0 && !p.unresolved().isEmpty()) {
        t.error(
            who + " comes from " + String.join(", ", p.unresolved()) + ", which is not set here");
        continue;
      }
      List<String> problems = problems(p);
      if (problems.isEmpty()) {
        t.pass(who + ": " + p.length() + " characters, " + p.classes() + " classes");
      } else {
        t.fail(who + " " + String.join(", ", problems));
      }
    }
    return t.judge();
  }

  private List<String> problems(Password p) {
    List<String> out = new ArrayList<>();
    if (p.length() == 0) {
      out.add("is empty");
      return out;
    }
    if (p.common()) {
      out.add("is a common or default password");
    }
    if (p.placeholder() != null) {
      out.add("reads as a placeholder (" + p.placeholder() + ")");
    }
    if (p.sameAsExample() != null) {
      out.add("is the value " + p.sameAsExample() + " ships with");
    }
    if (p.userMatch() == UserMatch.EQUALS) {
      out.add("is the user name (" + p.user() + ")");
    } else if (p.userMatch() == UserMatch.CONTAINS) {
      out.add("contains the user name (" + p.user() + ")");
    }
    if (p.length() < minLength) {
      out.add("has " + p.length() + " characters, fewer than " + minLength);
    }
    boolean longAndVaried = p.length() >= 2 * minLength && p.bitsPerChar() >= LONG_ENTROPY;
    if (p.classes() < minClasses && !longAndVaried) {
      out.add(
          "uses "
              + p.classes()
              + " of the 4 character classes (lower case, upper case, digits, symbols), fewer"
              + " than "
              + minClasses);
    }
    return out;
  }
}
