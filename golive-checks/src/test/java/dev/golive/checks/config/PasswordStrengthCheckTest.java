package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.CheckType;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordStrengthCheckTest {
  private static final PasswordStrengthCheck DEFAULTS =
      (PasswordStrengthCheck) CheckType.of(PasswordStrengthCheck.class).withDefaults();

  /** A view of {@code NAME=value} pairs, each on its own line of .env. */
  private static ConfigView view(String... pairs) {
    List<Setting> settings =
        Arrays.stream(pairs)
            .map(
                p -> {
                  int eq = p.indexOf('=');
                  return Setting.of(p.substring(0, eq), p.substring(eq + 1), ".env:1");
                })
            .toList();
    return new ConfigView("/srv/shop/.env", null, settings, Map.of(), List.of());
  }

  private static Outcome judge(String... pairs) {
    return DEFAULTS.evaluate(PasswordStrengthCheck.evidence(view(pairs))).outcome();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "DB_PASSWORD=Vx7!qL2#mR9$tK4@pW            | PASS",
        "DB_PASSWORD=Vx7qL2mR9tK4pW8z              | PASS",
        "DB_PASSWORD=vx7!ql2#mr9$tk4@pw            | PASS",
        "DB_PASSWORD=Vx7!qL2#mR9                   | FAIL",
        "DB_PASSWORD=vx7ql2mr9tk4pw8zab            | FAIL",
        "DB_PASSWORD=3f9a1c7e5b2d8f4a6c0e9b1d7f3a5c8e | PASS",
        "POSTGRES_PASSWORD=postgres                | FAIL",
        "MYSQL_ROOT_PASSWORD=P@ssw0rd1234567890!   | FAIL",
        "REDIS_PASSWORD=changeme                   | FAIL",
        "DB_PASSWORD=Your-Password-Here-123        | FAIL",
        "SMTP_PASS=Qw8#Lm2$Zx5!Rt9&Kp               | PASS",
        "PGPASSWORD=Qw8#Lm2$Zx5!Rt9&Kp              | PASS",
        "DATABASE_URL=postgres://shop:Qw8%23Lm2%24Zx5%21Rt9%26Kp@db:5432/shop | PASS",
        "DATABASE_URL=postgres://shop:shop@db:5432/shop                        | FAIL",
        "REDIS_URL=redis://:hunter2@cache:6379/0                              | FAIL",
        "DATABASE_URL=postgres://db:5432/shop                                 | SKIPPED",
        "PASSWORD_RESET_TIMEOUT=3600                                          | SKIPPED",
        "MIN_PASSWORD_LENGTH=8                                                | SKIPPED",
        "APP_NAME=shop                                                        | SKIPPED",
      })
  void judgesEachPassword(String pair, Outcome expected) {
    assertThat(judge(pair)).isEqualTo(expected);
  }

  @Test
  void aPasswordMustNotBeOrContainItsUserName() {
    var equal =
        DEFAULTS.evaluate(
            PasswordStrengthCheck.evidence(
                view("DB_USER=Shop_Admin#2024x", "DB_PASSWORD=shop_admin#2024X")));
    assertThat(equal.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(equal.message())
        .isEqualTo("DB_PASSWORD (.env:1) is the user name (DB_USER (.env:1))");
    var contains =
        DEFAULTS.evaluate(
            PasswordStrengthCheck.evidence(view("POSTGRES_PASSWORD=postgres-Xq7#Lm2$Zx5!")));
    assertThat(contains.message())
        .isEqualTo(
            "POSTGRES_PASSWORD (.env:1) contains the user name (postgres, the image's default"
                + " user)");
  }

  @Test
  void sayEveryProblemOfAPasswordAtOnce() {
    var j = DEFAULTS.evaluate(PasswordStrengthCheck.evidence(view("MYSQL_PASSWORD=password")));
    assertThat(j.message())
        .isEqualTo(
            "MYSQL_PASSWORD (.env:1) is a common or default password, reads as a placeholder (it"
                + " is a well-known placeholder), has 8 characters, fewer than 16, uses 1 of the 4"
                + " character classes (lower case, upper case, digits, symbols), fewer than 3");
  }

  @Test
  void parametersSetTheBar() {
    var lax = new PasswordStrengthCheck(8, 2);
    assertThat(lax.evaluate(PasswordStrengthCheck.evidence(view("DB_PASSWORD=kq7vw2mz"))).outcome())
        .isEqualTo(Outcome.PASS);
    assertThatThrownBy(() -> new PasswordStrengthCheck(16, 5))
        .hasMessage("'min-classes' must be between 1 and 4");
  }

  @Test
  void userInfoIsDecoded() {
    assertThat(PasswordStrengthCheck.userInfo("postgres://a%40b:p%3Aw@h/db"))
        .containsExactly("a@b", "p:w");
    assertThat(PasswordStrengthCheck.userInfo("https://h/x@y")).isNull();
  }

  @Test
  void readsTheEnvFileWithExpansionAndNeverShowsAPassword(@TempDir Path dir) throws Exception {
    Path env =
        write(
            dir,
            ".env",
            """
            DB_USER=shop
            DB_PASSWORD="Tq9-vL2$mW7!xR4&"
            DATABASE_URL=postgres://${DB_USER}:${DB_PASSWORD}@db:5432/shop
            REDIS_URL=redis://default:${REDIS_PASSWORD}@cache:6379
            """);
    var e = Configs.collect(DEFAULTS, env, null);
    assertThat(e.passwords())
        .extracting(PasswordStrengthCheck.Password::name)
        .containsExactly(
            "DB_PASSWORD", "DATABASE_URL (password in the URL)", "REDIS_URL (password in the URL)");
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message())
        .isEqualTo(
            "REDIS_URL (password in the URL) (.env:4) comes from REDIS_PASSWORD, which is not set"
                + " here");
    assertThat(new ObjectMapper().writeValueAsString(e)).doesNotContain("Tq9-vL2$mW7!xR4&");
  }

  @Test
  void readsDjangoDatabasesFromSettings(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(
        repo,
        "shop/settings.py",
        """
        DATABASES = {
            'default': {
                'ENGINE': 'django.db.backends.postgresql',
                'USER': 'shop',
                'PASSWORD': 'shop',
            }
        }
        """);
    Path env = write(repo, ".env", "DEBUG=False\n");
    var j = Configs.run(DEFAULTS, env, repo);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .startsWith(
            "DATABASES.default.PASSWORD (shop/settings.py:1) is the user name"
                + " (DATABASES.default.USER (shop/settings.py:1))");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    var f =
        ChildJvm.audit(
            Map.of("POSTGRES_PASSWORD", "Tq9#vL2$mW7!xR4&z", "MYSQL_ROOT_PASSWORD", "root"),
            "config.password-strength");
    assertThat(f.get("outcome").asText()).isEqualTo("FAIL");
    assertThat(f.get("message").asText())
        .startsWith(
            "MYSQL_ROOT_PASSWORD (the process environment) is a common or default password");
    assertThat(f.toString()).doesNotContain("Tq9#vL2$mW7!xR4&z");
    var none = ChildJvm.audit(Map.of("LANG", "C.UTF-8"), "config.password-strength");
    assertThat(none.get("outcome").asText()).isEqualTo("SKIPPED");
  }
}
