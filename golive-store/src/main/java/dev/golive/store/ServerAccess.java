package dev.golive.store;

import dev.golive.core.model.ItemVerdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the team server reads and changes beyond {@link Store}'s own methods: audits a page at a
 * time, every project's trend, one item's history, and removing a project. Every query is an index
 * seek, so that pages stay cheap with years of audits; the overview of all projects, asked for by
 * every view of the dashboard, is kept until a project has a new audit.
 */
public final class ServerAccess {
  private final Store store;

  /** The trends last read, by project id. */
  private final ConcurrentHashMap<Long, CachedTrend> trends = new ConcurrentHashMap<>();

  /** How many audits {@link #audit} keeps: an audit of 60 items takes about 100 KB. */
  static final int AUDITS_KEPT = 64;

  /** The audits last read. */
  private final Recent<Long, StoredAudit> audits = new Recent<>(AUDITS_KEPT);

  /** The overview last read, with the version of the projects it was read at. */
  private final java.util.concurrent.atomic.AtomicReference<CachedOverview> overview =
      new java.util.concurrent.atomic.AtomicReference<>();

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

  /**
   * Audit {@code id} with its targets, items and findings, or empty. A stored audit never changes,
   * so the last {@value #AUDITS_KEPT} read are kept; each call still asks the store whether the
   * audit is there (its project may have been removed since).
   */
  public Optional<StoredAudit> audit(long id) {
    boolean there =
        store.read(
            h ->
                h.createQuery("SELECT 1 FROM audits WHERE id = :id")
                    .bind("id", id)
                    .mapTo(Integer.class)
                    .findOne()
                    .isPresent());
    if (!there) {
      audits.remove(id);
      return Optional.empty();
    }
    return Optional.ofNullable(
        audits.get(id, () -> store.read(h -> new AuditReader(h).audit(id)).orElse(null)));
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

  /**
   * Every project with its latest audit, and the trend of its last {@code trend} audits: what the
   * dashboard's front page, the TV view and the API's list show. Kept while the store's projects
   * and their numbers of audits stay the same, which one small query tells on each call: audits are
   * never changed once stored, projects are only made, deleted and audited (each audit counted in
   * the transaction that saves it), and ids are never given twice, so a new audit, a new project or
   * a removed one each change what it reads.
   */
  public Overview overview(int trend) {
    List<Long> version =
        store.read(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) AS n, COALESCE(SUM(n_audits), 0) AS audits,"
                            + " COALESCE(MAX(id), 0) AS last FROM projects")
                    .map(
                        (rs, ctx) ->
                            List.of(rs.getLong("n"), rs.getLong("audits"), rs.getLong("last")))
                    .one());
    CachedOverview c = overview.get();
    if (c != null && c.version().equals(version) && c.trend() == trend) {
      return c.overview();
    }
    // read after the version: what it holds is at least as new, so keeping it under that version
    // can only make the next call read again
    List<ProjectSummary> projects = store.projects();
    Overview o = new Overview(projects, trends(projects, trend));
    overview.set(new CachedOverview(version, trend, o));
    return o;
  }

  /** The projects by name, each with its latest audit, and their trends by project id. */
  public record Overview(List<ProjectSummary> projects, Map<Long, List<TrendPoint>> trends) {
    public Overview {
      projects = List.copyOf(projects);
      trends = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(trends));
    }

    /** The project named {@code name}, or empty. */
    public Optional<ProjectSummary> project(String name) {
      for (ProjectSummary p : projects) {
        if (p.name().equals(name)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    /** {@code p}'s trend, oldest first; empty for a project without audits. */
    public List<TrendPoint> trend(ProjectSummary p) {
      return trends.getOrDefault(p.id(), List.of());
    }
  }

  private record CachedOverview(List<Long> version, int trend, Overview overview) {}

  /**
   * Per project of {@code projects}, its last {@code n} audits, oldest first: what a sparkline
   * draws. A stored audit never changes, so a project's trend holds while its number of audits and
   * its latest audit stay as {@code projects} (read just before) says: only the trends of projects
   * with a new audit, or not asked for before, are read from the store, in one handle.
   */
  public Map<Long, List<TrendPoint>> trends(List<ProjectSummary> projects, int n) {
    Map<Long, List<TrendPoint>> out = new LinkedHashMap<>();
    List<ProjectSummary> stale = new ArrayList<>();
    for (ProjectSummary p : projects) {
      CachedTrend c = trends.get(p.id());
      if (c != null && c.holdsFor(p, n)) {
        out.put(p.id(), c.points());
      } else {
        stale.add(p);
      }
    }
    if (!stale.isEmpty()) {
      store.read(
          h -> {
            var q =
                h.createQuery(
                    """
                    SELECT id, started_at, score, verdict FROM audits WHERE project_id = :p
                    ORDER BY started_at DESC, id DESC LIMIT :n
                    """);
            for (ProjectSummary p : stale) {
              List<TrendPoint> points =
                  new ArrayList<>(
                      q.bind("p", p.id())
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
              List<TrendPoint> kept = List.copyOf(points);
              trends.put(p.id(), new CachedTrend(p.audits(), latestId(p), n, kept));
              out.put(p.id(), kept);
            }
            return null;
          });
    }
    if (trends.size() > projects.size()) {
      // projects removed since: their trends go
      trends.keySet().retainAll(out.keySet());
    }
    return out;
  }

  /** A project's trend as read, with what it was read for. */
  private record CachedTrend(int audits, long latest, int n, List<TrendPoint> points) {
    boolean holdsFor(ProjectSummary p, int wanted) {
      return audits == p.audits() && latest == latestId(p) && n == wanted;
    }
  }

  private static long latestId(ProjectSummary p) {
    return p.latest() == null ? 0 : p.latest().id();
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
