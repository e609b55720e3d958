package dev.golive.server.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Lines in the store's audit log for the changes the server makes to users and tokens. */
final class AuditTrail {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AuditTrail() {}

  static void write(
      Handle h,
      long at,
      String actor,
      String action,
      String entity,
      long id,
      Map<String, ?> before,
      Map<String, ?> after) {
    h.createUpdate(
            """
            INSERT INTO audit_log (changed_at, actor, action, entity, entity_id, project_id,
              before_json, after_json)
            VALUES (:at, :actor, :action, :entity, :id, NULL, :before, :after)
            """)
        .bind("at", at)
        .bind("actor", actor)
        .bind("action", action)
        .bind("entity", entity)
        .bind("id", id)
        .bind("before", json(before))
        .bind("after", json(after))
        .execute();
  }

  private static String json(Map<String, ?> m) {
    if (m == null) {
      return null;
    }
    try {
      return JSON.writeValueAsString(m);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
