package dev.golive.store;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Marker;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Phase;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Audits made by hand for the store's tests: items, their verdicts and findings. */
final class Samples {
  private Samples() {}

  /** One item as audited. */
  record Row(
      String id,
      List<String> section,
      String text,
      State state,
      Priority priority,
      ItemVerdict verdict,
      Waiver waiver,
      List<Finding> findings) {

    Row withVerdict(ItemVerdict v) {
      return new Row(id, section, text, state, priority, v, waiver, findings);
    }

    Row withFindings(Finding... f) {
      return new Row(id, section, text, state, priority, verdict, waiver, List.of(f));
    }

    Row withWaiver(Waiver w) {
      return new Row(id, section, text, state, priority, verdict, w, findings);
    }

    Row withText(String t) {
      return new Row(id, section, t, state, priority, verdict, waiver, findings);
    }

    Row withId(String i) {
      return new Row(i, section, text, state, priority, verdict, waiver, findings);
    }

    Row withSection(String... s) {
      return new Row(id, List.of(s), text, state, priority, verdict, waiver, findings);
    }
  }

  /** A ticked item under Security with no findings yet. */
  static Row row(String id, String text, ItemVerdict verdict) {
    State state =
        switch (verdict) {
          case VERIFIED, CONTRADICTED, SELF_REPORTED_DONE, INCONCLUSIVE, WAIVED -> State.DONE;
          default -> State.OPEN;
        };
    return new Row(
        id, List.of("Launch", "Security"), text, state, Priority.HIGH, verdict, null, List.of());
  }

  static Finding finding(String check, Outcome outcome, Map<String, Object> evidence) {
    return new Finding(check, outcome, check + " said " + outcome.id(), evidence, 42);
  }

  /** One target, one checklist {@code PRODUCTION_CHECKLIST.md}, the rows in order. */
  static AuditAssessment audit(Verdict verdict, Double score, Row... rows) {
    return audit("production", verdict, score, rows);
  }

  static AuditAssessment audit(String target, Verdict verdict, Double score, Row... rows) {
    List<Item> items = new ArrayList<>();
    List<ItemAudit> audits = new ArrayList<>();
    List<Boolean> blocking = new ArrayList<>();
    int line = 3;
    for (Row r : rows) {
      items.add(
          new Item(
              r.id(),
              line++,
              1,
              r.state(),
              Marker.TASK,
              r.priority(),
              Phase.LAUNCH,
              r.section(),
              r.text()));
      audits.add(new ItemAudit(r.verdict(), r.findings(), r.waiver()));
      blocking.add(r.priority() == Priority.CRITICAL || r.priority() == Priority.HIGH);
    }
    Checklist checklist =
        new Checklist("docs/PRODUCTION_CHECKLIST.md", "UTF-8", null, "Shop", items, List.of());
    FileAssessment file =
        new FileAssessment(
            checklist, blocking, List.of(), score, verdict, List.of(), audits, List.of());
    Assessment a = new Assessment(List.of(file), verdict);
    return new AuditAssessment(List.of(new TargetAssessment(target, a)), verdict);
  }

  /** A run from the command line that started at {@code started} and took two seconds. */
  static RunInfo run(Instant started) {
    return new RunInfo(
        "alice",
        "build-1",
        RunInfo.Origin.CLI,
        "0.1.0-test",
        started,
        started.plusSeconds(2),
        "sha256:abc",
        Map.of("production", "web https://shop.test/"));
  }
}
