package dev.golive.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {
  @Test
  void placeholdersAreReadFromTheEnvironment() throws Exception {
    assertThat(
            Secrets.expand(
                "postgres://app:${DB_PASSWORD}@db:5432/shop?user=${DB_USER}",
                Map.of("DB_PASSWORD", "s3cr$t\\x", "DB_USER", "app")))
        .isEqualTo("postgres://app:s3cr$t\\x@db:5432/shop?user=app");
    assertThat(Secrets.expand("redis://cache:6379", Map.of())).isEqualTo("redis://cache:6379");
  }

  @Test
  void anUnsetVariableIsNamedAndTheUrlShownWithoutItsPassword() {
    assertThatThrownBy(() -> Secrets.expand("postgres://app:${DB_PASSWORD}@db/shop", Map.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessage(
            "the environment variable DB_PASSWORD that postgres://app:***@db/shop reads is not"
                + " set");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres://app:hunter2@db:5432/shop | postgres://app:***@db:5432/shop",
        "redis://:hunter2@cache:6379/0 | redis://:***@cache:6379/0",
        "jdbc:postgresql://db/shop?user=app&password=hunter2&ssl=true"
            + " | jdbc:postgresql://db/shop?user=app&password=***&ssl=true",
        "postgres://app@db/shop | postgres://app@db/shop",
        "sqlite:/srv/app.db | sqlite:/srv/app.db",
      })
  void passwordsNeverShow(String url, String shown) {
    assertThat(Secrets.redact(url)).isEqualTo(shown);
  }
}
