package dev.golive.checks.repo;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code repo.secrets} looks for, one row per kind of secret: its name (shown in findings),
 * the keywords that must occur before a line is looked at (lower case, matched ignoring case), the
 * pattern run on such a line, and the test that tells a real value from a look-alike (placeholders,
 * documentation keys, hashes, UUIDs, test keys). Rows are tried in order; the first that confirms a
 * line names it. Patterns are bounded (no nested unbounded repeats), so no line makes them
 * backtrack for long.
 */
final class SecretRules {
  private SecretRules() {}

  /**
   * One kind of secret.
   *
   * @param name the rule's name in findings, kebab-case
   * @param what the kind in words, for the docs
   * @param keywords lower-case words one of which every match contains
   * @param assignedTo for a rule about assignments, the test of the name assigned to (which holds
   *     one of the keywords); {@code null} for a rule about a token's own shape
   * @param pattern for a token, searched in the line (or a window of a long line) holding a
   *     keyword; for an assignment, matched right after the name holding the keyword: the separator
   *     (group 1), the opening quote (group 2) and the value (group 3)
   * @param confirm whether a match is a real secret rather than a look-alike
   */
  record Rule(
      String name,
      String what,
      List<String> keywords,
      Predicate<String> assignedTo,
      Pattern pattern,
      Confirm confirm) {}

  /** The test of one match. */
  @FunctionalInterface
  interface Confirm {
    /**
     * Whether the match is a real secret.
     *
     * @param name the name assigned to, for an assignment rule; {@code null} otherwise
     * @param m the match
     * @param after the text that follows the match, up to a few hundred bytes past its line (for
     *     multi-line keys)
     */
    boolean real(String name, Matcher m, Following after);
  }

  /** The text after a match, read only when a rule asks for it. */
  @FunctionalInterface
  interface Following {
    String text(int maxChars);
  }

  /**
   * After a name: a closing quote, the separator ({@code =}, {@code :}, {@code :=}, {@code =>}, a
   * comma) and an opening quote.
   */
  private static final String ASSIGN = "[\"']?\\s{0,5}(=>|:=|=|:|,)\\s{0,5}([\"'`]?)";

  /** An assigned value: up to the closing quote, a blank or a separator. */
  private static final String VALUE = "([^\\s\"'`;,\\\\]{1,300})";

