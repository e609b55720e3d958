package dev.golive.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Problem;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.ClaimCheck;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The {@code golive/status@1} document, schema {@code docs/schema/status-1.json}, and the {@code
 * golive/audit@1} document, schema {@code docs/schema/audit-1.json}: the status document's files
 * per target, each item with its verdict and findings.
 */
public final class JsonReport implements ReportWriter {
  public static final String SCHEMA = "golive/status@1";
  public static final String AUDIT_SCHEMA = "golive/audit@1";
  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(Assessment assessment, Messages messages, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", SCHEMA);
      g.writeStringField("verdict", assessment.verdict().id());
      files(g, assessment, messages, false);
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  @Override
  public void write(AuditAssessment audit, Messages messages, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("schema", AUDIT_SCHEMA);
      g.writeStringField("verdict", audit.verdict().id());
      g.writeArrayFieldStart("targets");
      for (TargetAssessment t : audit.targets()) {
        g.writeStartObject();
        g.writeStringField("target", t.target());
        g.writeStringField("verdict", t.assessment().verdict().id());
        files(g, t.assessment(), messages, true);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  private static void files(JsonGenerator g, Assessment a, Messages messages, boolean audit)
      throws IOException {
    g.writeArrayFieldStart("files");
    for (FileAssessment f : a.files()) {
      file(g, f, messages, audit);
    }
    g.writeEndArray();
  }

  /** A file as the status document has it, with verdicts, findings and problems for an audit. */
  private static void file(JsonGenerator g, FileAssessment f, Messages messages, boolean audit)
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
      item(g, items.get(i), f.isBlocking(i), audit ? itemAudit(f, i) : null);
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
    if (audit) {
      g.writeArrayFieldStart("bindingProblems");
      for (Problem p : f.problems()) {
        g.writeStartObject();
        g.writeStringField("file", p.file());
        g.writeNumberField("line", p.line());
        g.writeStringField("message", p.message());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /**
   * What the audit found for the item; an item the audit left out is judged by its tick alone, as
   * if nothing were bound to it.
   */
  private static ItemAudit itemAudit(FileAssessment f, int i) {
    ItemAudit audit = f.audit(i);
    return audit != null
        ? audit
        : new ItemAudit(
            ItemVerdict.of(f.checklist().items().get(i).state(), List.of()), List.of(), null);
  }

  /**
   * @param audit what an audit found, or {@code null} for the status document
   */
  private static void item(JsonGenerator g, Item item, boolean blocking, ItemAudit audit)
      throws IOException {
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
    g.writeArrayFieldStart("commands");
    for (String c : item.commands()) {
      g.writeString(c);
    }
    g.writeEndArray();
    if (audit != null) {
      g.writeStringField("verdict", audit.verdict().id());
      g.writeArrayFieldStart("findings");
      for (Finding f : audit.findings()) {
        Reports.writeFinding(g, f);
      }
      g.writeEndArray();
      waiver(g, audit.waiver());
    }
    g.writeEndObject();
  }

  private static void waiver(JsonGenerator g, Waiver w) throws IOException {
    if (w == null) {
      g.writeNullField("waiver");
      return;
    }
    g.writeObjectFieldStart("waiver");
    g.writeStringField("item", w.item());
    g.writeStringField("reason", w.reason());
    g.writeStringField("owner", w.owner());
    g.writeStringField("until", w.until() == null ? null : w.until().toString());
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
