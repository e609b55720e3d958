package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifReportTest {
  private static final String PATH = "docs/PRODUCTION_CHECKLIST.md";
  private static final String CHECKLIST =
      """
      # Savdo — production checklist

      Tayyorlik: 90% <!-- expect: golive.claim-contradicted -->

      ## Xavfsizlik (critical)

      - [x] HTTPS everywhere
      - [ ] ✅ WAF in front of the API <!-- expect: golive.blocking-open, golive.claim-contradicted -->
      - [ ] Secrets rotated <!-- expect: golive.blocking-open -->

      ## Monitoring (medium)

      - [ ] Uptime alerts <!-- expect: golive.open -->
      - [x] Error tracking
      - [-] Pager rota

      ## Deploydan keyin

      - [ ] Foydalanuvchilardan fikr yigʻish <!-- expect: golive.post-launch -->
      """;

  private static JsonNode sarif(String markdown, Messages.Lang lang) throws Exception {
    String json =
        ReportFixture.render(new SarifReport(), ReportFixture.assess(PATH, markdown), lang);
    return new ObjectMapper().readTree(json);
  }

  @Test
  void openItemsAndBrokenClaimsAreResultsAtTheirLines() throws Exception {
    JsonNode run = sarif(CHECKLIST, Messages.Lang.EN).at("/runs/0");
    List<String> expected = new ArrayList<>();
    for (Map.Entry<Integer, String> e : ReportFixture.expectations(CHECKLIST).entrySet()) {
      for (String rule : e.getValue().split(", ", -1)) {
        expected.add(e.getKey() + " " + rule);
      }
    }
    List<String> actual = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      JsonNode location = r.at("/locations/0/physicalLocation");
      assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(PATH);
      actual.add(location.at("/region/startLine").asInt() + " " + r.get("ruleId").asText());
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void everyResultNamesADeclaredRuleAtItsIndexAndLevel() throws Exception {
    JsonNode doc = sarif(CHECKLIST, Messages.Lang.EN);
    assertThat(doc.get("version").asText()).isEqualTo("2.1.0");
    JsonNode driver = doc.at("/runs/0/tool/driver");
    assertThat(driver.get("name").asText()).isEqualTo("golive");
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "golive.blocking-open",
            "golive.open",
            "golive.post-launch",
            "golive.claim-contradicted");
    for (JsonNode r : doc.at("/runs/0/results")) {
      JsonNode rule = driver.get("rules").get(r.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("level").asText())
          .isEqualTo(rule.at("/defaultConfiguration/level").asText());
      assertThat(r.at("/message/text").asText()).isNotBlank();
    }
    assertThat(driver.at("/rules/0/defaultConfiguration/level").asText()).isEqualTo("error");
    assertThat(driver.at("/rules/3/defaultConfiguration/level").asText()).isEqualTo("warning");
    JsonNode secrets = doc.at("/runs/0/results/1");
    assertThat(secrets.at("/message/text").asText())
        .isEqualTo("Blocking item is not done: Secrets rotated (critical)");
    assertThat(secrets.at("/partialFingerprints/goliveItemId~1v1").asText()).isNotBlank();
  }

  @Test
  void aChecklistThatIsDoneAndSaysSoHasNoResults() throws Exception {
    JsonNode doc = sarif("# Done\n\nReady: 100%\n\n- [x] TLS\n- [x] Backups\n", Messages.Lang.EN);
    assertThat(doc.at("/runs/0/results")).isEmpty();
    assertThat(doc.at("/runs/0/tool/driver/rules")).hasSize(4);
  }

  @Test
  void ruleTextsFollowTheLanguage() throws Exception {
    JsonNode run = sarif(CHECKLIST, Messages.Lang.UZ).at("/runs/0");
    assertThat(run.get("language").asText()).isEqualTo("uz");
    assertThat(run.at("/tool/driver/rules/0/shortDescription/text").asText())
        .isEqualTo("Toʻsiq band bajarilmagan");
    assertThat(
            sarif(CHECKLIST, Messages.Lang.RU)
                .at("/runs/0/tool/driver/rules/3/shortDescription/text")
                .asText())
        .isEqualTo("Заявление не подтверждается");
  }
}
