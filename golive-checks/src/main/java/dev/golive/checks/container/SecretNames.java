package dev.golive.checks.container;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which setting names hold secrets: those whose last word is PASSWORD, SECRET, TOKEN, KEY and the
 * like ({@code POSTGRES_PASSWORD}, {@code JWT_SECRET}, {@code STRIPE_SECRET_KEY}, {@code
 * SECRET_KEY_BASE}), not those that only mention one ({@code JWT_SECRET_EXPIRES_IN}, {@code
 * AWS_ACCESS_KEY_ID}), nor public keys, nor {@code *_FILE} paths to a secret.
 */
final class SecretNames {
  private static final Set<String> LAST_WORDS =
      Set.of(
          "PASSWORD",
          "PASSWD",
          "PASS",
          "PWD",
          "SECRET",
          "TOKEN",
          "KEY",
          "APIKEY",
          "CREDENTIALS",
          "CREDENTIAL",
          "PASSPHRASE",
          "SALT",
          "PRIVATEKEY",
          "AUTH");
  private static final Set<String> NOT_SECRET = Set.of("PUBLIC", "PUBLISHABLE", "FILE", "PATH");

  private SecretNames() {}

  static boolean isSecret(String name) {
    if (name == null || name.isBlank()) {
      return false;
    }
    List<String> words =
        List.of(name.strip().toUpperCase(Locale.ROOT).replace('-', '_').split("_+"));
    if (words.isEmpty() || words.stream().anyMatch(NOT_SECRET::contains)) {
      return false;
    }
    String last = words.getLast();
    if (LAST_WORDS.contains(last)) {
      return true;
    }
    // SECRET_KEY_BASE (Rails), JWT_SECRET_VALUE
    return words.size() >= 2
        && (last.equals("BASE") || last.equals("VALUE"))
        && LAST_WORDS.contains(words.get(words.size() - 2));
  }
}
