package dev.golive.bench.django;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
  @Test
  void scenariosHaveUniqueNamesAndExplainEveryDifference() {
    assertThat(Scenario.all()).extracting(Scenario::name).doesNotHaveDuplicates();
    for (Scenario s : Scenario.all()) {
      assertThat(s.differs().keySet())
          .as(s.name())
          .allSatisfy(id -> assertThat(id).matches("security\\.W0\\d\\d"));
    }
  }

  @Test
  void dotenvValuesAreQuotedWhenTheyNeedIt() {
    assertThat(Scenario.dotenv(Map.of("ALLOWED_HOSTS", "shop.example,*")))
        .endsWith("ALLOWED_HOSTS=shop.example,*\n");
    assertThat(Scenario.quoted("a#b$c")).isEqualTo("'a#b$c'");
    assertThat(Scenario.quoted("")).isEmpty();
  }

  @Test
  void djangosWarningIdsAreReadFromItsOutput() {
    String out =
        """
        System check identified some issues:

        WARNINGS:
        ?: (security.W009) Your SECRET_KEY has less than 50 characters ...
        ?: (security.W018) You should not have DEBUG set to True in deployment.

        System check identified 2 issues (0 silenced).
        """;
    assertThat(DjangoComparison.ids(out)).containsExactly("security.W009", "security.W018");
  }

  @Test
  void theSettingsModuleReadsTheEnvironment() {
    Scenario naive =
        Scenario.all().stream()
            .filter(s -> s.name().equals("hosts-empty-split"))
            .findFirst()
            .orElseThrow();
    assertThat(naive.settingsModule())
        .contains("ALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', '').split(',')");
  }
}
