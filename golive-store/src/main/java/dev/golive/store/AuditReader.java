package dev.golive.store;

import dev.golive.core.model.Finding;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Verdict;
import dev.golive.store.StoredAudit.StoredTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Reads projects and audits: the queries history and the dashboard are made of. */
final class AuditReader {
  /** An audit's columns, as {@link #summary} reads them. */
  static final String AUDIT_COLUMNS =
      """
      a.id AS a_id, p.name AS a_project, a.started_at AS a_started, a.finished_at AS a_finished,
      a.verdict AS a_verdict, a.score AS a_score, a.n_items AS a_items,
      a.n_verified AS a_verified, a.n_contradicted AS a_contradicted,
      a.n_done_unclaimed AS a_done_unclaimed, a.n_open AS a_open,
      a.n_inconclusive AS a_inconclusive, a.n_self_reported_done AS a_self_reported_done,
      a.n_self_reported_open AS a_self_reported_open, a.n_waived AS a_waived,
      a.run_by AS a_run_by, a.run_host AS a_run_host, a.run_via AS a_run_via,
      a.golive_version AS a_version, a.checklist_digest AS a_digest
      """;

  private final Handle h;

  AuditReader(Handle h) {
    this.h = h;
  }

  Optional<Long> projectId(String name) {
    return Projects.id(h, name);
  }

  /** Every project with its newest audit: one index seek per project, nothing counted. */
  List<ProjectSummary> projects() {
    return projectQuery("", null);
  }

  /** The audit of {@code project} for schedule slot {@code slot}, or empty. */
  Optional<AuditSummary> ofSlot(String project, Instant slot) {
    return h.createQuery(
            "SELECT "
                + AUDIT_COLUMNS
                + " FROM audits a JOIN projects p ON p.id = a.project_id"
                + " WHERE p.name = :project AND a.schedule_slot = :slot")
        .bind("project", project)
        .bind("slot", slot.toEpochMilli())
        .map((rs, ctx) -> summary(rs))
        .findOne();
  }

  Optional<ProjectSummary> project(String name) {
    return projectQuery("WHERE p.name = :name", name).stream().findFirst();
  }

  private List<ProjectSummary> projectQuery(String where, String name) {
    var q =
        h.createQuery(
            "SELECT p.id AS p_id, p.name AS p_name, p.slug AS p_slug, p.created_at AS p_created,"
                + " p.n_audits AS p_audits, "
                + AUDIT_COLUMNS
                + """
                 FROM projects p
                LEFT JOIN audits a ON a.id = (
                  SELECT l.id FROM audits l WHERE l.project_id = p.id
                  ORDER BY l.started_at DESC, l.id DESC LIMIT 1)
                """
                + where
                + " ORDER BY p.name");
    if (name != null) {
      q.bind("name", name);
    }
    return q.map(
            (rs, ctx) ->
                new ProjectSummary(
                    rs.getLong("p_id"),
                    rs.getString("p_name"),
                    rs.getString("p_slug"),
                    Instant.ofEpochMilli(rs.getLong("p_created")),
                    rs.getInt("p_audits"),
                    rs.getObject("a_id") == null ? null : summary(rs)))
        .list();
  }

  /** A project's audits, newest first. */
  List<AuditSummary> audits(long projectId, int limit) {
    return h.createQuery(
            "SELECT "
                + AUDIT_COLUMNS
                + """
                 FROM audits a JOIN projects p ON p.id = a.project_id
                WHERE a.project_id = :project
                ORDER BY a.started_at DESC, a.id DESC
                LIMIT :limit
                """)
        .bind("project", projectId)
        .bind("limit", Math.max(0, limit))
        .map((rs, ctx) -> summary(rs))
        .list();
  }

