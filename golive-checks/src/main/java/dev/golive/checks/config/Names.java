package dev.golive.checks.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Which variables and settings each config check reads. */
final class Names {
  private Names() {}

  /** Yes-or-no debug switches. */
  static final List<String> DEBUG_FLAGS =
      List.of(
          "DEBUG",
          "APP_DEBUG",
          "FLASK_DEBUG",
          "DJANGO_DEBUG",
          "WP_DEBUG",
          "DEBUG_MODE",
          "APP.DEBUG");

  /** Names of the environment an app runs as. */
  static final List<String> ENVIRONMENTS =
      List.of(
          "NODE_ENV",
          "APP_ENV",
          "RAILS_ENV",
          "RACK_ENV",
          "FLASK_ENV",
          "DJANGO_ENV",
          "ENVIRONMENT",
          "APP_ENVIRONMENT",
          "MIX_ENV",
          "GO_ENV",
          "ASPNETCORE_ENVIRONMENT",
          "DOTNET_ENVIRONMENT",
          "APP.ENV");

  /** Spring's active profiles. */
  static final List<String> PROFILES = List.of("SPRING_PROFILES_ACTIVE", "SPRING.PROFILES.ACTIVE");

  /** Django's key, judged by Django's own floor as well. */
  static final List<String> DJANGO_SECRETS = List.of("SECRET_KEY", "DJANGO_SECRET_KEY");

  /** Keys an app signs or encrypts with, judged for strength. */
  static final List<String> SIGNING_SECRETS =
      List.of(
          "FLASK_SECRET_KEY",
          "JWT_SECRET",
          "JWT_SECRET_KEY",
          "JWT_KEY",
          "JWT_ACCESS_SECRET",
          "JWT_REFRESH_SECRET",
          "JWT_ACCESS_TOKEN_SECRET",
          "JWT_REFRESH_TOKEN_SECRET",
          "ACCESS_TOKEN_SECRET",
          "REFRESH_TOKEN_SECRET",
          "TOKEN_SECRET",
          "AUTH_SECRET",
          "NEXTAUTH_SECRET",
          "BETTER_AUTH_SECRET",
          "SESSION_SECRET",
          "SESSION_SECRET_KEY",
          "SESSION_KEY",
          "COOKIE_SECRET",
          "CSRF_SECRET",
          "APP_SECRET",
          "SECRET_KEY_BASE",
          "DEVISE_SECRET_KEY",
          "ENCRYPTION_KEY",
          "SIGNING_KEY",
          "SECRET");

  /** Laravel's key: {@code base64:} and 32 random bytes. */
  static final String LARAVEL_KEY = "APP_KEY";

  /** Other credentials, judged only for placeholders and test-mode keys. */
  private static final Pattern OTHER_SECRET =
      Pattern.compile(
          ".*(_SECRET|_SECRET_KEY|_SECRET_ACCESS_KEY|_API_KEY|_APIKEY|_TOKEN|_AUTH_TOKEN"
              + "|_ACCESS_KEY|_PRIVATE_KEY|_CLIENT_SECRET|_WEBHOOK_SECRET)");

  static boolean isOtherSecret(String upper) {
    return OTHER_SECRET.matcher(upper).matches();
  }

  private static final Pattern PASSWORD = Pattern.compile("(.*?)(PASSWORD|PASSWD|PASS|PWD)");

  private static final Pattern WORDS = Pattern.compile("[_.]");

  /** Words before PASSWORD that make it a setting about passwords, not one. */
  private static final Set<String> NOT_A_PASSWORD =
      Set.of("MIN", "MAX", "RESET", "HASH", "FILE", "LENGTH", "FORGOT", "FORGOTTEN");

  /**
   * The part before the password word when {@code upper} names a password ({@code DB_} of {@code
   * DB_PASSWORD}, {@code DATABASES.DEFAULT.} of {@code DATABASES.DEFAULT.PASSWORD}), or {@code
   * null}.
   */
  static String passwordPrefix(String upper) {
    var m = PASSWORD.matcher(upper);
    if (!m.matches()) {
      return null;
    }
    String prefix = m.group(1);
    if (!prefix.isEmpty()
        && !prefix.endsWith("_")
        && !prefix.endsWith(".")
        && !prefix.equals("PG")) {
      return null;
    }
    for (String word : WORDS.split(prefix, -1)) {
      if (NOT_A_PASSWORD.contains(word)) {
        return null;
      }
    }
    return prefix;
  }

  /** Settings that list the host names a Django-style app answers for. */
  static boolean isAllowedHosts(String upper) {
    return upper.equals("ALLOWED_HOSTS")
        || upper.endsWith("_ALLOWED_HOSTS")
        || upper.equals("ALLOWED_HOST")
        || upper.equals("TRUSTED_HOSTS");
  }

  static final List<String> CORS_ORIGINS =
      List.of(
          "CORS_ALLOWED_ORIGINS",
          "CORS_ALLOWED_ORIGIN",
          "CORS_ORIGIN_WHITELIST",
          "CORS_ORIGINS",
          "CORS_ORIGIN",
          "CORS_ALLOW_ORIGIN",
          "CORS_ALLOW_ORIGINS",
          "CORS_ALLOWED_ORIGIN_REGEXES",
          "CORS_ORIGIN_REGEX_WHITELIST",
          "ALLOWED_ORIGINS",
          "ACCESS_CONTROL_ALLOW_ORIGIN");

  static final List<String> CORS_ALLOW_ALL =
      List.of("CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL", "CORS_ALLOW_ALL");

  static final List<String> CORS_CREDENTIALS =
      List.of(
          "CORS_ALLOW_CREDENTIALS",
          "CORS_CREDENTIALS",
          "CORS_SUPPORTS_CREDENTIALS",
          "CORS_SUPPORT_CREDENTIALS",
          "ACCESS_CONTROL_ALLOW_CREDENTIALS");

  /** Settings that hold URLs or origins. */
  static boolean holdsUrls(String upper) {
    return upper.endsWith("_URL")
        || upper.endsWith("_URLS")
        || upper.endsWith("_URI")
        || upper.endsWith("_URIS")
        || upper.endsWith("_ORIGIN")
        || upper.endsWith("_ORIGINS")
        || upper.endsWith("_ENDPOINT")
        || upper.endsWith("_WEBHOOK")
        || upper.endsWith("_ORIGIN_WHITELIST")
        || upper.equals("URL")
        || upper.equals("ORIGIN");
  }

  static String upper(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  /** The first of {@code names} that {@code s} is or feeds, or {@code null}. */
  static String first(Setting s, List<String> names) {
    for (String n : s.names()) {
      if (names.contains(n)) {
        return n;
      }
    }
    return null;
  }
}
