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

  private static JsonNode audit(Messages.Lang lang) {
    return Schemas.read(AuditFixture.render(new SarifReport(), AuditFixture.twoTargets(), lang));
  }

  /** "target line ruleId" of every result; the target is the message's lead, none for bindings. */
  private static List<String> results(JsonNode run) {
    List<String> actual = new ArrayList<>();
    for (JsonNode r : run.get("results")) {
      String target = r.at("/properties/target").asText("-");
      int line = r.at("/locations/0/physicalLocation/region/startLine").asInt();
      actual.add(target + " " + line + " " + r.get("ruleId").asText());
    }
    return actual;
  }

  @Test
  void anAuditReportsWhatEachTargetFoundAtTheItemsLines() {
    JsonNode run = audit(Messages.Lang.EN).at("/runs/0");
    assertThat(results(run))
        .containsExactly(
            "prod 7 golive.contradicted",
            "prod 9 golive.done-unclaimed",
            "prod 14 golive.open",
            "prod 17 golive.open",
            "prod 21 golive.post-launch",
            "prod 3 golive.claim-contradicted",
            "staging 8 golive.inconclusive",
            "staging 9 golive.done-unclaimed",
            "staging 14 golive.done-unclaimed",
            "staging 17 golive.open",
            "staging 21 golive.post-launch",
            "staging 3 golive.claim-contradicted",
            "- 9 golive.binding-problem");
    for (JsonNode r : run.get("results")) {
      assertThat(r.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo(AuditFixture.PATH);
    }
  }

  @Test
  void aContradictedTickCarriesItsFindingsInTheMessageAndProperties() {
    JsonNode doc = audit(Messages.Lang.EN);
    JsonNode driver = doc.at("/runs/0/tool/driver");
    List<String> ids = new ArrayList<>();
    driver.get("rules").forEach(r -> ids.add(r.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "golive.blocking-open",
            "golive.open",
            "golive.post-launch",
            "golive.claim-contradicted",
            "golive.contradicted",
            "golive.inconclusive",
            "golive.done-unclaimed",
            "golive.binding-problem");
    for (JsonNode r : doc.at("/runs/0/results")) {
      JsonNode rule = driver.get("rules").get(r.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(r.get("ruleId").asText());
      assertThat(r.get("level").asText())
          .isEqualTo(rule.at("/defaultConfiguration/level").asText());
    }
    JsonNode hsts = doc.at("/runs/0/results/0");
    assertThat(hsts.get("level").asText()).isEqualTo("error");
    assertThat(hsts.at("/message/text").asText())
        .isEqualTo(
            "prod: Ticked item is contradicted by the live system: HSTS on every page (critical)"
                + " — fail http.hsts — https://shop.test/ sends no Strict-Transport-Security"
                + " header (123 ms)");
    assertThat(hsts.at("/properties/verdict").asText()).isEqualTo("contradicted");
    assertThat(hsts.at("/properties/findings/0/evidence"))
        .isEqualTo(Schemas.JSON.valueToTree(AuditFixture.hstsMissing().evidence()));
    assertThat(hsts.at("/properties/findings/0/durationMs").asLong()).isEqualTo(123);
    assertThat(hsts.at("/partialFingerprints/goliveItemId~1v1").asText())
        .isEqualTo(AuditFixture.item(AuditFixture.HSTS).id());
    assertThat(hsts.at("/partialFingerprints/goliveTarget~1v1").asText()).isEqualTo("prod");

    JsonNode binding = doc.at("/runs/0/results/12");
    assertThat(binding.at("/message/text").asText())
        .isEqualTo(
            "Binding cannot be used: unknown check 'http.csp-headr' (did you mean 'http.csp'?)");
    assertThat(binding.has("properties")).isFalse();
  }

  @Test
  void anAuditsRuleTextsFollowTheLanguage() {
    JsonNode rules = audit(Messages.Lang.UZ).at("/runs/0/tool/driver/rules");
    assertThat(rules.get(4).at("/shortDescription/text").asText())
        .isEqualTo("Belgilangan bandni jonli tizim rad etadi");
    assertThat(
            audit(Messages.Lang.RU)
                .at("/runs/0/tool/driver/rules/5/shortDescription/text")
                .asText())
        .isEqualTo("Пункт не удалось проверить");
  }
}
