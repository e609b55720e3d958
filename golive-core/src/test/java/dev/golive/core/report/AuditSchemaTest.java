package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.AuditAssessment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/schema/audit-1.json} describes exactly what {@link JsonReport} writes of an audit.
 */
class AuditSchemaTest {
  private static final String AUDIT_FIELDS_OF_ITEMS = "verdict findings waiver";

  private static JsonNode schemaNode() {
    return Schemas.node("audit-1.json");
  }

  private static JsonNode json(AuditAssessment a, Messages.Lang lang) {
    return Schemas.read(AuditFixture.render(new JsonReport(), a, lang));
  }

  private static JsonNode twoTargets() {
    return json(AuditFixture.twoTargets(), Messages.Lang.EN);
  }

  /** The prod file's item on {@code line}. */
  private static JsonNode prodItem(JsonNode doc, int line) {
    for (JsonNode item : doc.at("/targets/0/files/0/items")) {
      if (item.get("line").asInt() == line) {
        return item;
      }
    }
    throw new AssertionError("no item on line " + line);
  }

  @Test
  void everyReportValidatesAndNamesNoFieldTheSchemaLeavesOut() {
    JsonSchema open = Schemas.schema(schemaNode());
    JsonSchema closed = Schemas.strict(schemaNode());
    Set<String> verdicts = new TreeSet<>();
    Set<String> itemVerdicts = new TreeSet<>();
    Set<String> outcomes = new TreeSet<>();
    Set<String> untils = new TreeSet<>();
    int problems = 0;
    for (AuditAssessment a : AuditFixture.all()) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        JsonNode doc = json(a, lang);
        assertThat(open.validate(doc)).as(doc.toPrettyString()).isEmpty();
        assertThat(closed.validate(doc)).as(doc.toPrettyString()).isEmpty();
        assertThat(doc.get("schema").asText()).isEqualTo("golive/audit@1");
        verdicts.add(doc.get("verdict").asText());
        for (JsonNode t : doc.get("targets")) {
          verdicts.add(t.get("verdict").asText());
          for (JsonNode f : t.get("files")) {
            problems += f.get("bindingProblems").size();
            for (JsonNode i : f.get("items")) {
              itemVerdicts.add(i.get("verdict").asText());
              i.get("findings").forEach(x -> outcomes.add(x.get("outcome").asText()));
              if (!i.get("waiver").isNull()) {
                untils.add(i.at("/waiver/until").asText());
              }
            }
          }
        }
      }
    }
    // the fixtures reach every value, so the checks above are not vacuous
    assertThat(verdicts).containsExactlyInAnyOrder("GO", "NO-GO", "INCONCLUSIVE");
    assertThat(itemVerdicts)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ItemVerdict.values()).map(ItemVerdict::id).toList());
    assertThat(outcomes)
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Outcome.values()).map(Outcome::id).toList());
    assertThat(untils).containsExactlyInAnyOrder("2031-03-31", "null");
    assertThat(problems).isPositive();
  }

  @Test
  void findingsCarryTheirEvidenceAsTheJsonTreeItIs() {
    JsonNode doc = twoTargets();
    assertThat(doc.get("verdict").asText()).isEqualTo("NO-GO");
    assertThat(doc.at("/targets/0/target").asText()).isEqualTo("prod");
    assertThat(doc.at("/targets/1/target").asText()).isEqualTo("staging");
    assertThat(doc.at("/targets/1/verdict").asText()).isEqualTo("INCONCLUSIVE");

    JsonNode hsts = prodItem(doc, AuditFixture.HSTS);
    assertThat(hsts.get("verdict").asText()).isEqualTo("contradicted");
    assertThat(hsts.get("waiver").isNull()).isTrue();
    JsonNode finding = hsts.at("/findings/0");
    assertThat(finding.get("check").asText()).isEqualTo("http.hsts");
    assertThat(finding.get("outcome").asText()).isEqualTo("fail");
    assertThat(finding.get("message").asText())
        .isEqualTo("https://shop.test/ sends no Strict-Transport-Security header");
    assertThat(finding.get("durationMs").asLong()).isEqualTo(123);
    Map<String, Object> evidence = AuditFixture.hstsMissing().evidence();
    assertThat(finding.get("evidence")).isEqualTo(Schemas.JSON.valueToTree(evidence));
    assertThat(finding.at("/evidence/hsts").isNull()).isTrue();
    assertThat(finding.at("/evidence/redirected").isBoolean()).isTrue();
    assertThat(finding.at("/evidence/elapsedSeconds").asDouble()).isEqualTo(0.125);
    assertThat(finding.at("/evidence/body").asText()).isEqualTo(AuditFixture.LONG_BODY);

    assertThat(prodItem(doc, AuditFixture.ERRORS).get("findings")).hasSize(2);
    assertThat(prodItem(doc, AuditFixture.SECRETS).get("findings")).isEmpty();
    assertThat(prodItem(doc, AuditFixture.RESTORE).get("waiver"))
        .isEqualTo(
            Schemas.read(
                """
                {"item": "Restore drill", "reason": "drill booked with the hosting team",
                 "owner": "ops@shop.test", "until": "2031-03-31"}
                """));
    assertThat(doc.at("/targets/0/files/0/bindingProblems"))
        .isEqualTo(
            Schemas.read(
                """
                [{"file": "shop.md", "line": 9,
                  "message": "unknown check 'http.csp-headr' (did you mean 'http.csp'?)"}]
                """));
  }

  @Test
  void itemsAreTheStatusReportsItemsWithTheAuditFieldsAdded() {
    JsonNode status =
        Schemas.read(
            ReportFixture.render(
                new JsonReport(),
                ReportFixture.assess(AuditFixture.PATH, AuditFixture.CHECKLIST),
                Messages.Lang.EN));
    ArrayNode items = (ArrayNode) twoTargets().at("/targets/1/files/0/items").deepCopy();
    for (JsonNode item : items) {
      for (String field : AUDIT_FIELDS_OF_ITEMS.split(" ", -1)) {
        ((ObjectNode) item).remove(field);
      }
    }
    assertThat(items).isEqualTo(status.at("/files/0/items"));
  }

  @Test
  void theSchemaRejectsWhatJsonReportNeverWrites() {
    JsonSchema schema = Schemas.schema(schemaNode());
    JsonNode good = twoTargets();
    String item = "/targets/0/files/0/items/0";
    List<Consumer<ObjectNode>> breakages =
        List.of(
            d -> d.put("schema", "golive/status@1"),
            d -> d.remove("targets"),
            d -> ((ObjectNode) d.at("/targets/0")).put("verdict", "MAYBE"),
            d -> ((ObjectNode) d.at("/targets/0")).remove("target"),
            d -> ((ObjectNode) d.at("/targets/0/files/0")).remove("bindingProblems"),
            d -> ((ObjectNode) d.at("/targets/0/files/0/bindingProblems/0")).put("line", "nine"),
            d -> ((ObjectNode) d.at(item)).put("verdict", "fine"),
            d -> ((ObjectNode) d.at(item)).remove("findings"),
            d -> ((ObjectNode) d.at(item)).put("waiver", "yes"),
            d -> ((ObjectNode) d.at(item + "/findings/0")).put("outcome", "ok"),
            d -> ((ObjectNode) d.at(item + "/findings/0")).put("durationMs", -1),
            d -> ((ObjectNode) d.at(item + "/findings/0")).put("evidence", "a header"),
            d -> ((ObjectNode) d.at(item + "/findings/0")).remove("check"),
            d ->
                ((ObjectNode) d.at("/targets/0/files/0/items/5/waiver")).put("until", "next year"));
    for (Consumer<ObjectNode> breakage : breakages) {
      ObjectNode broken = good.deepCopy();
      breakage.accept(broken);
      assertThat(schema.validate(broken)).as(broken.toString()).isNotEmpty();
    }
    // fields added later within version 1 are allowed; only the test's closed copy refuses them
    ObjectNode extended = good.deepCopy();
    ((ObjectNode) extended.at(item + "/findings/0")).put("attempts", 2);
    assertThat(schema.validate(extended)).isEmpty();
    assertThat(Schemas.strict(schemaNode()).validate(extended)).isNotEmpty();
  }

  @Test
  void theSchemaListsEveryValueOfTheModel() {
    JsonNode defs = schemaNode().get("$defs");
    assertThat(values(defs.at("/itemVerdict/enum")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ItemVerdict.values()).map(ItemVerdict::id).toList());
    assertThat(values(defs.at("/finding/properties/outcome/enum")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Outcome.values()).map(Outcome::id).toList());
  }

  /**
   * The file, item and claim shapes are copied from the status schema so that each schema reads on
   * its own; this keeps the copies from drifting. Descriptions may be worded for the audit.
   */
  @Test
  void sharedShapesAreTheStatusSchemasWithAuditFieldsAdded() {
    JsonNode status = withoutDescriptions(Schemas.node("status-1.json").get("$defs"));
    JsonNode audit = withoutDescriptions(schemaNode().get("$defs"));
    for (String name : List.of("verdict", "headingPath", "claim")) {
      assertThat(audit.get(name)).as(name).isEqualTo(status.get(name));
    }
    for (String name : List.of("file", "item")) {
      JsonNode s = status.get(name);
      JsonNode a = audit.get(name);
      assertThat(values(a.get("required"))).as(name).containsAll(values(s.get("required")));
      for (Map.Entry<String, JsonNode> p : s.get("properties").properties()) {
        assertThat(a.at("/properties/" + p.getKey()))
            .as(name + "." + p.getKey())
            .isEqualTo(p.getValue());
      }
    }
  }

  private static JsonNode withoutDescriptions(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node instanceof ObjectNode o) {
      o.remove("description");
    }
    node.forEach(AuditSchemaTest::strip);
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    return out;
  }
}