  Optional<StoredAudit> audit(long id) {
    Optional<AuditSummary> summary =
        h.createQuery(
                "SELECT "
                    + AUDIT_COLUMNS
                    + " FROM audits a JOIN projects p ON p.id = a.project_id WHERE a.id = :id")
            .bind("id", id)
            .map((rs, ctx) -> summary(rs))
            .findOne();
    if (summary.isEmpty()) {
      return Optional.empty();
    }
    List<StoredTarget> targets =
        h.createQuery(
                "SELECT name, shown, verdict, score FROM audit_targets WHERE audit_id = :id"
                    + " ORDER BY ord")
            .bind("id", id)
            .map(
                (rs, ctx) ->
                    new StoredTarget(
                        rs.getString("name"),
                        rs.getString("shown"),
                        verdict(rs.getString("verdict")),
                        nullableDouble(rs, "score")))
            .list();
    Map<Integer, List<Finding>> findings = new HashMap<>();
    h.createQuery(
            "SELECT item_ord, check_id, outcome, message, evidence, duration_ms FROM findings"
                + " WHERE audit_id = :id ORDER BY item_ord, ord")
        .bind("id", id)
        .map(
            (rs, ctx) -> {
              findings
                  .computeIfAbsent(rs.getInt("item_ord"), k -> new ArrayList<>())
                  .add(
                      new Finding(
                          rs.getString("check_id"),
                          outcome(rs.getString("outcome")),
                          rs.getString("message"),
                          Json.object(rs.getString("evidence")),
                          rs.getLong("duration_ms")));
              return 0;
            })
        .list();
    List<StoredItem> items =
        h.createQuery(
                """
                SELECT ord, target, file, item_id, line, depth, section, text, priority, state,
                  blocking, verdict, waiver
                FROM item_results WHERE audit_id = :id ORDER BY ord
                """)
            .bind("id", id)
            .map(
                (rs, ctx) ->
                    new StoredItem(
                        rs.getString("target"),
                        rs.getString("file"),
                        rs.getString("item_id"),
                        rs.getInt("line"),
                        rs.getInt("depth"),
                        Json.strings(rs.getString("section")),
                        rs.getString("text"),
                        rs.getString("priority") == null
                            ? null
                            : Priority.of(rs.getString("priority")),
                        state(rs.getString("state")),
                        rs.getInt("blocking") != 0,
                        itemVerdict(rs.getString("verdict")),
                        waiver(rs.getString("waiver")),
                        findings.getOrDefault(rs.getInt("ord"), List.of())))
            .list();
    return Optional.of(new StoredAudit(summary.get(), targets, items));
  }

  /** An audit's summary from a row with {@link #AUDIT_COLUMNS}. */
  static AuditSummary summary(ResultSet rs) throws SQLException {
    Map<ItemVerdict, Integer> counts = new EnumMap<>(ItemVerdict.class);
    for (ItemVerdict v : ItemVerdict.values()) {
      counts.put(v, rs.getInt("a_" + v.id()));
    }
    return new AuditSummary(
        rs.getLong("a_id"),
        rs.getString("a_project"),
        Instant.ofEpochMilli(rs.getLong("a_started")),
        Instant.ofEpochMilli(rs.getLong("a_finished")),
        verdict(rs.getString("a_verdict")),
        nullableDouble(rs, "a_score"),
        rs.getInt("a_items"),
        counts,
        rs.getString("a_run_by"),
        rs.getString("a_run_host"),
        RunInfo.Origin.of(rs.getString("a_run_via")),
        rs.getString("a_version"),
        rs.getString("a_digest"));
  }

  private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : d;
  }

  static Verdict verdict(String id) {
    for (Verdict v : Verdict.values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalStateException("unknown verdict '" + id + "' in the store");
  }

  private static ItemVerdict itemVerdict(String id) {
    for (ItemVerdict v : ItemVerdict.values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalStateException("unknown item verdict '" + id + "' in the store");
  }

  private static State state(String id) {
    for (State s : State.values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalStateException("unknown state '" + id + "' in the store");
  }

  private static Outcome outcome(String id) {
    for (Outcome o : Outcome.values()) {
      if (o.id().equals(id)) {
        return o;
      }
    }
    throw new IllegalStateException("unknown outcome '" + id + "' in the store");
  }

  private static Waiver waiver(String json) {
    if (json == null) {
      return null;
    }
    Map<String, Object> m = Json.object(json);
    Object until = m.get("until");
    return new Waiver(
        (String) m.get("item"),
        (String) m.get("reason"),
        (String) m.get("owner"),
        until == null ? null : LocalDate.parse(until.toString()));
  }
}
