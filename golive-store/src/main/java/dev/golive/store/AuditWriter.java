package dev.golive.store;

import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Writes one audit inside the caller's transaction. */
final class AuditWriter {
  private final Handle h;
  private final Clock clock;

  AuditWriter(Handle h, Clock clock) {
    this.h = h;
    this.clock = clock;
  }

  AuditSummary save(String project, AuditAssessment audit, RunInfo run) {
    String name = Projects.checkName(project);
    long projectId = Projects.findOrCreate(h, name, run.runBy(), clock);
    EnumMap<ItemVerdict, Integer> counts = new EnumMap<>(ItemVerdict.class);
    int items = 0;
    Double score = null;
    for (TargetAssessment t : audit.targets()) {
      for (FileAssessment f : t.assessment().files()) {
        score = min(score, f.score());
        for (int i = 0; i < f.checklist().items().size(); i++) {
          counts.merge(verdict(f, i), 1, Integer::sum);
          items++;
        }
      }
    }
    // the project's row first: saves of one project then take turns, each seeing the ones before
    h.createUpdate("UPDATE projects SET n_audits = n_audits + 1 WHERE id = :id")
        .bind("id", projectId)
        .execute();
    Long previous =
        h.createQuery(
                "SELECT id FROM audits WHERE project_id = :p"
                    + " ORDER BY started_at DESC, id DESC LIMIT 1")
            .bind("p", projectId)
            .mapTo(Long.class)
            .findOne()
            .orElse(null);
    long auditId =
        h.createQuery(
                """
                INSERT INTO audits (project_id, started_at, finished_at, run_by, run_host, run_via,
                  golive_version, checklist_digest, verdict, score, n_items, n_verified,
                  n_contradicted, n_done_unclaimed, n_open, n_inconclusive, n_self_reported_done,
                  n_self_reported_open, n_waived, schedule_slot, previous_id)
                VALUES (:project, :started, :finished, :runBy, :host, :via, :version, :digest,
                  :verdict, :score, :items, :verified, :contradicted, :doneUnclaimed, :open,
                  :inconclusive, :selfDone, :selfOpen, :waived, :slot, :previous)
                RETURNING id
                """)
            .bind("project", projectId)
            .bind("slot", run.slot() == null ? null : run.slot().toEpochMilli())
            .bind("previous", previous)
            .bind("started", run.started().toEpochMilli())
            .bind("finished", run.finished().toEpochMilli())
            .bind("runBy", orUnknown(run.runBy()))
            .bind("host", orUnknown(run.host()))
            .bind("via", run.origin().id())
            .bind("version", orUnknown(run.version()))
            .bind("digest", run.checklistDigest() == null ? "" : run.checklistDigest())
            .bind("verdict", audit.verdict().id())
            .bind("score", score)
            .bind("items", items)
            .bind("verified", counts.getOrDefault(ItemVerdict.VERIFIED, 0))
            .bind("contradicted", counts.getOrDefault(ItemVerdict.CONTRADICTED, 0))
            .bind("doneUnclaimed", counts.getOrDefault(ItemVerdict.DONE_UNCLAIMED, 0))
            .bind("open", counts.getOrDefault(ItemVerdict.OPEN, 0))
            .bind("inconclusive", counts.getOrDefault(ItemVerdict.INCONCLUSIVE, 0))
            .bind("selfDone", counts.getOrDefault(ItemVerdict.SELF_REPORTED_DONE, 0))
            .bind("selfOpen", counts.getOrDefault(ItemVerdict.SELF_REPORTED_OPEN, 0))
            .bind("waived", counts.getOrDefault(ItemVerdict.WAIVED, 0))
            .mapTo(Long.class)
            .one();
    targets(auditId, audit.targets(), run);
    itemsAndFindings(auditId, audit.targets());
    return new AuditSummary(
        auditId,
        name,
        run.started(),
        run.finished(),
        audit.verdict(),
        score,
        items,
        counts,
        orUnknown(run.runBy()),
        orUnknown(run.host()),
        run.origin(),
        orUnknown(run.version()),
        run.checklistDigest() == null ? "" : run.checklistDigest());
  }

