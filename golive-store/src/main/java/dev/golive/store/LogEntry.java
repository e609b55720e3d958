package dev.golive.store;

import java.time.Instant;

/**
 * One change in the audit log.
 *
 * @param action as in {@code waiver.create}, {@code waiver.revoke}, {@code sign_off.create}, {@code
 *     project.create}
 * @param entity the table changed: {@code projects}, {@code waivers} or {@code sign_offs}
 * @param before the row as JSON before the change, or {@code null} for a creation
 * @param after the row as JSON after it
 */
public record LogEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String entity,
    long entityId,
    String before,
    String after) {}
