package dev.golive.engine.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes {@code cmd.exit-zero} for an item whose commands only look and whose exit status says
 * whether the item holds: {@code systemctl status}, {@code npm audit}, {@code pytest}, {@code
 * manage.py migrate --check}, {@code curl --fail}. A command that changes things ({@code migrate},
 * {@code npm audit fix}, a deploy script) or that exits 0 whatever it finds ({@code
 * showmigrations}, {@code curl} without {@code --fail}, {@code dig}) is never proposed: the check
 * runs what it is bound to, and an exit status that cannot fail proves nothing.
 */
final class CommandMatcher {
  static final String CHECK = "cmd.exit-zero";

  /** How sure a command the team wrote beside the item makes golive. */
  static final double CONFIDENCE = 0.7;

  /** What may stand before the command itself: sudo, variables, a container to run it in. */
  private static final Pattern PREFIX =
      Pattern.compile(
          "^(?:sudo\\s+(?:-u\\s+\\S+\\s+)?|[A-Za-z_][A-Za-z0-9_]*=\\S*\\s+"
              + "|docker(?:-compose|\\s+compose)(?:\\s+-f\\s+\\S+)*\\s+exec\\s+(?:-T\\s+)?\\S+\\s+"
              + "|docker\\s+exec\\s+(?:-\\w+\\s+)*\\S+\\s+|(?:uv|poetry|pipenv)\\s+run\\s+"
              + "|bundle\\s+exec\\s+)+");

  private static final List<Pattern> LOOKING =
      List.of(
          // a service's state: status exits 3 when the unit is not running
          Pattern.compile("^systemctl\\s+(?:status|is-active|is-enabled)\\s+[\\w@.-]+$"),
          // known vulnerabilities in the dependencies
          Pattern.compile(
              "^(?:npm|pnpm|yarn)\\s+audit(?:\\s+--(?:audit-level|prod|production|omit)\\S*(?:\\s+\\w+)?)*$"),
          Pattern.compile(
              "^(?:pip-audit|safety\\s+check|composer\\s+audit|bundle\\s+audit|cargo\\s+audit|govulncheck\\s+\\S+)$"),
          // the test suite, the linter, the type checker
          Pattern.compile(
              "^(?:npm|pnpm|yarn|bun)\\s+(?:run\\s+)?(?:test|lint|typecheck|type-check|check)(?::\\w+)?$"),
          Pattern.compile(
              "^(?:pytest|python3?\\s+-m\\s+pytest|php\\s+artisan\\s+test|go\\s+test|cargo\\s+test|\\./mvnw\\s+(?:test|verify)|mvn\\s+(?:test|verify)|\\./gradlew\\s+(?:test|check)|ruff\\s+check|flake8|mypy)(?:\\s+[\\w./:-]+)*$"),
          // migrations: these forms exit non-zero when some are pending
          Pattern.compile("^python3?\\s+manage\\.py\\s+migrate\\s+--check$"),
          Pattern.compile(
              "^python3?\\s+manage\\.py\\s+makemigrations\\s+--check(?:\\s+--dry-run)?$"),
          Pattern.compile("^(?:npx\\s+)?prisma\\s+migrate\\s+status$"),
          Pattern.compile("^alembic\\s+check$"),
          // configuration that must parse
          Pattern.compile(
              "^(?:nginx|sshd)\\s+-t$|^apache2?ctl\\s+(?:-t|configtest)$|^haproxy\\s+-c\\s+-f\\s+\\S+$"),
          Pattern.compile(
              "^docker(?:-compose|\\s+compose)(?:\\s+-f\\s+\\S+)*\\s+config\\s+(?:-q|--quiet)$"),
          // a certificate that renews
          Pattern.compile("^certbot\\s+renew\\s+--dry-run$"),
          // an address that answers: only --fail makes curl's status mean the HTTP status
          Pattern.compile(
              "^curl\\s+(?:-\\w*f\\w*|--fail(?:-with-body)?)(?:\\s+-[A-Za-z]+)*\\s+\\S+$"));

  private CommandMatcher() {}

  /** {@code cmd.exit-zero} when every command of the item only looks; otherwise nothing. */
  static List<Proposal> match(List<String> commands) {
    if (commands.isEmpty()) {
      return List.of();
    }
    for (String command : commands) {
      if (!looks(command)) {
        return List.of();
      }
    }
    return List.of(
        new Proposal(CHECK, Map.of(), Set.of(), CONFIDENCE, String.join("; ", commands)));
  }

  static boolean looks(String command) {
    String bare = PREFIX.matcher(command.strip().replaceAll("\\s+", " ")).replaceFirst("");
    return LOOKING.stream().anyMatch(p -> p.matcher(bare).matches());
  }
}
