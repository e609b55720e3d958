package dev.golive.server.project;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The server's settings of each project, beside the store's projects. */
public final class Projects {
  private final Jdbi jdbi;
  private final Clock clock;

  public Projects(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** The settings of project {@code projectId}, or empty when it has none (made by the CLI). */
  public Optional<ProjectSettings> settings(long projectId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT checklist_path, checklist_name, checklist_text, targets, config_text,
                      schedule, updated_at, updated_by
                    FROM project_settings WHERE project_id = :p
                    """)
                .bind("p", projectId)
                .map(
                    (rs, ctx) ->
                        new ProjectSettings(
                            rs.getString("checklist_path"),
                            rs.getString("checklist_name"),
                            rs.getString("checklist_text"),
                            lines(rs.getString("targets")),
                            rs.getString("config_text"),
                            rs.getString("schedule"),
                            Instant.ofEpochMilli(rs.getLong("updated_at")),
                            rs.getString("updated_by")))
                .findOne());
  }

  /** Sets the settings of {@code projectId}, with a line in the audit log. */
  public ProjectSettings save(long projectId, ProjectSpec spec, String actor) {
    long now = clock.millis();
    String name =
        spec.checklistName() != null
            ? spec.checklistName()
            : spec.checklistPath() != null && !spec.checklistPath().isBlank()
                ? java.nio.file.Path.of(spec.checklistPath()).getFileName().toString()
                : "CHECKLIST.md";
    boolean upload = spec.markdown() != null && !spec.markdown().isBlank();
    ProjectSettings s =
        new ProjectSettings(
            upload ? null : spec.checklistPath().strip(),
            name,
            upload ? spec.markdown() : null,
            spec.targets().stream().map(String::strip).toList(),
            spec.config() == null || spec.config().isBlank() ? null : spec.config(),
            spec.schedule() == null || spec.schedule().isBlank() ? null : spec.schedule().strip(),
            Instant.ofEpochMilli(now),
            actor);
    Optional<ProjectSettings> before = settings(projectId);
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM project_settings WHERE project_id = :p")
              .bind("p", projectId)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO project_settings (project_id, checklist_path, checklist_name,
                    checklist_text, targets, config_text, schedule, updated_at, updated_by)
                  VALUES (:p, :path, :name, :text, :targets, :config, :schedule, :at, :by)
                  """)
              .bind("p", projectId)
              .bind("path", s.checklistPath())
              .bind("name", s.checklistName())
              .bind("text", s.checklistText())
              .bind("targets", String.join("\n", s.targets()))
              .bind("config", s.config())
              .bind("schedule", s.schedule())
              .bind("at", now)
              .bind("by", actor)
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO audit_log (changed_at, actor, action, entity, entity_id, project_id,
                    before_json, after_json)
                  VALUES (:at, :actor, 'project.settings', 'projects', :p, :p, :before, :after)
                  """)
              .bind("at", now)
              .bind("actor", actor)
              .bind("p", projectId)
              .bind("before", before.map(Projects::json).orElse(null))
              .bind("after", json(s))
              .execute();
        });
    return s;
  }

  private static String json(ProjectSettings s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("checklist_path", s.checklistPath());
    m.put("checklist_name", s.checklistName());
    m.put("checklist_uploaded", s.checklistText() != null);
    m.put("targets", s.targets());
    m.put("config", s.config());
    m.put("schedule", s.schedule());
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(m);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> lines(String text) {
    return text == null || text.isBlank()
        ? List.of()
        : Arrays.stream(text.split("\n")).filter(l -> !l.isBlank()).toList();
  }
}
