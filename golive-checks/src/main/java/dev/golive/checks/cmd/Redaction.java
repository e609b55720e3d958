package dev.golive.checks.cmd;

import dev.golive.checks.Secrets;
import java.util.regex.Pattern;

/**
 * Masks what looks like a secret in a command or its output before either is shown or stored:
 * passwords in URLs ({@link Secrets#redact}), {@code password=...} / {@code TOKEN: ...} pairs,
 * {@code Bearer} and {@code Basic} credentials and curl's {@code -u user:password}.
 */
final class Redaction {
  private static final Pattern PAIR =
      Pattern.compile(
          "(?i)\\b([a-z0-9_]*?(?:password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key"
              + "|private[-_]?key)[a-z0-9_]*\\s*[=:]\\s*)(\"[^\"]*\"|'[^']*'|[^\\s\"'&,;]+)");

  private static final Pattern SCHEME =
      Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}");

  private static final Pattern USER =
      Pattern.compile("((?:^|\\s)(?:-u|--user)\\s*['\"]?[^:\\s'\"]+:)[^\\s'\"]+");

  private Redaction() {}

  static String of(String text) {
    String s = Secrets.redact(text);
    s = PAIR.matcher(s).replaceAll("$1***");
    s = SCHEME.matcher(s).replaceAll("$1 ***");
    return USER.matcher(s).replaceAll("$1***");
  }
}
