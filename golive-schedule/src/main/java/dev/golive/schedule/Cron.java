package dev.golive.schedule;

import com.github.kagkarlsson.scheduler.task.schedule.CronSchedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

/**
 * Cron expressions as people write them: the five fields of crontab (minute first), the six of
 * Spring and db-scheduler (seconds first), or {@code @hourly}, {@code @daily}, {@code @weekly},
 * {@code @monthly}.
 */
final class Cron {
  private static final Map<String, String> ALIASES =
      Map.of(
          "@hourly", "0 0 * * * *",
          "@daily", "0 0 0 * * *",
          "@midnight", "0 0 0 * * *",
          "@weekly", "0 0 0 * * SUN",
          "@monthly", "0 0 0 1 * *");

  private Cron() {}

  /**
   * The schedule {@code written} describes in {@code zone}.
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  static CronSchedule parse(String written, ZoneId zone) {
    String text = written == null ? "" : written.strip().replaceAll("\\s+", " ");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("the cron expression is empty");
    }
    String alias = ALIASES.get(text.toLowerCase(Locale.ROOT));
    String sixFields;
    if (alias != null) {
      sixFields = alias;
    } else {
      int fields = text.split(" ").length;
      if (fields == 5) {
        sixFields = "0 " + text;
      } else if (fields == 6) {
        sixFields = text;
      } else {
        throw new IllegalArgumentException(
            "'"
                + text
                + "' has "
                + fields
                + " fields; a cron expression has 5 (minute hour day"
                + " month weekday) or 6 (with seconds first)");
      }
    }
    try {
      return Schedules.cron(sixFields, zone);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a cron expression: " + e.getMessage(), e);
    }
  }
}
