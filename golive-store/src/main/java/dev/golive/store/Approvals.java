package dev.golive.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Waivers and sign-offs: each creation and revocation is written with its line in the audit log
 * (the row before and after, as JSON) in one transaction.
 */
public final class Approvals {
  private final Store store;

  Approvals(Store store) {
    this.store = store;
  }

  Waivers waivers() {
    return new Waivers();
  }

  SignOffs signOffs() {
    return new SignOffs();
  }

  /** A waiver to make: the item, why, who answers for it, and the last day it holds. */
  public record NewWaiver(
      String itemId, String itemText, String reason, String owner, LocalDate until) {}

  /** A sign-off to make: the item, why the signer can vouch for it, and the last day it holds. */
  public record NewSignOff(String itemId, String itemText, String reason, LocalDate until) {}

  /** The waivers of the store. */
  public final class Waivers {
    private static final String COLUMNS =
        """
        w.id, p.name AS project, w.item_id, w.item_text, w.reason, w.owner, w.until_day,
        w.created_at, w.created_by, w.revoked_at, w.revoked_by, w.revoke_reason
        """;

    private Waivers() {}

    /** Makes a waiver for an item of {@code project}, by {@code actor}. */
    public StoredWaiver create(String project, NewWaiver w, String actor) {
      String itemId = required("the item's id", w.itemId());
      String reason = required("a reason", w.reason());
      String owner = required("an owner", w.owner());
      String who = required("who makes it", actor);
      return store.write(
          h -> {
            long projectId = store.requireProject(h, project);
            long now = store.clock().millis();
            long id =
                h.createQuery(
                        """
                        INSERT INTO waivers (project_id, item_id, item_text, reason, owner,
                          until_day, created_at, created_by)
                        VALUES (:project, :item, :text, :reason, :owner, :until, :at, :by)
                        RETURNING id
                        """)
                    .bind("project", projectId)
                    .bind("item", itemId)
                    .bind("text", w.itemText())
                    .bind("reason", reason)
                    .bind("owner", owner)
                    .bind("until", w.until() == null ? null : w.until().toString())
                    .bind("at", now)
                    .bind("by", who)
                    .mapTo(Long.class)
                    .one();
            StoredWaiver made = one(h, id);
            AuditLogWriter.write(
                h, now, who, "waiver.create", "waivers", id, projectId, null, row(made));
            return made;
          });
    }

    /** Revokes waiver {@code id}; a waiver already revoked cannot be revoked again. */
    public StoredWaiver revoke(long id, String actor, String why) {
      String who = required("who revokes it", actor);
      return store.write(
          h -> {
            StoredWaiver before = find(h, id);
            if (before.revoked() != null) {
              throw new StoreException(
                  store.shown(), "waiver #" + id + " was already revoked by " + before.revokedBy());
            }
            long now = store.clock().millis();
            h.createUpdate(
                    "UPDATE waivers SET revoked_at = :at, revoked_by = :by, revoke_reason = :why"
                        + " WHERE id = :id")
                .bind("at", now)
                .bind("by", who)
                .bind("why", why)
                .bind("id", id)
                .execute();
            StoredWaiver after = one(h, id);
            AuditLogWriter.write(
                h,
                now,
                who,
                "waiver.revoke",
                "waivers",
                id,
                store.requireProject(h, before.project()),
                row(before),
                row(after));
            return after;
          });
    }

    /** Waiver {@code id}. */
    public StoredWaiver get(long id) {
      return store.read(h -> find(h, id));
    }

