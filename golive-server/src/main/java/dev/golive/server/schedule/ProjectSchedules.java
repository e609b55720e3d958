package dev.golive.server.schedule;

import dev.golive.schedule.AuditSchedule;
import dev.golive.schedule.ScheduleSource;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;

/**
 * The projects' schedules as their settings hold them, read again before every round of planning. A
 * schedule is a cron expression (five crontab fields, six with seconds first, or {@code @daily} and
 * the like) read in UTC, or in the zone named before it: {@code CRON_TZ=Asia/Tashkent 0 9 * * 1-5}.
 */
public final class ProjectSchedules implements ScheduleSource {
  private static final String ZONE_PREFIX = "CRON_TZ=";

  private final Jdbi jdbi;
  private final PrintWriter log;

  /** Schedules stored before they were checked, already said to be wrong: said once. */
  private final Set<String> said = ConcurrentHashMap.newKeySet();

  public ProjectSchedules(Jdbi jdbi, PrintWriter log) {
    this.jdbi = jdbi;
    this.log = log;
  }

  @Override
  public List<AuditSchedule> schedules() {
    List<Map<String, Object>> rows =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT p.name AS project, s.schedule AS schedule
                        FROM project_settings s JOIN projects p ON p.id = s.project_id
                        WHERE s.schedule IS NOT NULL
                        ORDER BY p.name
                        """)
                    .mapToMap()
                    .list());
    List<AuditSchedule> out = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      String project = String.valueOf(row.get("project"));
      String written = String.valueOf(row.get("schedule"));
      try {
        out.add(parse(project, written));
      } catch (IllegalArgumentException e) {
        if (said.add(project + "\n" + written)) {
          log.println(
              "golive: project '" + project + "' is not audited on schedule: " + e.getMessage());
        }
      }
    }
    return out;
  }

  /**
   * The schedule {@code written} for {@code project}.
   *
   * @throws IllegalArgumentException saying what is wrong with it, without the project's name
   */
  public static AuditSchedule parse(String project, String written) {
    String text = written == null ? "" : written.strip();
    ZoneId zone = ZoneOffset.UTC;
    if (text.startsWith(ZONE_PREFIX)) {
      int space = text.indexOf(' ');
      String name = text.substring(ZONE_PREFIX.length(), space < 0 ? text.length() : space);
      try {
        zone = ZoneId.of(name);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "'" + name + "' is not a time zone (write one as Europe/Berlin or UTC)", e);
      }
      text = space < 0 ? "" : text.substring(space + 1).strip();
    }
    try {
      return new AuditSchedule(project, text, zone);
    } catch (IllegalArgumentException e) {
      // the cron's own words, without "schedule of PROJECT: " before them
      throw new IllegalArgumentException(
          e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
    }
  }
}
