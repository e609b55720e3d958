package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.SOURCE;
import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.CheckType;
import dev.golive.checks.ProbeException;
import dev.golive.checks.config.DebugOffCheck.Kind;
import dev.golive.checks.config.DebugOffCheck.Value;
import dev.golive.core.model.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DebugOffCheckTest {
  private static final DebugOffCheck DEFAULTS =
      (DebugOffCheck) CheckType.of(DebugOffCheck.class).withDefaults();

  private static DebugOffCheck.Evidence seen(Value... values) {
    return new DebugOffCheck.Evidence(SOURCE, List.of(values));
  }

  private static Value v(String name, Kind kind, String value) {
    return new Value(name, kind, value, ".env:1", List.of());
  }

  @ParameterizedTest(name = "{0}={2} -> {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "DEBUG                  | FLAG        | False            | PASS",
        "DEBUG                  | FLAG        | 0                | PASS",
        "APP_DEBUG              | FLAG        | false            | PASS",
        "FLASK_DEBUG            | FLAG        | off              | PASS",
        "DEBUG                  | FLAG        | ``               | PASS",
        "DEBUG                  | FLAG        | True             | FAIL",
        "APP_DEBUG              | FLAG        | 1                | FAIL",
        "WP_DEBUG               | FLAG        | yes              | FAIL",
        "app.debug              | FLAG        | True             | FAIL",
        "DEBUG                  | FLAG        | express:*        | WARN",
        "NODE_ENV               | ENVIRONMENT | production       | PASS",
        "NODE_ENV               | ENVIRONMENT | prod             | FAIL",
        "NODE_ENV               | ENVIRONMENT | development      | FAIL",
        "NODE_ENV               | ENVIRONMENT | ``               | WARN",
        "APP_ENV                | ENVIRONMENT | prod             | PASS",
        "APP_ENV                | ENVIRONMENT | local            | FAIL",
        "RAILS_ENV              | ENVIRONMENT | production       | PASS",
        "RACK_ENV               | ENVIRONMENT | test             | FAIL",
        "FLASK_ENV              | ENVIRONMENT | development      | FAIL",
        "ENVIRONMENT            | ENVIRONMENT | Production       | PASS",
        "ASPNETCORE_ENVIRONMENT | ENVIRONMENT | Development      | FAIL",
        "MIX_ENV                | ENVIRONMENT | prod             | PASS",
        "APP_ENV                | ENVIRONMENT | staging          | WARN",
        "SPRING_PROFILES_ACTIVE | PROFILES    | prod,k8s         | PASS",
        "SPRING_PROFILES_ACTIVE | PROFILES    | prod, dev        | FAIL",
        "spring.profiles.active | PROFILES    | local            | FAIL",
        "SPRING_PROFILES_ACTIVE | PROFILES    | ``               | PASS",
      })
  void judgesEachSwitch(String name, Kind kind, String value, Outcome expected) {
    assertThat(DEFAULTS.evaluate(seen(v(name, kind, value))).outcome()).isEqualTo(expected);
  }

  @Test
  void anyDebugOnFailsWhateverElseIsRightAndSaysWhere() {
    var j =
        DEFAULTS.evaluate(
            seen(
                v("NODE_ENV", Kind.ENVIRONMENT, "production"),
                new Value("DEBUG", Kind.FLAG, "True", "shop/settings.py:26", List.of())));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).isEqualTo("DEBUG=True (shop/settings.py:26) turns debug mode on");
  }

  @Test
  void nothingSetWarnsAndAnUnsetReferenceCannotBeJudged() {
    var none = DEFAULTS.evaluate(seen());
    assertThat(none.outcome()).isEqualTo(Outcome.WARN);
    assertThat(none.message()).startsWith("/srv/shop/.env sets none of DEBUG");
    var unresolved =
        DEFAULTS.evaluate(
            seen(new Value("APP_DEBUG", Kind.FLAG, "", ".env:2", List.of("VAULT_DEBUG"))));
    assertThat(unresolved.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(unresolved.message()).contains("VAULT_DEBUG, which is not set here");
  }

  @Test
  void productionNamesAreAParameter() {
    var main = new DebugOffCheck(List.of("main", "Live"));
    assertThat(main.evaluate(seen(v("APP_ENV", Kind.ENVIRONMENT, "main"))).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(main.evaluate(seen(v("APP_ENV", Kind.ENVIRONMENT, "production"))).outcome())
        .isEqualTo(Outcome.WARN);
    assertThatThrownBy(() -> new DebugOffCheck(List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsACrlfDotenvFileWithAByteOrderMark(@TempDir Path dir) throws Exception {
    Path env = dir.resolve("production.env");
    Files.writeString(
        env,
        "\uFEFF# production\r\nexport NODE_ENV=\"production\"\r\nAPP_DEBUG=true # for now\r\n",
        StandardCharsets.UTF_8);
    var e = Configs.collect(DEFAULTS, env, null);
    assertThat(e.source().env()).isEqualTo(env.toString());
    assertThat(e.values())
        .containsExactly(
            new Value("NODE_ENV", Kind.ENVIRONMENT, "production", "production.env:2", List.of()),
            new Value("APP_DEBUG", Kind.FLAG, "true", "production.env:3", List.of()));
    assertThat(DEFAULTS.evaluate(e).message())
        .isEqualTo("APP_DEBUG=true (production.env:3) turns debug mode on");
  }

  @Test
  void readsDebugFromTheDjangoSettingsTheEnvNames(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(
        repo,
        "shop/settings.py",
        "import os\nDEBUG = True\nSECRET_KEY = os.environ['SECRET_KEY']\n");
    Path env = write(repo, ".env", "NODE_ENV=production\n");
    var j = Configs.run(DEFAULTS, env, repo);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).isEqualTo("DEBUG=True (shop/settings.py:2) turns debug mode on");
  }

  @Test
  void aMissingEnvFileIsAnError(@TempDir Path dir) {
    assertThatThrownBy(() -> Configs.collect(DEFAULTS, dir.resolve(".env"), null))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    var pass = ChildJvm.audit(Map.of("NODE_ENV", "production", "DEBUG", "0"), "config.debug-off");
    assertThat(pass.get("outcome").asText()).isEqualTo("PASS");
    assertThat(pass.get("message").asText())
        .isEqualTo(
            "DEBUG=0 (the process environment); NODE_ENV=production (the process environment)");
    assertThat(pass.at("/evidence/source/env").asText()).isEqualTo("the process environment");

    var fail = ChildJvm.audit(Map.of("FLASK_DEBUG", "1"), "config.debug-off");
    assertThat(fail.get("outcome").asText()).isEqualTo("FAIL");

    var none = ChildJvm.audit(Map.of("LANG", "C.UTF-8"), "config.debug-off");
    assertThat(none.get("outcome").asText()).isEqualTo("WARN");
  }
}
