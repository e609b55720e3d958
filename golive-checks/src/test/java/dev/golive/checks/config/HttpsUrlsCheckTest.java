package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.SOURCE;
import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golive.checks.CheckType;
import dev.golive.core.model.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HttpsUrlsCheckTest {
  private static final HttpsUrlsCheck DEFAULTS =
      (HttpsUrlsCheck) CheckType.of(HttpsUrlsCheck.class).withDefaults();

  private static HttpsUrlsCheck.Evidence seen(String name, String value) {
    return DEFAULTS.evidence(
        new ConfigView(
            "/srv/shop/.env",
            null,
            List.of(Setting.of(name, value, ".env:1")),
            Map.of(),
            List.of()));
  }

  @ParameterizedTest(name = "{0}={1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "APP_URL                | https://shop.example                         | PASS",
        "NEXTAUTH_URL           | http://shop.example                          | FAIL",
        "FRONTEND_URL           | http://localhost:3000                        | SKIPPED",
        "API_URL                | http://127.0.0.1:8000/api                    | SKIPPED",
        "API_URL                | http://10.0.3.7:8000                         | SKIPPED",
        "API_URL                | http://192.168.1.20                          | SKIPPED",
        "API_URL                | http://172.20.0.5                            | SKIPPED",
        "API_URL                | http://172.32.0.5                            | FAIL",
        "API_URL                | http://172.15.0.5                            | FAIL",
        "BACKEND_URL            | http://backend:8000                          | SKIPPED",
        "BACKEND_URL            | http://api.internal:8000                     | SKIPPED",
        "BACKEND_URL            | http://[::1]:8000                            | SKIPPED",
        "DATABASE_URL           | postgres://u:p@db.example:5432/shop          | SKIPPED",
        "REDIS_URL              | redis://cache.example:6379                   | SKIPPED",
        "CSRF_TRUSTED_ORIGINS   | https://shop.example,http://admin.example    | FAIL",
        "CSRF_TRUSTED_ORIGINS   | https://shop.example https://admin.example   | PASS",
        "WS_ENDPOINT            | ws://push.example/socket                     | FAIL",
        "WS_ENDPOINT            | wss://push.example/socket                    | PASS",
        "WEBHOOK_URL            | https://hooks.example/services/T0/B0/XXXX    | PASS",
        "APP_NAME               | http://not-a-url-setting.example             | SKIPPED",
        "APP_URL                | /relative/path                               | SKIPPED",
      })
  void judgesEachUrl(String name, String value, Outcome expected) {
    assertThat(DEFAULTS.evaluate(seen(name, value)).outcome()).isEqualTo(expected);
  }

  @Test
  void listsEveryOffenderWithoutCredentialsPathOrQuery() throws Exception {
    var e =
        DEFAULTS.evidence(
            new ConfigView(
                "/srv/shop/.env",
                null,
                List.of(
                    Setting.of("APP_URL", "http://shop.example/", ".env:1"),
                    Setting.of(
                        "WEBHOOK_URL", "http://user:s3cret@hooks.example/T/B/tok?k=v", ".env:2"),
                    Setting.of("CDN_URL", "https://cdn.example", ".env:3")),
                Map.of(),
                List.of()));
    var j = DEFAULTS.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "APP_URL=http://shop.example (.env:1), WEBHOOK_URL=http://hooks.example/… (.env:2)"
                + " are plain HTTP for a public host");
    String json = new ObjectMapper().writeValueAsString(e);
    assertThat(json).doesNotContain("s3cret").doesNotContain("tok").doesNotContain("user");
  }

  @Test
  void ignoredNamesAndUnsetReferences() {
    var check = new HttpsUrlsCheck(List.of("legacy_url"));
    var e =
        check.evidence(
            new ConfigView(
                "/srv/shop/.env",
                null,
                List.of(
                    Setting.of("LEGACY_URL", "http://old.example", ".env:1"),
                    new Setting("APP_URL", "", null, ".env:2", List.of("DOMAIN"), List.of())),
                Map.of(),
                List.of()));
    var j = check.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).startsWith("APP_URL (.env:2) refer to unset variables");
    assertThat(
            DEFAULTS.evaluate(new HttpsUrlsCheck.Evidence(SOURCE, List.of(), List.of())).outcome())
        .isEqualTo(Outcome.SKIPPED);
  }

  @Test
  void readsTheEnvFileWithItsExpansions(@TempDir Path dir) throws Exception {
    Path env =
        write(
            dir,
            ".env",
            "DOMAIN=shop.example\nAPP_URL=https://${DOMAIN}\nNEXTAUTH_URL=\"http://${DOMAIN}/auth\"\n");
    var j = Configs.run(DEFAULTS, env, null);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo("NEXTAUTH_URL=http://shop.example/… (.env:3) is plain HTTP for a public host");
  }

  @Test
  void readsGolivesOwnEnvironment() throws Exception {
    var f =
        ChildJvm.audit(
            Map.of("APP_URL", "https://shop.example", "INTERNAL_API_URL", "http://api:8080"),
            "config.https-urls");
    assertThat(f.get("outcome").asText()).isEqualTo("PASS");
    assertThat(f.get("message").asText())
        .isEqualTo("1 public URL uses HTTPS; 1 local or private left alone");
  }
}
