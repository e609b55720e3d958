package dev.golive.checks.cmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Commands split into words as a shell splits a simple command, and what needs a real shell. */
class CommandLineTest {
  @Test
  void wordsQuotesAndEscapes() {
    assertThat(CommandLine.parse("docker compose -f docker-compose.production.yml ps").argv())
        .containsExactly("docker", "compose", "-f", "docker-compose.production.yml", "ps");
    assertThat(CommandLine.parse("curl -H 'Accept: */*' \"https://shop.example/a b\"").argv())
        .containsExactly("curl", "-H", "Accept: */*", "https://shop.example/a b");
    assertThat(CommandLine.parse("echo \"say \\\"hi\\\"\" it\\'s").argv())
        .containsExactly("echo", "say \"hi\"", "it's");
    assertThat(CommandLine.parse("echo ''").argv()).containsExactly("echo", "");
    assertThat(CommandLine.parse("ufw status   # firewall").argv())
        .containsExactly("ufw", "status");
    assertThat(CommandLine.parse("curl https://x.example/#/health").argv())
        .containsExactly("curl", "https://x.example/#/health");
  }

  @Test
  void leadingAssignmentsGoToTheEnvironment() {
    CommandLine c = CommandLine.parse("ANALYZE=true NODE_ENV=production npm run build A=1");
    assertThat(c.env()).isEqualTo(Map.of("ANALYZE", "true", "NODE_ENV", "production"));
    assertThat(c.argv()).isEqualTo(List.of("npm", "run", "build", "A=1"));
    assertThatThrownBy(() -> CommandLine.parse("DEBUG=False"))
        .hasMessage("`DEBUG=False` names no program to run");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiterString = " => ",
      value = {
        "docker compose ps | grep web => a pipe (|)",
        "cd backend && npm test => & or &&",
        "make build; make test => a ;",
        "psql < dump.sql => a redirection (<)",
        "ls > out.txt => a redirection (>)",
        "echo $(date) => a variable or substitution ($)",
        "curl \"$API_URL/health\" => a variable or substitution ($)",
        "echo `date` => a substitution (`)",
        "ls backups/*.sql => a glob (*)",
        "ls ~/backups => a ~ for the home folder",
        "(cd web) => parentheses",
      })
  void whatOnlyAShellDoesIsRefused(String command, String what) {
    assertThatThrownBy(() -> CommandLine.parse(command))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a shell for " + what)
        .hasMessageEndingWith(
            "add shell=true to run it with /bin/sh, or give a command without it");
  }

  @Test
  void severalLinesAndOpenQuotesAreRefused() {
    assertThatThrownBy(() -> CommandLine.parse("cd apps/api\nnpx prisma migrate deploy\n"))
        .hasMessage(
            "the command is 2 lines (`cd apps/api` ...); add shell=true to run them in turn with"
                + " /bin/sh, or choose one with command=\"...\"");
    assertThatThrownBy(() -> CommandLine.parse("echo \"open"))
        .hasMessage("`echo \"open` has a \" that is never closed");
  }
}
