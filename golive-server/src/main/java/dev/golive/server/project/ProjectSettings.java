package dev.golive.server.project;

import java.time.Instant;
import java.util.List;

/**
 * What the server audits a project with.
 *
 * @param checklistPath the checklist's path under the server's repositories folder, or {@code null}
 *     when it was uploaded
 * @param checklistName how reports name the checklist
 * @param checklistText the uploaded Markdown, or {@code null}
 * @param targets base URLs, each a target; empty: the targets of {@code config}
 * @param config golive.yaml's text (targets, bindings, policy, waivers), or {@code null}
 * @param schedule when to audit: a cron expression, as written ({@link
 *     dev.golive.server.schedule.ProjectSchedules}), or {@code null}
 */
public record ProjectSettings(
    String checklistPath,
    String checklistName,
    String checklistText,
    List<String> targets,
    String config,
    String schedule,
    Instant updated,
    String updatedBy) {

  public ProjectSettings {
    targets = List.copyOf(targets);
  }
}
