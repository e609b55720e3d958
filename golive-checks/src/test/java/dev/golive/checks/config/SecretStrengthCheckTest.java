package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.CheckType;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecretStrengthCheckTest {
  private static final SecretStrengthCheck DEFAULTS =
      (SecretStrengthCheck) CheckType.of(SecretStrengthCheck.class).withDefaults();

  /** The characters Django's get_random_secret_key draws from. */
  static final String DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";

  static final String HEX = "0123456789abcdef";
  static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

  /** {@code length} characters drawn from {@code chars}, the same for the same seed. */
  static String random(int length, String chars, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(chars.charAt(r.nextInt(chars.length())));
    }
    return s.toString();
  }

  static String laravelKey(int bytes) {
    byte[] b = new byte[bytes];
    new Random(bytes).nextBytes(b);
    return "base64:" + Base64.getEncoder().encodeToString(b);
  }

  private static ConfigView view(Setting... settings) {
    return new ConfigView("/srv/shop/.env", null, List.of(settings), Map.of(), List.of());
  }

  static SecretStrengthCheck.Evidence seen(SecretStrengthCheck check, String name, String value) {
    return check.evidence(view(Setting.of(name, value, ".env:1")));
  }

  static Stream<Arguments> secrets() {
    return Stream.of(
        Arguments.of("SECRET_KEY", random(50, DJANGO_CHARS, 1), Outcome.PASS),
        Arguments.of("DJANGO_SECRET_KEY", random(49, DJANGO_CHARS, 2), Outcome.FAIL),
        Arguments.of("SECRET_KEY", "django-insecure-" + random(50, DJANGO_CHARS, 3), Outcome.FAIL),
        Arguments.of("SECRET_KEY", "a".repeat(60), Outcome.FAIL),
        Arguments.of("SECRET_KEY", "abcde".repeat(12), Outcome.FAIL),
        Arguments.of("JWT_SECRET", random(64, HEX, 4), Outcome.PASS),
        Arguments.of("JWT_SECRET", random(20, BASE64, 5), Outcome.FAIL),
        Arguments.of("NEXTAUTH_SECRET", random(43, BASE64, 6) + "=", Outcome.PASS),
        Arguments.of(
            "SESSION_SECRET",
            "your-super-secret-key-change-this-in-production-please",
            Outcome.FAIL),
        Arguments.of("JWT_SECRET", "changeme", Outcome.FAIL),
        Arguments.of("SECRET_KEY_BASE", random(128, HEX, 7), Outcome.PASS),
        Arguments.of("APP_KEY", laravelKey(32), Outcome.PASS),
        Arguments.of("APP_KEY", laravelKey(16), Outcome.FAIL),
        Arguments.of("APP_KEY", "base64:!!not-base64!!", Outcome.FAIL),
        Arguments.of("APP_KEY", random(32, BASE64, 8), Outcome.PASS),
        Arguments.of("STRIPE_SECRET_KEY", "sk_live_xxxxxxxxxxxxxxxxxxxxxxxx", Outcome.FAIL),
        Arguments.of("STRIPE_SECRET_KEY", "sk_test_" + random(99, BASE64, 9), Outcome.WARN),
        Arguments.of("STRIPE_SECRET_KEY", "sk_live_" + random(99, BASE64, 10), Outcome.PASS),
        Arguments.of("TELEGRAM_BOT_TOKEN", "<your-bot-token>", Outcome.FAIL),
        Arguments.of("AWS_SECRET_ACCESS_KEY", random(40, BASE64, 11), Outcome.PASS),
        Arguments.of("GITHUB_TOKEN", "", Outcome.FAIL),
        Arguments.of("COOKIE_SECRET", "secret", Outcome.FAIL));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("secrets")
  void judgesEachSecret(String name, String value, Outcome expected) {
    assertThat(DEFAULTS.evaluate(seen(DEFAULTS, name, value)).outcome()).isEqualTo(expected);
  }

  @Test
  void djangosRuleIsTheFloorAndSaysWhichRuleFailed() {
    String key = random(49, DJANGO_CHARS, 2);
    var lax = new SecretStrengthCheck(10, 0, List.of());
    var j = lax.evaluate(seen(lax, "SECRET_KEY", key));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo("SECRET_KEY (.env:1) has 49 characters, fewer than 50 (Django's security.W009)");
    var insecure =
        DEFAULTS.evaluate(seen(DEFAULTS, "SECRET_KEY", "django-insecure-" + random(50, HEX, 3)));
    assertThat(insecure.message()).contains("starts with django-insecure-");
    var strict = new SecretStrengthCheck(64, 3.0, List.of());
    assertThat(strict.evaluate(seen(strict, "SECRET_KEY", random(50, DJANGO_CHARS, 1))).message())
        .contains("has 50 characters, fewer than 64");
  }

  @Test
  void repetitiveKeysThatPassDjangoFailOnEntropy() {
    var j = DEFAULTS.evaluate(seen(DEFAULTS, "SECRET_KEY", "abcde".repeat(12)));
    assertThat(j.message())
        .isEqualTo(
            "SECRET_KEY (.env:1) has 2.32 bits of entropy per character, below 3.0 (too"
                + " repetitive to be random)");
  }

  @Test
  void extraNamesAreJudgedAsSigningKeys() {
    var check = new SecretStrengthCheck(32, 3.0, List.of("hashids_salt"));
    assertThat(check.evaluate(seen(check, "HASHIDS_SALT", "short")).outcome())
        .isEqualTo(Outcome.FAIL);
    assertThat(DEFAULTS.evaluate(seen(DEFAULTS, "HASHIDS_SALT", "short")).outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void aValueFromAnUnsetVariableCannotBeJudged() {
    var e =
        DEFAULTS.evidence(
            view(new Setting("JWT_SECRET", "", null, ".env:4", List.of("VAULT_JWT"), List.of())));
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message())
        .isEqualTo("JWT_SECRET (.env:4) comes from VAULT_JWT, which is not set here");
  }

  @Test
  void parametersAreChecked() {
    assertThatThrownBy(() -> new SecretStrengthCheck(0, 3, List.of()))
        .hasMessage("'min-length' must be at least 1");
    assertThatThrownBy(() -> new SecretStrengthCheck(32, -1, List.of()))
        .hasMessage("'min-entropy' must be between 0 and 16 bits");
  }

  @Test
  void readsTheEnvFileAndItsExampleAndNeverShowsAValue(@TempDir Path dir) throws Exception {
    String strong = random(64, DJANGO_CHARS, 12);
    write(dir, ".env.example", "SESSION_SECRET=Zq8vN2rT5wY1bC4xE7kH0mP3sU6aD9fG\nSECRET_KEY=\n");
    Path env =
        write(
            dir,
            ".env",
            "SECRET_KEY='"
                + strong
                + "'\nSESSION_SECRET=Zq8vN2rT5wY1bC4xE7kH0mP3sU6aD9fG\nAPP_NAME=shop\n");
    var e = Configs.collect(DEFAULTS, env, null);
    assertThat(e.secrets())
        .extracting(SecretStrengthCheck.Secret::name)
        .containsExactly("SECRET_KEY", "SESSION_SECRET");
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo("SESSION_SECRET (.env:2) is the value .env.example:1 ships with");
    String json = new ObjectMapper().writeValueAsString(e);
    assertThat(json).doesNotContain(strong).doesNotContain("Zq8vN2rT5wY1bC4xE7kH0mP3sU6aD9fG");
    assertThat(json).contains("\"length\":64");
  }

  @Test
  void readsALiteralKeyFromDjangoSettings(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(
        repo,
        "shop/settings.py",
        "DEBUG = False\nSECRET_KEY = 'django-insecure-"
            + random(50, DJANGO_CHARS, 13).replace("%", "")
            + "'\n");
    Path env = write(repo, ".env", "NODE_ENV=production\n");
    var j = Configs.run(DEFAULTS, env, repo);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .startsWith(
            "SECRET_KEY (shop/settings.py:2) starts with django-insecure-, the key startproject"
                + " made for development");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    String strong = random(50, DJANGO_CHARS, 14);
    var f =
        ChildJvm.audit(
            Map.of("SECRET_KEY", strong, "JWT_SECRET", "my-jwt-secret"), "config.secret-strength");
    assertThat(f.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(f.get("message").asText())
        .isEqualTo("JWT_SECRET (the process environment) has 13 characters, fewer than 32");
    assertThat(f.toString()).doesNotContain(strong).doesNotContain("my-jwt-secret");
    var pass = ChildJvm.audit(Map.of("SECRET_KEY", strong), "config.secret-strength");
    assertThat(pass.get("outcome").asText()).isEqualTo("PASS");
  }
}
