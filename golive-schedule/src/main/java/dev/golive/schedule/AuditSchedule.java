package dev.golive.schedule;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When one project is audited.
 *
 * @param project the project's name, as the store knows it
 * @param cron five crontab fields, six with seconds first, or an alias such as {@code @daily}
 * @param zone where the cron's hours are read
 */
public record AuditSchedule(String project, String cron, ZoneId zone) {
  public AuditSchedule {
    Objects.requireNonNull(zone, "zone");
    if (project == null || project.isBlank()) {
      throw new IllegalArgumentException("a schedule needs a project");
    }
    try {
      Cron.parse(cron, zone);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule of " + project + ": " + e.getMessage(), e);
    }
  }

  /** A schedule in UTC. */
  public static AuditSchedule utc(String project, String cron) {
    return new AuditSchedule(project, cron, ZoneId.of("UTC"));
  }

  /** The first slot strictly after {@code t}: a whole second. */
  public Instant nextAfter(Instant t) {
    CronSchedule schedule = Cron.parse(cron, zone);
    // the cron keeps the fraction of a second it is given; slots are whole seconds
    return schedule.getInitialExecutionTime(t.truncatedTo(ChronoUnit.SECONDS));
  }
}