  private void targets(long auditId, List<TargetAssessment> targets, RunInfo run) {
    PreparedBatch batch =
        h.prepareBatch(
            "INSERT INTO audit_targets (audit_id, ord, name, shown, verdict, score)"
                + " VALUES (:audit, :ord, :name, :shown, :verdict, :score)");
    int ord = 0;
    for (TargetAssessment t : targets) {
      Double score = null;
      for (FileAssessment f : t.assessment().files()) {
        score = min(score, f.score());
      }
      batch
          .bind("audit", auditId)
          .bind("ord", ord++)
          .bind("name", t.target())
          .bind("shown", run.targets().get(t.target()))
          .bind("verdict", t.assessment().verdict().id())
          .bind("score", score)
          .add();
    }
    if (ord > 0) {
      batch.execute();
    }
  }

  private void itemsAndFindings(long auditId, List<TargetAssessment> targets) {
    PreparedBatch items =
        h.prepareBatch(
            """
            INSERT INTO item_results (audit_id, ord, target, file, item_id, line, depth, section,
              text, priority, state, blocking, verdict, waiver)
            VALUES (:audit, :ord, :target, :file, :id, :line, :depth, :section, :text, :priority,
              :state, :blocking, :verdict, :waiver)
            """);
    PreparedBatch findings =
        h.prepareBatch(
            """
            INSERT INTO findings (audit_id, item_ord, ord, check_id, target, outcome, message,
              evidence, duration_ms)
            VALUES (:audit, :item, :ord, :check, :target, :outcome, :message, :evidence,
              :duration)
            """);
    int ord = 0;
    int findingCount = 0;
    for (TargetAssessment t : targets) {
      for (FileAssessment f : t.assessment().files()) {
        List<Item> list = f.checklist().items();
        for (int i = 0; i < list.size(); i++) {
          Item item = list.get(i);
          ItemAudit audit = f.audit(i);
          items
              .bind("audit", auditId)
              .bind("ord", ord)
              .bind("target", t.target())
              .bind("file", f.checklist().path())
              .bind("id", item.id())
              .bind("line", item.line())
              .bind("depth", item.depth())
              .bind("section", Json.write(item.section()))
              .bind("text", item.text())
              .bind("priority", item.priority() == null ? null : item.priority().id())
              .bind("state", item.state().id())
              .bind("blocking", f.isBlocking(i) ? 1 : 0)
              .bind("verdict", verdict(f, i).id())
              .bind("waiver", audit == null ? null : waiver(audit.waiver()))
              .add();
          int n = 0;
          for (Finding finding : audit == null ? List.<Finding>of() : audit.findings()) {
            findings
                .bind("audit", auditId)
                .bind("item", ord)
                .bind("ord", n++)
                .bind("check", finding.check())
                .bind("target", t.target())
                .bind("outcome", finding.outcome().id())
                .bind("message", finding.message() == null ? "" : finding.message())
                .bind("evidence", Json.write(finding.evidence()))
                .bind("duration", finding.durationMs())
                .add();
            findingCount++;
          }
          ord++;
        }
      }
    }
    if (ord > 0) {
      items.execute();
    }
    if (findingCount > 0) {
      findings.execute();
    }
  }

  /** The item's verdict; an item the audit left out is judged by its tick alone. */
  static ItemVerdict verdict(FileAssessment f, int i) {
    ItemAudit audit = f.audit(i);
    return audit != null
        ? audit.verdict()
        : ItemVerdict.of(f.checklist().items().get(i).state(), List.of());
  }

  private static String waiver(Waiver w) {
    if (w == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("item", w.item());
    m.put("reason", w.reason());
    m.put("owner", w.owner());
    m.put("until", w.until() == null ? null : w.until().toString());
    return Json.write(m);
  }

  private static Double min(Double a, Double b) {
    if (a == null) {
      return b;
    }
    return b == null ? a : Math.min(a, b);
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "unknown" : s.strip();
  }
}
