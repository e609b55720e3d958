package dev.golive.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SARIF 2.1.0 for code scanning: every item that is not done (unless marked not applicable) and
 * every claim that does not hold, at its file and line. After an audit, per target: every tick the
 * live system contradicts, every item no check could decide, every item done but not ticked and
 * every item still not done, each with what its checks found; and once each, the bindings that
 * could not be used.
 */
public final class SarifReport implements ReportWriter {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** One rule per kind of result. */
  enum Rule {
    BLOCKING_OPEN("golive.blocking-open", "BlockingItemNotDone", "error"),
    OPEN("golive.open", "ItemNotDone", "warning"),
    POST_LAUNCH("golive.post-launch", "PostLaunchItemNotDone", "note"),
    CLAIM_CONTRADICTED("golive.claim-contradicted", "ClaimDoesNotHold", "warning"),
    CONTRADICTED("golive.contradicted", "TickContradictedByLiveSystem", "error"),
    INCONCLUSIVE("golive.inconclusive", "ItemCouldNotBeChecked", "warning"),
    DONE_UNCLAIMED("golive.done-unclaimed", "ItemDoneButNotTicked", "note"),
    BINDING_PROBLEM("golive.binding-problem", "BindingCannotBeUsed", "warning");

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

    /** The rule an item falls under: by its verdict after an audit, else by how it sorts. */
    static Rule of(FileAssessment f, int k) {
      ItemVerdict v = Reports.verdict(f, k);
      if (v != null) {
        switch (v) {
          case CONTRADICTED -> {
            return CONTRADICTED;
          }
          case INCONCLUSIVE -> {
            return INCONCLUSIVE;
          }
          case DONE_UNCLAIMED -> {
            return DONE_UNCLAIMED;
          }
          case VERIFIED, OPEN, SELF_REPORTED_DONE, SELF_REPORTED_OPEN, WAIVED -> {}
        }
      }
      return of(Reports.outcome(f, k));
    }
  }

  /** The rules a status report lists; a result's {@code ruleIndex} points into this list. */
  private static final List<Rule> STATUS_RULES =
      List.of(Rule.BLOCKING_OPEN, Rule.OPEN, Rule.POST_LAUNCH, Rule.CLAIM_CONTRADICTED);

  /** The rules an audit report lists. */
  private static final List<Rule> AUDIT_RULES = List.of(Rule.values());

  @Override
  public void write(Assessment a, Messages m, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      Run run = Run.start(g, STATUS_RULES, m);
      for (FileAssessment f : a.files()) {
        results(run, null, f, m);
      }
      run.end();
    }
    out.write('\n');
    out.flush();
  }

  @Override
  public void write(AuditAssessment audit, Messages m, Writer out) throws IOException {
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      Run run = Run.start(g, AUDIT_RULES, m);
      Set<Problem> problems = new LinkedHashSet<>();
      for (TargetAssessment t : audit.targets()) {
        for (FileAssessment f : t.assessment().files()) {
          results(run, t.target(), f, m);
          problems.addAll(f.problems());
        }
      }
      // a binding is wrong whatever the target: say so once
      for (Problem p : problems) {
        run.result(
            Rule.BINDING_PROBLEM,
            m.get(Rule.BINDING_PROBLEM.key()) + ": " + p.message(),
            p.file(),
            p.line(),
            null,
            null);
      }
      run.end();
    }
    out.write('\n');
    out.flush();
  }

  /** The single run of a report: its rules are declared up front, results follow. */
  private record Run(JsonGenerator g, List<Rule> rules) {
    static Run start(JsonGenerator g, List<Rule> rules, Messages m) throws IOException {
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
      for (Rule r : rules) {
        rule(g, r, m);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeStringField("language", m.lang().code());
      g.writeArrayFieldStart("results");
      return new Run(g, rules);
    }

    void end() throws IOException {
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }

    /**
     * @param item the item a result is about, for its fingerprint; {@code null} for claims and
     *     bindings
     * @param audit the target and what it found, for the result's properties; {@code null} in a
     *     status report
     */
    void result(Rule rule, String text, String path, int line, Item item, Audited audit)
        throws IOException {
      g.writeStartObject();
      g.writeStringField("ruleId", rule.id);
      g.writeNumberField("ruleIndex", rules.indexOf(rule));
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
      if (item != null) {
        // Lets code scanning follow an item across edits that move its line.
        g.writeObjectFieldStart("partialFingerprints");
        g.writeStringField("goliveItemId/v1", item.id());
        if (audit != null) {
          g.writeStringField("goliveTarget/v1", audit.target());
        }
        g.writeEndObject();
      }
      if (audit != null) {
        audit.properties(g);
      }
      g.writeEndObject();
    }
  }

  /** The target of a result and, for an item, what the audit found for it. */
  private record Audited(String target, ItemAudit item) {
    void properties(JsonGenerator g) throws IOException {
      g.writeObjectFieldStart("properties");
      g.writeStringField("target", target);
      if (item != null) {
        g.writeStringField("verdict", item.verdict().id());
        g.writeArrayFieldStart("findings");
        for (Finding f : item.findings()) {
          Reports.writeFinding(g, f);
        }
        g.writeEndArray();
        Waiver w = item.waiver();
        if (w != null) {
          g.writeObjectFieldStart("waiver");
          g.writeStringField("reason", w.reason());
          g.writeStringField("owner", w.owner());
          g.writeStringField("until", w.until() == null ? null : w.until().toString());
          g.writeEndObject();
        }
      }
      g.writeEndObject();
    }
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

  /**
   * @param target the target the file was audited against, {@code null} in a status report; it
   *     leads every message so that results of several targets read apart
   */
  private static void results(Run run, String target, FileAssessment f, Messages m)
      throws IOException {
    String path = f.checklist().path();
    String lead = target == null ? "" : target + ": ";
    List<Item> items = f.checklist().items();
    for (int k = 0; k < items.size(); k++) {
      Rule rule = Rule.of(f, k);
      if (rule == null) {
        continue;
      }
      Item i = items.get(k);
      String text =
          lead
              + m.get(rule.key())
              + ": "
              + i.text()
              + (i.priority() == null ? "" : " (" + i.priority().id() + ")");
      ItemAudit audit = f.audit(k);
      if (audit != null && !audit.findings().isEmpty()) {
        text +=
            " — "
                + audit.findings().stream()
                    .map(x -> Reports.finding(x, m))
                    .collect(Collectors.joining("; "));
      }
      run.result(rule, text, path, i.line(), i, target == null ? null : new Audited(target, audit));
    }
    for (ClaimCheck cc : f.claims()) {
      if (Reports.contradicted(cc)) {
        String comparison = Reports.comparison(cc, m);
        String text =
            lead
                + m.claimKind(cc.claim().kind())
                + ": "
                + Reports.truncate(cc.claim().text(), 120)
                + " — "
                + (comparison == null ? Reports.claimVerdict(cc, m) : comparison);
        run.result(
            Rule.CLAIM_CONTRADICTED,
            text,
            path,
            cc.claim().line(),
            null,
            target == null ? null : new Audited(target, null));
      }
    }
  }
}
