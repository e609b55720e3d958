package dev.golive.store;

import dev.golive.core.model.ItemVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the team server reads and changes beyond {@link Store}'s own methods: audits a page at a
 * time, every project's trend, one item's history, and removing a project. Every query is an index
 * seek, so that pages stay cheap with years of audits.
 */
public final class ServerAccess {
  private final Store store;

  public ServerAccess(Store store) {
    this.store = store;
  }

  /** One item's result in one audit. */
  public record ItemHistory(
      long auditId,
      Instant started,
      String target,
      String file,
      String text,
      ItemVerdict verdict,
      String auditVerdict) {}

  /** One point of a trend line: an audit's score and verdict. */
  public record TrendPoint(long auditId, Instant started, Double score, String verdict) {}

  /**
   * A project's audits, newest first: at most {@code limit} of those older than audit {@code
   * before} (all when {@code null}).
   */
  public List<AuditSummary> audits(String project, Long before, int limit) {
    return store.read(
        h -> {
          long id = store.requireProject(h, project);
          if (before == null) {
            return new AuditReader(h).audits(id, limit);
          }
          Optional<Long> started =
              h.createQuery("SELECT started_at FROM audits WHERE id = :id AND project_id = :p")
                  .bind("id", before)
                  .bind("p", id)
                  .mapTo(Long.class)
                  .findOne();
          if (started.isEmpty()) {
            return List.of();
          }
          return h.createQuery(
                  "SELECT "
                      + AuditReader.AUDIT_COLUMNS
                      + """
                       FROM audits a JOIN projects p ON p.id = a.project_id
                      WHERE a.project_id = :project
                        AND (a.started_at < :started OR (a.started_at = :started AND a.id < :id))
                      ORDER BY a.started_at DESC, a.id DESC
                      LIMIT :limit
                      """)
              .bind("project", id)
              .bind("started", started.get())
              .bind("id", before)
              .bind("limit", Math.max(0, limit))
              .map((rs, ctx) -> AuditReader.summary(rs))
              .list();
        });
  }

  /** The name of the project whose slug is {@code slug}, or empty. */
  public Optional<String> projectName(String slug) {
    return store.read(
        h ->
            h.createQuery("SELECT name FROM projects WHERE slug = :s")
                .bind("s", slug)
                .mapTo(String.class)
                .findOne());
  }

  /** The summary of audit {@code id}, or empty. */
  public Optional<AuditSummary> summary(long id) {
    return store.read(
        h ->
            h.createQuery(
                    "SELECT "
                        + AuditReader.AUDIT_COLUMNS
                        + " FROM audits a JOIN projects p ON p.id = a.project_id WHERE a.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> AuditReader.summary(rs))
                .findOne());
  }

  /** Per project id, its last {@code n} audits, oldest first: what a sparkline draws. */
  public Map<Long, List<TrendPoint>> trends(int n) {
    return store.read(
        h -> {
          List<Long> ids = h.createQuery("SELECT id FROM projects").mapTo(Long.class).list();
          Map<Long, List<TrendPoint>> out = new LinkedHashMap<>();
          var q =
              h.createQuery(
                  """
                  SELECT id, started_at, score, verdict FROM audits WHERE project_id = :p
                  ORDER BY started_at DESC, id DESC LIMIT :n
                  """);
          for (long id : ids) {
            List<TrendPoint> points =
                new ArrayList<>(
                    q.bind("p", id)
                        .bind("n", n)
                        .map(
                            (rs, ctx) -> {
                              double s = rs.getDouble("score");
                              return new TrendPoint(
                                  rs.getLong("id"),
                                  Instant.ofEpochMilli(rs.getLong("started_at")),
                                  rs.wasNull() ? null : s,
                                  rs.getString("verdict"));
                            })
                        .list());
            java.util.Collections.reverse(points);
            out.put(id, points);
          }
          return out;
        });
  }

  /** Item {@code itemId} of {@code project} in its newest {@code limit} audits, newest first. */
  public List<ItemHistory> itemHistory(String project, String itemId, int limit) {
    return store.read(
        h -> {
          long id = store.requireProject(h, project);
          return h.createQuery(
                  """
                  SELECT a.id, a.started_at, a.verdict AS a_verdict, r.target, r.file, r.text,
                    r.verdict
                  FROM item_results r JOIN audits a ON a.id = r.audit_id
                  WHERE r.item_id = :item AND a.project_id = :p
                  ORDER BY a.started_at DESC, a.id DESC, r.ord
                  LIMIT :limit
                  """)
              .bind("item", itemId)
              .bind("p", id)
              .bind("limit", Math.max(0, limit))
              .map(
                  (rs, ctx) ->
                      new ItemHistory(
                          rs.getLong("id"),
                          Instant.ofEpochMilli(rs.getLong("started_at")),
                          rs.getString("target"),
                          rs.getString("file"),
                          rs.getString("text"),
                          itemVerdict(rs.getString("verdict")),
                          rs.getString("a_verdict")))
              .list();
        });
  }

  /**
   * Removes {@code project} with its audits, waivers, sign-offs and the server's settings and runs
   * of it, in one transaction; the audit log keeps its lines (no longer tied to the project) and
   * gains one for the removal.
   */
  public void deleteProject(String project, String actor) {
    store.write(
        h -> {
          long id = store.requireProject(h, project);
          Map<String, Object> before = new LinkedHashMap<>();
          before.put("id", id);
          before.put("name", project);
          before.put(
              "audits",
              h.createQuery("SELECT COUNT(*) FROM audits WHERE project_id = :p")
                  .bind("p", id)
                  .mapTo(Long.class)
                  .one());
          for (String sql :
              List.of(
                  "DELETE FROM audit_runs WHERE project_id = :p",
                  "DELETE FROM project_settings WHERE project_id = :p",
                  "DELETE FROM audits WHERE project_id = :p",
                  "DELETE FROM waivers WHERE project_id = :p",
                  "DELETE FROM sign_offs WHERE project_id = :p",
                  "UPDATE audit_log SET project_id = NULL WHERE project_id = :p",
                  "DELETE FROM projects WHERE id = :p")) {
            h.createUpdate(sql).bind("p", id).execute();
          }
          AuditLogWriter.write(
              h,
              store.clock().millis(),
              actor,
              "project.delete",
              "projects",
              id,
              null,
              before,
              Map.of("deleted", true));
          return null;
        });
  }

  private static ItemVerdict itemVerdict(String id) {
    for (ItemVerdict v : ItemVerdict.values()) {
      if (v.id().equals(id)) {
        return v;
      }
    }
    throw new IllegalStateException("unknown item verdict '" + id + "' in the store");
  }
}
