package dev.golive.server.schedule;

import dev.golive.schedule.ScheduledAudits;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * What a server does by itself besides answering requests.
 *
 * @param schedule how scheduled audits are planned and shared with other servers on the database,
 *     or {@code null} for a server that only serves: no scheduled audits, no failed notification
 *     sent again, no waiver expiry noticed (audits run through the API still notify)
 * @param retryEvery how often notifications that failed are sent again
 * @param waiversEvery how often waivers about to end are looked for
 * @param environment where the secrets of notification channels are read from; only its {@code
 *     GOLIVE_NOTIFY_*} variables are used
 */
public record Background(
    ScheduledAudits.Settings schedule,
    Duration retryEvery,
    Duration waiversEvery,
    Map<String, String> environment) {

  public Background {
    Objects.requireNonNull(retryEvery, "retryEvery");
    Objects.requireNonNull(waiversEvery, "waiversEvery");
    environment = Map.copyOf(environment);
  }

  /**
   * A server that runs scheduled audits as {@code instance}, with {@link
   * ScheduledAudits.Settings#defaults}; failed notifications are sent again every minute, waivers
   * looked at every hour, secrets read from golive's environment.
   */
  public static Background defaults(String instance) {
    return new Background(
        ScheduledAudits.Settings.defaults(instance),
        Duration.ofMinutes(1),
        Duration.ofHours(1),
        System.getenv());
  }

  /** A server that only serves; notification secrets from golive's environment. */
  public static Background none() {
    return new Background(null, Duration.ofMinutes(1), Duration.ofHours(1), System.getenv());
  }

  public Background withSchedule(ScheduledAudits.Settings s) {
    return new Background(s, retryEvery, waiversEvery, environment);
  }

  public Background withEnvironment(Map<String, String> env) {
    return new Background(schedule, retryEvery, waiversEvery, env);
  }

  public Background withChores(Duration retry, Duration waivers) {
    return new Background(schedule, retry, waivers, environment);
  }

  /**
   * This process's name among the servers on one database: the host's name and the process id, as
   * {@code web-1-4711}.
   */
  public static String instanceName() {
    String host = dev.golive.store.RunInfo.localHost();
    return host + "-" + ProcessHandle.current().pid();
  }
}
