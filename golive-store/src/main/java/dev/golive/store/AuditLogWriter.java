package dev.golive.store;

import java.util.Map;
import org.jdbi.v3.core.Handle;

/** A line in the audit log, written in the transaction of the change it records. */
final class AuditLogWriter {
  private AuditLogWriter() {}

  static void write(
      Handle h,
      long at,
      String actor,
      String action,
      String entity,
      long entityId,
      Long projectId,
      Map<String, Object> before,
      Map<String, Object> after) {
    h.createUpdate(
            """
            INSERT INTO audit_log (changed_at, actor, action, entity, entity_id, project_id,
              before_json, after_json)
            VALUES (:at, :actor, :action, :entity, :entityId, :project, :before, :after)
            """)
        .bind("at", at)
        .bind("actor", actor)
        .bind("action", action)
        .bind("entity", entity)
        .bind("entityId", entityId)
        .bind("project", projectId)
        .bind("before", before == null ? null : Json.write(before))
        .bind("after", after == null ? null : Json.write(after))
        .execute();
  }
}
