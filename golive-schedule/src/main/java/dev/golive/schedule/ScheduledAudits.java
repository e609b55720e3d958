package dev.golive.schedule;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every project's audits on its schedule, together with any other server on the same database.
 *
 * <p>Each schedule slot is a one-time task of its own in db-scheduler's table ({@value #TABLE}),
 * planned ahead by a recurring task that one server at a time runs. db-scheduler hands every due
 * task to exactly one server; when a server dies, its tasks stop sending heartbeats and another
 * server runs them again. A slot is planned only once it is {@link Settings#margin()} away, so that
 * a server whose clock lags cannot plan again a slot another has already run; the store's one audit
 * per slot covers what is left.
 *
 * <p>A slot during which no server runs is not caught up once one is back: the next slot runs.
 */
public final class ScheduledAudits implements AutoCloseable {
  /** db-scheduler's table; golive-store's migrations make it (V3). */
  public static final String TABLE = "golive_scheduled_tasks";

  static final String TASK_PREFIX = "golive-";
  static final String AUDIT_TASK = TASK_PREFIX + "audit";
  static final String PLAN_TASK = TASK_PREFIX + "plan";

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledAudits.class);

  /**
   * How often and how far ahead slots are planned, and when a silent server counts as dead.
   *
   * @param instance this server's name in the table ({@code picked_by})
   * @param planEvery how often slots are planned
   * @param horizon how far ahead they are planned: at least {@code margin + 2 × planEvery}, so that
   *     every slot is planned before it is due even when one round of planning is late
   * @param margin slots closer than this are left as planned
   * @param heartbeat how often a server says it still runs its tasks
   * @param missedHeartbeats how many it may miss before its tasks go to another server
   * @param threads audits run at once by this server
   * @param polling how often this server looks for due tasks
   */
  public record Settings(
      String instance,
      Duration planEvery,
      Duration horizon,
      Duration margin,
      Duration heartbeat,
      int missedHeartbeats,
      int threads,
      Duration polling) {
    public Settings {
      Objects.requireNonNull(instance, "instance");
      if (horizon.compareTo(margin.plus(planEvery.multipliedBy(2))) < 0) {
        throw new IllegalArgumentException(
            "the horizon (" + horizon + ") must be at least the margin and two planning rounds");
      }
      if (threads < 1 || missedHeartbeats < 1) {
        throw new IllegalArgumentException("threads and missed heartbeats must be at least 1");
      }
    }

    /**
     * A server's defaults: plan every 30 s, 5 min ahead; a server silent for 2 min is dead; four
     * audits at once.
     */
    public static Settings defaults(String instance) {
      return new Settings(
          instance,
          Duration.ofSeconds(30),
          Duration.ofMinutes(5),
          Duration.ofSeconds(5),
          Duration.ofSeconds(30),
          4,
          4,
          Duration.ofSeconds(5));
    }
  }

  /**
   * Work shared by every server on a fixed rhythm, done by one server at a time: sending failed
   * notifications again, looking for waivers about to end. A chore that fails is logged and runs
   * again at its next turn.
   *
   * @param name its task's name after {@code golive-}: lower-case letters, digits and dashes
   * @param every the time from the end of one run to the start of the next
   */
  public record Chore(String name, Duration every, Runnable work) {
    public Chore {
      if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new IllegalArgumentException("a chore's name is lower-case words with dashes");
      }
      if (every == null || every.isNegative() || every.isZero()) {
        throw new IllegalArgumentException("a chore runs every positive duration");
      }
      Objects.requireNonNull(work, "work");
    }
  }

  private final Scheduler scheduler;
  private final OneTimeTask<Void> audit;
  private final ScheduleSource source;
  private final Settings settings;
  private final Clock clock;

  private ScheduledAudits(
      DataSource db,
      ScheduleSource source,
      SlotRunner runner,
      Settings settings,
      List<Chore> chores,
      Clock clock) {
    this.source = source;
    this.settings = settings;
    this.clock = clock;
    this.audit =
        Tasks.oneTime(AUDIT_TASK)
            .onDeadExecutionRevive()
            // an audit that could not even be stored is tried twice more, then left to the next
            // slot
            .onFailure(
                new FailureHandler.MaxRetriesFailureHandler<>(
                    3, new FailureHandler.OnFailureRetryLater<>(settings.planEvery())))
            .execute((instance, context) -> runSlot(runner, Slot.parse(instance.getId())));
    RecurringTask<Void> plan =
        Tasks.recurring(PLAN_TASK, FixedDelay.of(settings.planEvery()))
            .onDeadExecutionRevive()
            .execute((instance, context) -> plan());
    List<RecurringTask<Void>> recurring = new ArrayList<>();
    recurring.add(plan);
    Set<String> names = new HashSet<>();
    for (Chore c : chores) {
      String task = TASK_PREFIX + c.name();
      if (!names.add(c.name()) || task.equals(PLAN_TASK) || task.equals(AUDIT_TASK)) {
        throw new IllegalArgumentException("the chore name '" + c.name() + "' is taken");
      }
      recurring.add(
          Tasks.recurring(TASK_PREFIX + c.name(), FixedDelay.of(c.every()))
              .execute((instance, context) -> runChore(c)));
    }
    this.scheduler =
        Scheduler.create(db, audit)
            .startTasks(recurring)
            .tableName(TABLE)
            .schedulerName(new SchedulerName.Fixed(settings.instance()))
            .threads(settings.threads())
            .pollingInterval(settings.polling())
            .heartbeatInterval(settings.heartbeat())
            .missedHeartbeatsLimit(settings.missedHeartbeats())
            .shutdownMaxWait(Duration.ofSeconds(5))
            .build();
  }

  /** Starts planning and running scheduled audits on {@code db}. */
  public static ScheduledAudits start(
      DataSource db, ScheduleSource source, SlotRunner runner, Settings settings) {
    return start(db, source, runner, settings, List.of());
  }

  /** Starts planning and running scheduled audits on {@code db}, and doing {@code chores}. */
  public static ScheduledAudits start(
      DataSource db,
      ScheduleSource source,
      SlotRunner runner,
      Settings settings,
      List<Chore> chores) {
    ScheduledAudits audits =
        new ScheduledAudits(db, source, runner, settings, List.copyOf(chores), Clock.systemUTC());
    audits.scheduler.start();
    return audits;
  }

  private static void runChore(Chore c) {
    try {
      c.work().run();
    } catch (RuntimeException e) {
      LOG.warn("the chore {} failed: {}", c.name(), e.toString());
    }
  }

  private static void runSlot(SlotRunner runner, Slot slot) {
    try {
      runner.run(slot);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the audit of " + slot.project() + " was interrupted", e);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(
          "the scheduled audit of " + slot.project() + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * Plans the slots of the next {@link Settings#horizon()} and withdraws planned slots that no
   * schedule asks for any more.
   */
  void plan() {
    Instant now = clock.instant();
    Instant from = now.plus(settings.margin());
    Instant to = now.plus(settings.horizon());
    Set<String> planned = new HashSet<>();
    for (ScheduledExecution<Void> e :
        scheduler.getScheduledExecutionsForTask(AUDIT_TASK, Void.class)) {
      planned.add(e.getTaskInstance().getId());
    }
    Set<String> wanted = new HashSet<>();
    List<AuditSchedule> schedules = source.schedules();
    for (AuditSchedule s : schedules) {
      for (Instant t = s.nextAfter(from); !t.isAfter(to); t = s.nextAfter(t)) {
        String id = new Slot(s.project(), t).id();
        wanted.add(id);
        if (!planned.contains(id)) {
          scheduler.scheduleIfNotExists(audit.instance(id), t);
        }
      }
    }
    for (ScheduledExecution<Void> e :
        scheduler.getScheduledExecutionsForTask(AUDIT_TASK, Void.class)) {
      String id = e.getTaskInstance().getId();
      // the slot's own time: a failed audit tried again later keeps its slot
      if (!e.isPicked() && Slot.parse(id).at().isAfter(from) && !wanted.contains(id)) {
        scheduler.cancel(e.getTaskInstance());
        LOG.info("withdrew the audit of {}: its schedule changed", id);
      }
    }
  }

  /** The slots planned and not yet run, soonest first. */
  public List<Slot> planned() {
    return scheduler.getScheduledExecutionsForTask(AUDIT_TASK, Void.class).stream()
        .map(e -> Slot.parse(e.getTaskInstance().getId()))
        .sorted((a, b) -> a.at().compareTo(b.at()))
        .toList();
  }

  /** Stops taking tasks and waits a few seconds for the audits under way. */
  @Override
  public void close() {
    scheduler.stop();
  }
}
