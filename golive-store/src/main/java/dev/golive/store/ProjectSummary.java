package dev.golive.store;

import java.time.Instant;

/**
 * A project and its newest audit.
 *
 * @param slug the name in lower case with dashes, for URLs
 * @param audits how many audits it has
 * @param latest its newest audit, or {@code null} when it has none
 */
public record ProjectSummary(
    long id, String name, String slug, Instant created, int audits, AuditSummary latest) {}
