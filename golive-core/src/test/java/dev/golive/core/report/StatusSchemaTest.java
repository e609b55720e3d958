package dev.golive.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.ClaimKind;
import dev.golive.core.model.Marker;
import dev.golive.core.model.Priority;
import dev.golive.core.model.Repair;
import dev.golive.core.model.State;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.Verdict;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code docs/schema/status-1.json} describes exactly what {@link JsonReport} writes. */
class StatusSchemaTest {
  private static final ObjectMapper JSON = Schemas.JSON;

  private static final String MIXED =
      """
      # Ombor — ishga tushirish roʻyxati ✅

      Umumiy tayyorlik: 85%

      Total items: 12

      ## Xavfsizlik — P0

      - [x] TLS sertifikati (`openssl s_client -connect ombor.uz:443`)
      - [ ] ✅ WAF yoqilgan
      - [~] Parollar xeshlangan
      * [X] Zaxira nusxa
      1. [ ] Rate limit
         - [x] Nginx sozlamasi

      ## Мониторинг ✅

      - ✅ Алерты
      - ⏳ Дашборды
      - ☐ Логи
      - ☑ Трейсы

      ## Jadval

      | Vazifa | Holat |
      |---|---|
      | Backup | ✅ Done |
      | Restore | Todo |

      ## Keyinroq (ixtiyoriy)

      - [ ] Dark mode
      - [-] iOS ilova

      ## Deploydan keyin

      - [ ] Fikr-mulohaza
      """;

  private static JsonNode schemaNode() {
    return Schemas.node("status-1.json");
  }

  private static JsonSchema schema(JsonNode node) {
    return Schemas.schema(node);
  }

  private static JsonSchema strict() {
    return Schemas.strict(schemaNode());
  }

  private static Checklist macRomanMojibake() {
    String text = "# Склад\n\n## Критично\n\n- ✅ Бэкапы каждый день\n- ❌ Мониторинг дисков\n";
    Charset macRoman = Charset.forName("x-MacRoman");
    String broken = new String(text.getBytes(StandardCharsets.UTF_8), macRoman);
    return ChecklistReader.read("sklad.md", broken.getBytes(StandardCharsets.UTF_8));
  }

  private static List<JsonNode> documents() throws IOException {
    List<Assessment> runs =
        List.of(
            ReportFixture.assess("ombor.md", MIXED),
            ReportFixture.assess(macRomanMojibake()),
            ReportFixture.assess("notes.md", "# Notes\n\nNothing to tick yet.\n"),
            ReportFixture.assess("later.md", "## After launch\n\n- [ ] Survey\n- [-] App\n"),
            ReportFixture.assess(
                ChecklistReader.readText("a.md", "- [x] TLS\n"),
                ChecklistReader.readText("b.md", "## Critical\n\n- [ ] Backups\n")));
    List<JsonNode> docs = new ArrayList<>();
    for (Assessment a : runs) {
      for (Messages.Lang lang : Messages.Lang.values()) {
        docs.add(JSON.readTree(ReportFixture.render(new JsonReport(), a, lang)));
      }
    }
    return docs;
  }

  @Test
  void everyReportValidatesAndNamesNoFieldTheSchemaLeavesOut() throws IOException {
    JsonSchema open = schema(schemaNode());
    JsonSchema closed = strict();
    Set<String> verdicts = new TreeSet<>();
    Set<String> markers = new TreeSet<>();
    Set<String> states = new TreeSet<>();
    Set<String> repairs = new TreeSet<>();
    for (JsonNode doc : documents()) {
      assertThat(open.validate(doc)).as(doc.toPrettyString()).isEmpty();
      assertThat(closed.validate(doc)).as(doc.toPrettyString()).isEmpty();
      verdicts.add(doc.get("verdict").asText());
      for (JsonNode f : doc.get("files")) {
        repairs.add(f.get("repair").asText());
        verdicts.add(f.get("verdict").asText());
        f.get("items")
            .forEach(
                i -> {
                  markers.add(i.get("marker").asText());
                  states.add(i.get("state").asText());
                });
      }
    }
    // the fixtures reach every value, so the check above is not vacuous
    assertThat(verdicts).containsExactlyInAnyOrder("GO", "NO-GO", "INCONCLUSIVE");
    assertThat(markers).containsExactlyInAnyOrder("task", "box", "emoji", "symbol", "table");
    assertThat(states).containsExactlyInAnyOrder("open", "done", "in_progress", "not_applicable");
    assertThat(repairs).containsExactlyInAnyOrder("null", "mac-roman");
  }

  @Test
  void theSchemaRejectsWhatJsonReportNeverWrites() throws IOException {
    JsonSchema schema = schema(schemaNode());
    JsonNode good =
        JSON.readTree(
            ReportFixture.render(
                new JsonReport(), ReportFixture.assess("ombor.md", MIXED), Messages.Lang.EN));
    List<Consumer<ObjectNode>> breakages =
        List.of(
            d -> d.put("schema", "golive/status@2"),
            d -> d.put("verdict", "MAYBE"),
            d -> d.remove("files"),
            d -> ((ObjectNode) d.at("/files/0")).put("repair", "utf-16"),
            d -> ((ObjectNode) d.at("/files/0")).put("score", 101),
            d -> ((ObjectNode) d.at("/files/0/items/0")).remove("line"),
            d -> ((ObjectNode) d.at("/files/0/items/0")).put("state", "todo"),
            d -> ((ObjectNode) d.at("/files/0/items/0")).put("priority", "urgent"),
            d -> ((ObjectNode) d.at("/files/0/items/0")).put("phase", "later"),
            d -> ((ObjectNode) d.at("/files/0/claims/0")).put("kind", "vibe"),
            d -> ((ObjectNode) d.at("/files/0/claims/0")).put("agrees", "yes"));
    for (Consumer<ObjectNode> breakage : breakages) {
      ObjectNode broken = good.deepCopy();
      breakage.accept(broken);
      Set<ValidationMessage> errors = schema.validate(broken);
      assertThat(errors).as(broken.toString()).isNotEmpty();
    }
    // fields added later within version 1 are allowed; only the test's closed copy refuses them
    ObjectNode extended = good.deepCopy();
    ((ObjectNode) extended.at("/files/0/items/0")).put("evidence", "later");
    assertThat(schema.validate(extended)).isEmpty();
    assertThat(strict().validate(extended)).isNotEmpty();
  }

  @Test
  void theSchemaListsEveryValueOfTheModel() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    assertThat(values(defs.at("/verdict/enum")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Verdict.values()).map(Verdict::id).toList());
    assertThat(values(defs.at("/item/properties/state/enum")))
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(State.values()).map(State::id).toList());
    assertThat(values(defs.at("/item/properties/marker/enum")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(Marker.values()).map(Marker::id).toList());
    assertThat(values(defs.at("/item/properties/priority/enum")))
        .containsExactlyInAnyOrderElementsOf(
            concatNull(Arrays.stream(Priority.values()).map(Priority::id).toList()));
    assertThat(values(defs.at("/file/properties/repair/enum")))
        .containsExactlyInAnyOrderElementsOf(
            concatNull(Arrays.stream(Repair.values()).map(Repair::id).toList()));
    assertThat(values(defs.at("/claim/properties/kind/enum")))
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ClaimKind.values()).map(ClaimKind::id).toList());
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.isNull() ? "null" : v.asText()));
    return out;
  }

  private static List<String> concatNull(List<String> ids) {
    List<String> out = new ArrayList<>(ids);
    out.add("null");
    return out;
  }
}
