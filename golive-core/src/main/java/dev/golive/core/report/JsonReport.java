package dev.golive.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Item;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** The {@code golive/status@1} document; its schema is {@code docs/schema/status-1.json}. */
public final class JsonReport implements ReportWriter {
  public static final String SCHEMA = "golive/status@1";
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(Assessment assessment, Messages messages, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("verdict", assessment.verdict().id());
      g.writeArrayFieldStart("files");
      for (FileAssessment f : assessment.files()) {
        file(g, f, messages);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void file(JsonGenerator g, FileAssessment f, Messages messages)
      throws IOException {
    Checklist c = f.checklist();
    g.writeStartObject();
    g.writeStringField("path", c.path());
    g.writeStringField("encoding", c.encoding());
    g.writeStringField("repair", c.repair() == null ? null : c.repair().id());
    g.writeStringField("title", c.title());
    g.writeArrayFieldStart("items");
    List<Item> items = c.items();
    for (int i = 0; i < items.size(); i++) {
      item(g, items.get(i), f.isBlocking(i));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("claims");
    for (ClaimCheck check : f.claims()) {
      claim(g, check);
    }
    g.writeEndArray();
    if (f.score() == null) {
      g.writeNullField("score");
    } else {
      g.writeNumberField("score", Math.round(f.score() * 10) / 10.0);
    }
    g.writeStringField("verdict", f.verdict().id());
    g.writeArrayFieldStart("reasons");
    for (var r : f.reasons()) {
      g.writeString(messages.reason(r));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void item(JsonGenerator g, Item item, boolean blocking) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", item.id());
    g.writeNumberField("line", item.line());
    g.writeNumberField("depth", item.depth());
    g.writeStringField("state", item.state().id());
    g.writeStringField("marker", item.marker().id());
    g.writeStringField("priority", item.priority() == null ? null : item.priority().id());
    g.writeBooleanField("blocking", blocking);
    g.writeStringField(
        "phase", item.phase() == dev.golive.core.model.Phase.LAUNCH ? "launch" : "post_launch");
    g.writeArrayFieldStart("section");
    for (String s : item.section()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeStringField("text", item.text());
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, ClaimCheck check) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", check.claim().kind().id());
    g.writeNumberField("line", check.claim().line());
    g.writeStringField("text", check.claim().text());
    g.writeNumberField("claimed", check.claim().value());
    if (check.actual() == null) {
      g.writeNullField("actual");
    } else {
      g.writeNumberField("actual", Math.round(check.actual() * 10) / 10.0);
    }
    if (check.agrees() == null) {
      g.writeNullField("agrees");
    } else {
      g.writeBooleanField("agrees", check.agrees());
    }
    g.writeArrayFieldStart("scope");
    for (String s : check.claim().scope()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
