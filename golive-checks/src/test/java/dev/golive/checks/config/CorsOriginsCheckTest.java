package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.SOURCE;
import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.config.CorsOriginsCheck.Value;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorsOriginsCheckTest {
  private static final CorsOriginsCheck CHECK = new CorsOriginsCheck();

  private static CorsOriginsCheck.Evidence seen(String origins, String allowAll, String creds) {
    return new CorsOriginsCheck.Evidence(
        SOURCE,
        origins == null
            ? List.of()
            : List.of(new Value("CORS_ORIGINS", ".env:1", Values.split(origins), List.of())),
        allowAll == null
            ? List.of()
            : List.of(new Value("CORS_ALLOW_ALL_ORIGINS", ".env:2", List.of(allowAll), List.of())),
        creds == null
            ? List.of()
            : List.of(new Value("CORS_ALLOW_CREDENTIALS", ".env:3", List.of(creds), List.of())));
  }

  @ParameterizedTest(name = "[{0}] all={1} credentials={2} -> {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      nullValues = "-",
      value = {
        "https://shop.example,https://admin.shop.example | -     | true  | PASS",
        "https://shop.example                            | False | -     | PASS",
        "*                                               | -     | true  | FAIL",
        "*                                               | -     | -     | WARN",
        "*                                               | -     | false | WARN",
        "^.*$                                            | -     | True  | FAIL",
        "-                                               | True  | -     | FAIL",
        "-                                               | 1     | true  | FAIL",
        "https://shop.example,null                       | -     | -     | FAIL",
        "http://shop.example                             | -     | -     | WARN",
        "http://localhost:3000                           | -     | -     | WARN",
        "`^https?://(localhost|127\\.0\\.0\\.1)(:[0-9]+)?$` | -  | -     | WARN",
        "``                                              | -     | -     | PASS",
        "-                                               | -     | true  | SKIPPED",
      })
  void judgesOriginsSwitchesAndCredentials(
      String origins, String allowAll, String creds, Outcome expected) {
    assertThat(CHECK.evaluate(seen(origins, allowAll, creds)).outcome()).isEqualTo(expected);
  }

  @Test
  void anyOriginWithCredentialsNamesBothSettings() {
    assertThat(CHECK.evaluate(seen("*", null, "true")).message())
        .isEqualTo(
            "CORS_ORIGINS (.env:1) allows any origin (*) together with"
                + " CORS_ALLOW_CREDENTIALS=true (.env:3)");
    assertThat(CHECK.evaluate(seen("http://localhost:3000", null, null)).message())
        .isEqualTo("CORS_ORIGINS (.env:1): http://localhost:3000 is a local development origin");
  }

  @Test
  void readsDjangoCorsHeadersSettingsBesideTheEnv(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'api.settings')\n");
    write(
        repo,
        "api/settings.py",
        "import os\nCORS_ALLOW_ALL_ORIGINS = os.getenv('CORS_ALL', 'True') == 'True'\n"
            + "CORS_ALLOW_CREDENTIALS = True\n");
    Path env = write(repo, ".env", "CORS_ALLOWED_ORIGINS=https://shop.example\n");
    var e = Configs.collect(CHECK, env, repo);
    assertThat(e.origins()).extracting(Value::where).containsExactly(".env:1");
    assertThat(e.allowAll())
        .containsExactly(
            new Value(
                "CORS_ALLOW_ALL_ORIGINS",
                "api/settings.py:2, the default while CORS_ALL is unset in the env",
                List.of("True"),
                List.of()));
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "CORS_ALLOW_ALL_ORIGINS=True (api/settings.py:2, the default while CORS_ALL is unset"
                + " in the env) lets every site read the app's responses together with"
                + " CORS_ALLOW_CREDENTIALS=True (api/settings.py:3)");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    var f =
        ChildJvm.audit(
            Map.of("CORS_ORIGIN", "*", "CORS_CREDENTIALS", "true"), "config.cors-origins");
    assertThat(f.get("outcome").asText()).isEqualTo("FAIL");
  }
}