  static final List<Rule> ALL =
      List.of(
          new Rule(
              "gcp-service-account",
              "the private key of a Google Cloud service account's JSON key file",
              List.of("private_key\""),
              null,
              Pattern.compile(
                  "\"private_key\"\\s{0,5}:\\s{0,5}\"-----BEGIN [A-Z ]{0,30}PRIVATE KEY-----"),
              (name, m, after) -> Values.pemBody(after.text(600))),
          new Rule(
              "private-key",
              "a PEM private key block (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted, PGP)",
              List.of("-----begin"),
              null,
              Pattern.compile("-----BEGIN (?:[A-Z0-9]{1,12} ){0,3}PRIVATE KEY(?: BLOCK)?-----"),
              (name, m, after) -> Values.pemBody(after.text(600))),
          new Rule(
              "aws-access-key-id",
              "an AWS access key id (AKIA..., ASIA...), not AWS's documentation keys ending in"
                  + " EXAMPLE",
              List.of("akia", "asia", "abia", "acca"),
              null,
              Pattern.compile(
                  "(?<![A-Za-z0-9])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])"),
              (name, m, after) ->
                  !m.group(1).endsWith("EXAMPLE")
                      && Values.entropy(m.group(1).substring(4)) >= 3.0),
          new Rule(
              "aws-secret-access-key",
              "an AWS secret access key assigned to a name such as aws_secret_access_key",
              List.of(
                  "aws_secret",
                  "aws-secret",
                  "aws.secret",
                  "awssecret",
                  "secret_access_key",
                  "secret-access-key",
                  "secretaccesskey"),
              Pattern.compile(
                      "(?i)aws[_.-]?secret(?:[_.-]?access)?[_.-]?key|secret[_.-]?access[_.-]?key")
                  .asPredicate(),
              Pattern.compile(ASSIGN + "([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])"),
              (name, m, after) ->
                  !m.group(3).toUpperCase(Locale.ROOT).contains("EXAMPLE")
                      && Values.entropy(m.group(3)) >= 4.0),
          new Rule(
              "github-token",
              "a GitHub token: classic and OAuth (ghp_, gho_, ghu_, ghs_, ghr_) or fine-grained"
                  + " (github_pat_)",
              List.of("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"),
              null,
              Pattern.compile(
                  "(?<![A-Za-z0-9_])(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})"
                      + "(?![A-Za-z0-9_])"),
              (name, m, after) -> Values.entropy(m.group(1)) >= 3.5),
          new Rule(
              "slack-token",
              "a Slack token (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxe-)",
              List.of("xox"),
              null,
              Pattern.compile(
                  "(?<![A-Za-z0-9])(xox[abeprs]-(?:[0-9]{8,14}-){1,3}[A-Za-z0-9-]{8,80})"
                      + "(?![A-Za-z0-9-])"),
              (name, m, after) -> Values.random(m.group(1), 3.0)),
          new Rule(
              "slack-webhook",
              "a Slack incoming webhook URL",
              List.of("hooks.slack.com/"),
              null,
              Pattern.compile(
                  "hooks\\.slack\\.com/(?:services|workflows|triggers)/"
                      + "(T[A-Z0-9]{6,12}/[AB][A-Z0-9]{6,12}/[A-Za-z0-9]{16,40})"),
              (name, m, after) -> Values.random(m.group(1), 3.0)),
          new Rule(
              "stripe-live-key",
              "a Stripe live secret or restricted key (sk_live_, rk_live_); test keys are not"
                  + " secrets",
              List.of("sk_live_", "rk_live_"),
              null,
              Pattern.compile(
                  "(?<![A-Za-z0-9_])((?:sk|rk)_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])"),
              (name, m, after) -> Values.random(m.group(1).substring(8), 3.0)),
          new Rule(
              "telegram-bot-token",
              "a Telegram bot token: the bot's number, a colon and 35 characters",
              List.of(":aa", "telegram", "bot_token", "bottoken", "bot-token"),
              null,
              Pattern.compile(
                  "(?<![A-Za-z0-9_:-])([0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])"),
              (name, m, after) ->
                  Values.random(m.group(1).substring(m.group(1).indexOf(':') + 1), 3.5)),
          new Rule(
              "jwt-secret",
              "a literal value assigned to a JWT signing secret (JWT_SECRET, jwtSecret, jwt.key)",
              List.of("jwt"),
              Pattern.compile(
                      "(?i)jwt[_.-]?(?:secret|signing[_.-]?key|private[_.-]?key|key|token[_.-]?secret)")
                  .asPredicate(),
              Pattern.compile(ASSIGN + VALUE),
              (name, m, after) ->
                  Values.assigned(name, m.group(1), m.group(2), m.group(3), 10, 3.0)),
          new Rule(
              "generic-secret",
              "a random-looking literal (16 characters or more, digits and letters, Shannon entropy"
                  + " of at least 3.5 bits a character, 3.0 for hex) assigned to a name holding"
                  + " secret, token, password, pwd, api_key, access_key, auth_key, private_key or"
                  + " credential",
              List.of(
                  "secret",
                  "token",
                  "passw",
                  "pwd",
                  "api_key",
                  "api-key",
                  "api.key",
                  "apikey",
                  "access_key",
                  "accesskey",
                  "auth_key",
                  "authkey",
                  "private_key",
                  "privatekey",
                  "credential"),
              name -> true, // it holds one of the keywords, which is all this rule asks
              Pattern.compile(ASSIGN + VALUE),
              (name, m, after) ->
                  Values.assigned(name, m.group(1), m.group(2), m.group(3), 16, 3.5)));

  /** Tests of values: entropy, placeholders, code, hashes. */
  static final class Values {
    private Values() {}

    /** Words that make a value a placeholder or an example, not a secret. */
    private static final List<String> PLACEHOLDERS =
        List.of(
            "example",
            "placeholder",
            "changeme",
            "change_me",
            "change-me",
            "changethis",
            "your",
            "xxxx",
            "****",
            "....",
            "dummy",
            "sample",
            "redacted",
            "replace",
            "insert",
            "todo",
            "fixme",
            "fake",
            "test",
            "secret_here",
            "123456",
            "abcdef",
            "qwerty",
            "<",
            ">",
            "${",
            "{{",
            "}}",
            "%(",
            "$(",
            "process.env",
            "import.meta",
            "environ",
            "getenv",
            "env(",
            "env[",
            "env.",
            "config(",
            "secrets.",
            "vars.",
            "settings.");

    /** Parts of names of things that are not secrets even when they say token or secret. */
    private static final List<String> NOT_SECRET_PARTS =
        List.of("hash", "sha", "md5", "digest", "checksum", "integrity", "fingerprint");

    /** Endings of names of things about a secret rather than the secret. */
    private static final List<String> NOT_SECRET_ENDINGS =
        List.of(
            "file",
            "path",
            "dir",
            "url",
            "uri",
            "endpoint",
            "name",
            "id",
            "type",
            "ttl",
            "expiry",
            "expires",
            "length",
            "len",
            "size",
            "header",
            "prefix",
            "env",
            "count",
            "limit",
            "timeout",
            "field",
            "param",
            "policy",
            "validity",
            "lifetime",
            "version",
            "enabled",
            "required");

    /** Whether {@code name} names something about a secret (its hash, file, length...). */
    static boolean notASecretName(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      for (String p : NOT_SECRET_PARTS) {
        if (n.contains(p)) {
          return true;
        }
      }
      for (String e : NOT_SECRET_ENDINGS) {
        if (n.endsWith(e)) {
          return true;
        }
      }
      return false;
    }

    private static final Pattern UUID =
        Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private static final Pattern HASH_PREFIX =
        Pattern.compile("(?i)(?:sha(?:1|224|256|384|512)|md5)[-:].*|h1:.*");