    /** Every waiver of {@code project}, revoked and expired ones too, newest first. */
    public List<StoredWaiver> all(String project) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT "
                          + COLUMNS
                          + " FROM waivers w JOIN projects p ON p.id = w.project_id"
                          + " WHERE w.project_id = :project ORDER BY w.created_at DESC, w.id DESC")
                  .bind("project", store.requireProject(h, project))
                  .map((rs, ctx) -> waiver(rs))
                  .list());
    }

    /** The waivers of {@code project} that hold on {@code day}, oldest first. */
    public List<StoredWaiver> active(String project, LocalDate day) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT "
                          + COLUMNS
                          + """
                           FROM waivers w JOIN projects p ON p.id = w.project_id
                          WHERE w.project_id = :project AND w.revoked_at IS NULL
                            AND (w.until_day IS NULL OR w.until_day >= :day)
                          ORDER BY w.created_at, w.id
                          """)
                  .bind("project", store.requireProject(h, project))
                  .bind("day", day.toString())
                  .map((rs, ctx) -> waiver(rs))
                  .list());
    }

    /**
     * The waivers of every project that still hold on {@code day} and end within {@code days} days
     * of it, soonest first: what an expiry notification lists.
     */
    public List<StoredWaiver> expiring(LocalDate day, int days) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT "
                          + COLUMNS
                          + """
                           FROM waivers w JOIN projects p ON p.id = w.project_id
                          WHERE w.revoked_at IS NULL AND w.until_day >= :day
                            AND w.until_day <= :last
                          ORDER BY w.until_day, w.id
                          """)
                  .bind("day", day.toString())
                  .bind("last", day.plusDays(days).toString())
                  .map((rs, ctx) -> waiver(rs))
                  .list());
    }

    private StoredWaiver find(Handle h, long id) {
      return h.createQuery(
              "SELECT "
                  + COLUMNS
                  + " FROM waivers w JOIN projects p ON p.id = w.project_id WHERE w.id = :id")
          .bind("id", id)
          .map((rs, ctx) -> waiver(rs))
          .findOne()
          .orElseThrow(() -> new StoreException(store.shown(), "there is no waiver #" + id));
    }

    private StoredWaiver one(Handle h, long id) {
      return find(h, id);
    }

    private static StoredWaiver waiver(ResultSet rs) throws SQLException {
      return new StoredWaiver(
          rs.getLong("id"),
          rs.getString("project"),
          rs.getString("item_id"),
          rs.getString("item_text"),
          rs.getString("reason"),
          rs.getString("owner"),
          day(rs.getString("until_day")),
          Instant.ofEpochMilli(rs.getLong("created_at")),
          rs.getString("created_by"),
          instant(rs, "revoked_at"),
          rs.getString("revoked_by"),
          rs.getString("revoke_reason"));
    }

    private static Map<String, Object> row(StoredWaiver w) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", w.id());
      m.put("project", w.project());
      m.put("item_id", w.itemId());
      m.put("item_text", w.itemText());
      m.put("reason", w.reason());
      m.put("owner", w.owner());
      m.put("until", w.until() == null ? null : w.until().toString());
      m.put("created_at", w.created().toString());
      m.put("created_by", w.createdBy());
      m.put("revoked_at", w.revoked() == null ? null : w.revoked().toString());
      m.put("revoked_by", w.revokedBy());
      m.put("revoke_reason", w.revokeReason());
      return m;
    }
  }

  /** The sign-offs of the store. */
  public final class SignOffs {
    private static final String COLUMNS =
        """
        s.id, p.name AS project, s.item_id, s.item_text, s.signed_by, s.signed_at, s.reason,
        s.until_day, s.revoked_at, s.revoked_by, s.revoke_reason
        """;

    private SignOffs() {}

    /** {@code signer} gives their word for an item of {@code project}. */
    public StoredSignOff create(String project, NewSignOff s, String signer) {
      String itemId = required("the item's id", s.itemId());
      String reason = required("a reason", s.reason());
      String who = required("who signs", signer);
      return store.write(
          h -> {
            long projectId = store.requireProject(h, project);
            long now = store.clock().millis();
            long id =
                h.createQuery(
                        """
                        INSERT INTO sign_offs (project_id, item_id, item_text, signed_by,
                          signed_at, reason, until_day)
                        VALUES (:project, :item, :text, :by, :at, :reason, :until)
                        RETURNING id
                        """)
                    .bind("project", projectId)
                    .bind("item", itemId)
                    .bind("text", s.itemText())
                    .bind("by", who)
                    .bind("at", now)
                    .bind("reason", reason)
                    .bind("until", s.until() == null ? null : s.until().toString())
                    .mapTo(Long.class)
                    .one();
            StoredSignOff made = find(h, id);
            AuditLogWriter.write(
                h, now, who, "sign_off.create", "sign_offs", id, projectId, null, row(made));
            return made;
          });
    }

    /** Revokes sign-off {@code id}; one already revoked cannot be revoked again. */
    public StoredSignOff revoke(long id, String actor, String why) {
      String who = required("who revokes it", actor);
      return store.write(
          h -> {
            StoredSignOff before = find(h, id);
            if (before.revoked() != null) {
              throw new StoreException(
                  store.shown(),
                  "sign-off #" + id + " was already revoked by " + before.revokedBy());
            }
            long now = store.clock().millis();
            h.createUpdate(
                    "UPDATE sign_offs SET revoked_at = :at, revoked_by = :by,"
                        + " revoke_reason = :why WHERE id = :id")
                .bind("at", now)
                .bind("by", who)
                .bind("why", why)
                .bind("id", id)
                .execute();
            StoredSignOff after = find(h, id);
            AuditLogWriter.write(
                h,
                now,
                who,
                "sign_off.revoke",
                "sign_offs",
                id,
                store.requireProject(h, before.project()),
                row(before),
                row(after));
            return after;
          });
    }

    /** Sign-off {@code id}. */
    public StoredSignOff get(long id) {
      return store.read(h -> find(h, id));
    }

    /** The sign-offs of {@code project} that stand on {@code day}, oldest first. */
    public List<StoredSignOff> active(String project, LocalDate day) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT "
                          + COLUMNS
                          + """
                           FROM sign_offs s JOIN projects p ON p.id = s.project_id
                          WHERE s.project_id = :project AND s.revoked_at IS NULL
                            AND (s.until_day IS NULL OR s.until_day >= :day)
                          ORDER BY s.signed_at, s.id
                          """)
                  .bind("project", store.requireProject(h, project))
                  .bind("day", day.toString())
                  .map((rs, ctx) -> signOff(rs))
                  .list());
    }

    /** The sign-offs of every project that stand on {@code day} and end within {@code days}. */
    public List<StoredSignOff> expiring(LocalDate day, int days) {
      return store.read(
          h ->
              h.createQuery(
                      "SELECT "
                          + COLUMNS
                          + """
                           FROM sign_offs s JOIN projects p ON p.id = s.project_id
                          WHERE s.revoked_at IS NULL AND s.until_day >= :day
                            AND s.until_day <= :last
                          ORDER BY s.until_day, s.id
                          """)
                  .bind("day", day.toString())
                  .bind("last", day.plusDays(days).toString())
                  .map((rs, ctx) -> signOff(rs))
                  .list());
    }

    private StoredSignOff find(Handle h, long id) {
      return h.createQuery(
              "SELECT "
                  + COLUMNS
                  + " FROM sign_offs s JOIN projects p ON p.id = s.project_id WHERE s.id = :id")
          .bind("id", id)
          .map((rs, ctx) -> signOff(rs))
          .findOne()
          .orElseThrow(() -> new StoreException(store.shown(), "there is no sign-off #" + id));
    }

    private static StoredSignOff signOff(ResultSet rs) throws SQLException {
      return new StoredSignOff(
          rs.getLong("id"),
          rs.getString("project"),
          rs.getString("item_id"),
          rs.getString("item_text"),
          rs.getString("signed_by"),
          Instant.ofEpochMilli(rs.getLong("signed_at")),
          rs.getString("reason"),
          day(rs.getString("until_day")),
          instant(rs, "revoked_at"),
          rs.getString("revoked_by"),
          rs.getString("revoke_reason"));
    }

    private static Map<String, Object> row(StoredSignOff s) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", s.id());
      m.put("project", s.project());
      m.put("item_id", s.itemId());
      m.put("item_text", s.itemText());
      m.put("signed_by", s.signedBy());
      m.put("signed_at", s.signedAt().toString());
      m.put("reason", s.reason());
      m.put("until", s.until() == null ? null : s.until().toString());
      m.put("revoked_at", s.revoked() == null ? null : s.revoked().toString());
      m.put("revoked_by", s.revokedBy());
      m.put("revoke_reason", s.revokeReason());
      return m;
    }
  }

  /** The audit log of a project, newest first. */
  static List<LogEntry> log(Handle h, long projectId, int limit) {
    return h.createQuery(
            """
            SELECT id, changed_at, actor, action, entity, entity_id, before_json, after_json
            FROM audit_log WHERE project_id = :project
            ORDER BY changed_at DESC, id DESC LIMIT :limit
            """)
        .bind("project", projectId)
        .bind("limit", Math.max(0, limit))
        .map(
            (rs, ctx) ->
                new LogEntry(
                    rs.getLong("id"),
                    Instant.ofEpochMilli(rs.getLong("changed_at")),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("entity"),
                    rs.getLong("entity_id"),
                    rs.getString("before_json"),
                    rs.getString("after_json")))
        .list();
  }

  private static String required(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " is required");
    }
    return value.strip();
  }

  private static LocalDate day(String s) {
    return s == null ? null : LocalDate.parse(s);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : Instant.ofEpochMilli(v);
  }
}
