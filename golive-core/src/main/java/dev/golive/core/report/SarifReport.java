package dev.golive.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.core.model.Item;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * SARIF 2.1.0 for code scanning: every item that is not done (unless marked not applicable) and
 * every claim that does not hold, at its file and line.
 */
public final class SarifReport implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** One rule per kind of result. */
  enum Rule {
    BLOCKING_OPEN("golive.blocking-open", "BlockingItemNotDone", "error"),
    OPEN("golive.open", "ItemNotDone", "warning"),
    POST_LAUNCH("golive.post-launch", "PostLaunchItemNotDone", "note"),
    CLAIM_CONTRADICTED("golive.claim-contradicted", "ClaimDoesNotHold", "warning");

    final String id;
    final String ruleName;
    final String level;

    Rule(String id, String ruleName, String level) {
      this.id = id;
      this.ruleName = ruleName;
      this.level = level;
    }

    String key() {
      return "rule." + id.substring("golive.".length());
    }

    static Rule of(Reports.Outcome outcome) {
      return switch (outcome) {
        case BLOCKING_OPEN -> BLOCKING_OPEN;
        case OPEN -> OPEN;
        case POST_LAUNCH -> POST_LAUNCH;
        case DONE, NOT_APPLICABLE -> null;
      };
    }
  }

  /** The rules as listed in the report; a result's {@code ruleIndex} points into this list. */
  private static final List<Rule> RULES = List.of(Rule.values());

  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", "golive");
      g.writeArrayFieldStart("rules");
      for (Rule r : RULES) {
        rule(g, r, m);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("language", m.lang().code());
      g.writeArrayFieldStart("results");
      for (FileAssessment f : a.files()) {
        results(g, f, m);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void rule(JsonGenerator g, Rule r, Messages m) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", r.id);
    g.writeStringField("name", r.ruleName);
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", m.get(r.key()));
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", m.get(r.key() + ".help"));
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", r.level);
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void results(JsonGenerator g, FileAssessment f, Messages m) throws IOException {
    String path = f.checklist().path();
    List<Item> items = f.checklist().items();
    for (int k = 0; k < items.size(); k++) {
      Rule rule = Rule.of(Reports.outcome(f, k));
      if (rule == null) {
        continue;
      }
      Item i = items.get(k);
      String text =
          m.get(rule.key())
              + ": "
              + i.text()
              + (i.priority() == null ? "" : " (" + i.priority().id() + ")");
      result(g, rule, text, path, i.line(), i.id());
    }
    for (ClaimCheck cc : f.claims()) {
      if (Reports.contradicted(cc)) {
        String comparison = Reports.comparison(cc, m);
        String text =
            m.claimKind(cc.claim().kind())
                + ": "
                + Reports.truncate(cc.claim().text(), 120)
                + " — "
                + (comparison == null ? Reports.claimVerdict(cc, m) : comparison);
        result(g, Rule.CLAIM_CONTRADICTED, text, path, cc.claim().line(), null);
      }
    }
  }

  private static void result(
      JsonGenerator g, Rule rule, String text, String path, int line, String itemId)
      throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", rule.id);
    g.writeNumberField("ruleIndex", RULES.indexOf(rule));
    g.writeStringField("level", rule.level);
    g.writeObjectFieldStart("message");
    g.writeStringField("text", text);
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", path);
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", Math.max(1, line));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    if (itemId != null) {
      // Lets code scanning follow an item across edits that move its line.
      g.writeObjectFieldStart("partialFingerprints");
      g.writeStringField("goliveItemId/v1", itemId);
      g.writeEndObject();
    }
    g.writeEndObject();
  }
}
