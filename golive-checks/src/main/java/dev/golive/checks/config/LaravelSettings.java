package dev.golive.checks.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Laravel project's {@code config/app.php}: its {@code 'debug'} and {@code 'env'} entries, which
 * read {@code APP_DEBUG} and {@code APP_ENV} with a default for when the environment does not set
 * them ({@code 'debug' => (bool) env('APP_DEBUG', false)}), or hold a literal.
 */
final class LaravelSettings {
  private static final Pattern ENTRY =
      Pattern.compile(
          "['\"](debug|env)['\"]\\s*=>\\s*(?:\\(\\w+\\)\\s*)?"
              + "(?:env\\(\\s*['\"](\\w+)['\"]\\s*(?:,\\s*([^)]*?))?\\s*\\)|(true|false|'[^']*'|\"[^\"]*\"))");

  private LaravelSettings() {}

  static List<Found> read(Path repo, List<String> notes) {
    Path app = repo.resolve("config").resolve("app.php");
    if (!Files.isRegularFile(repo.resolve("artisan")) || !Files.isRegularFile(app)) {
      return List.of();
    }
    String text = RepoFiles.text(app);
    if (text == null) {
      notes.add("could not read config/app.php");
      return List.of();
    }
    List<Found> out = new ArrayList<>();
    Matcher m = ENTRY.matcher(text);
    while (m.find()) {
      String setting = "app." + m.group(1);
      String where = "config/app.php:" + DjangoSettings.lineOf(text, m.start());
      if (m.group(2) != null) {
        Object fallback = m.group(3) == null ? PythonSettings.NO_DEFAULT : php(m.group(3));
        out.add(Found.reads(setting, m.group(2), fallback, where));
      } else {
        out.add(Found.literal(setting, php(m.group(4)), where));
      }
    }
    if (!out.isEmpty()) {
      notes.add("Laravel settings: config/app.php");
    }
    return out;
  }

  /** A PHP literal: true, false, null, a quoted string; anything else is not evaluated. */
  private static Object php(String literal) {
    String v = literal.strip();
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      case "null" -> null;
      default -> {
        if (v.length() >= 2
            && (v.charAt(0) == '\'' || v.charAt(0) == '"')
            && v.charAt(v.length() - 1) == v.charAt(0)) {
          yield v.substring(1, v.length() - 1);
        }
        yield new PythonSettings.Unknown();
      }
    };
  }
}
