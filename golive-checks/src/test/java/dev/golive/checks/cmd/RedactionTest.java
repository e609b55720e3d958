package dev.golive.checks.cmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What looks like a secret in a command or its output is masked before it is shown. */
class RedactionTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "psql postgres://app:s3cret@db/shop => psql postgres://app:***@db/shop",
        "DB_PASSWORD=hunter2 => DB_PASSWORD=***",
        "export API_KEY='abc def' => export API_KEY=***",
        "token: ghp_abcdefghijklmnop => token: ***",
        "curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.x' https://x => curl -H 'Authorization: Bearer ***' https://x",
        "curl -u admin:password https://x => curl -u admin:*** https://x",
        "grep -r AWS_SECRET_ACCESS_KEY . => grep -r AWS_SECRET_ACCESS_KEY .",
        "docker compose ps => docker compose ps",
        "pwd => pwd",
      })
  void masksSecrets(String text, String shown) {
    assertThat(Redaction.of(text)).isEqualTo(shown);
  }

  @Test
  void refusalsQuoteTheCommandMasked() {
    assertThatThrownBy(() -> CommandLine.parse("curl -u admin:s3cret https://x | jq ."))
        .hasMessageStartingWith("`curl -u admin:*** https://x | jq .` needs a shell")
        .hasMessageNotContaining("s3cret");
  }
}