    private static final Pattern CODE_REFERENCE =
        Pattern.compile("[A-Za-z_$][\\w$]*(?:(?:\\.|::|->)[A-Za-z_$][\\w$]*)+");

    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

    /** A file's path: {@code /run/secrets/x}, {@code ./key}, {@code config/server.yml}. */
    private static final Pattern FILE_PATH =
        Pattern.compile("(?:\\.{0,2}/|~/).*|[\\w.-]*(?:/[\\w.-]+)+\\.[A-Za-z]{1,5}");

    /** Shannon entropy of {@code s} in bits per character. */
    static double entropy(CharSequence s) {
      int n = s.length();
      if (n == 0) {
        return 0;
      }
      int[] counts = new int[128];
      int other = 0;
      for (int i = 0; i < n; i++) {
        char c = s.charAt(i);
        if (c < 128) {
          counts[c]++;
        } else {
          other++;
        }
      }
      double h = 0;
      for (int c : counts) {
        if (c > 0) {
          double p = (double) c / n;
          h -= p * Math.log(p);
        }
      }
      if (other > 0) {
        double p = (double) other / n;
        h -= p * Math.log(p);
      }
      return h / Math.log(2);
    }

    /** Whether {@code v} says it stands for a value rather than being one. */
    static boolean placeholder(String v) {
      String lower = v.toLowerCase(Locale.ROOT);
      for (String p : PLACEHOLDERS) {
        if (lower.contains(p)) {
          return true;
        }
      }
      return v.startsWith("$") || v.startsWith("@") || v.startsWith("%") || v.startsWith("&");
    }

    /** Whether {@code token} looks random: not a placeholder, entropy of at least {@code min}. */
    static boolean random(String token, double min) {
      return !placeholder(token) && entropy(token) >= min;
    }

    /**
     * Whether an assignment of {@code value} to {@code name} gives away a secret.
     *
     * @param separator {@code =}, {@code :}, {@code :=}, {@code =>} or a comma
     * @param quote the quote before the value, or ""
     */
    static boolean assigned(
        String name, String separator, String quote, String value, int minLength, double minBits) {
      if (notASecretName(name)) {
        return false;
      }
      boolean quoted = !quote.isEmpty();
      if (separator.equals(",") && !quoted) {
        return false; // a list or an argument list, not an assignment
      }
      String v = quoted ? value : stripClosers(value);
      if (v.length() < minLength || placeholder(v)) {
        return false;
      }
      if (v.indexOf('(') >= 0 || v.indexOf(')') >= 0 || v.indexOf('[') >= 0) {
        return false; // a call or an index: code that fetches the value
      }
      if (!quoted && CODE_REFERENCE.matcher(v).matches()) {
        return false; // settings.SECRET, self.token, Config::KEY
      }
      if (UUID.matcher(v).matches()
          || HASH_PREFIX.matcher(v).matches()
          || FILE_PATH.matcher(v).matches()) {
        return false;
      }
      if (sameCharacter(v)) {
        return false;
      }
      if (minLength >= 16) {
        boolean digit = v.chars().anyMatch(Character::isDigit);
        boolean letter = v.chars().anyMatch(Character::isLetter);
        if (!digit || !letter) {
          return false; // words and identifiers; random values mix both
        }
      }
      double bits = entropy(v);
      if (HEX.matcher(v).matches()) {
        return v.length() >= Math.max(minLength, 20) && bits >= Math.min(minBits, 3.0);
      }
      return bits >= minBits;
    }

    private static String stripClosers(String v) {
      int end = v.length();
      while (end > 0 && ")]}>".indexOf(v.charAt(end - 1)) >= 0) {
        end--;
      }
      return v.substring(0, end);
    }

    private static boolean sameCharacter(String v) {
      return v.chars().distinct().count() <= 2;
    }

    /**
     * Whether {@code after} (the text following a BEGIN ... PRIVATE KEY line, with {@code \n}
     * escapes as in JSON) carries a key body: at least 64 base64 characters on lines of base64
     * alone, random enough, before the END line.
     */
    static boolean pemBody(String after) {
      String text = after.replace("\\n", "\n").replace("\\r", "\n");
      StringBuilder body = new StringBuilder();
      for (String line : text.split("\n", -1)) {
        String l = line.strip();
        if (l.contains("-----END")) {
          break;
        }
        l = trimQuotes(l);
        if (l.length() >= 16 && l.chars().allMatch(Values::base64)) {
          body.append(l);
        }
      }
      return body.length() >= 64 && entropy(body) >= 4.5;
    }

    private static String trimQuotes(String l) {
      int start = 0;
      int end = l.length();
      while (start < end && "\"'`+, ".indexOf(l.charAt(start)) >= 0) {
        start++;
      }
      while (end > start && "\"'`+,; ".indexOf(l.charAt(end - 1)) >= 0) {
        end--;
      }
      return l.substring(start, end);
    }

    private static boolean base64(int c) {
      return (c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || c == '+'
          || c == '/'
          || c == '=';
    }
  }
}
