package dev.golive.server.notify;

import dev.golive.notify.Delivery;
import dev.golive.notify.Dispatcher;
import dev.golive.notify.Event;
import dev.golive.notify.JdbcLedger;
import dev.golive.notify.NotifyConfig;
import dev.golive.notify.NotifyConfigException;
import dev.golive.server.project.ProjectSettings;
import dev.golive.server.project.Projects;
import dev.golive.store.AuditSummary;
import dev.golive.store.Store;
import dev.golive.store.StoreException;
import dev.golive.store.StoredAudit;
import dev.golive.store.StoredWaiver;
import java.io.PrintWriter;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends a project's notifications: after each stored audit ({@link AuditEvents}), for waivers about
 * to end, and again for deliveries that failed. Channels are the {@code notify:} block of the
 * project's golive.yaml ({@link ProjectNotify}); the ledger is the store's table {@code
 * notification_sent}, shared by every server on the database, so that no event reaches a channel
 * twice however many servers find it.
 */
public final class Notifier implements AutoCloseable {
  /** Failed deliveries sent again per round. */
  static final int RETRY_LIMIT = 100;

  /** How long after its first try a failed delivery is still tried again. */
  public static final Duration GIVE_UP_AFTER = Duration.ofDays(1);

  private final Store store;
  private final Projects projects;
  private final Dispatcher dispatcher;
  private final Clock clock;
  private final Supplier<URI> base;
  private final PrintWriter log;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  /** Blocks of settings already said to be unusable, by project: said once per text. */
  private final Set<String> said = ConcurrentHashMap.newKeySet();

  /**
   * @param environment where channel secrets are read from; only {@code GOLIVE_NOTIFY_*} is used
   * @param base the server's address for links in messages, or a supplier of {@code null}
   */
  public Notifier(
      Store store,
      Projects projects,
      Map<String, String> environment,
      Clock clock,
      Supplier<URI> base,
      PrintWriter log) {
    this.store = store;
    this.projects = projects;
    this.clock = clock;
    this.base = base;
    this.log = log;
    this.dispatcher =
        new Dispatcher(
            new JdbcLedger(store.dataSource()), ProjectNotify.environment(environment), clock);
  }

  /** {@link #afterAudit} on a thread of its own: returns at once. */
  public void afterAuditLater(AuditSummary audit) {
    try {
      threads.submit(() -> afterAudit(audit));
    } catch (java.util.concurrent.RejectedExecutionException e) {
      log.println("golive: the server is stopping; audit #" + audit.id() + " notifies nobody");
    }
  }

  /**
   * Finds the events of a stored audit and sends them to the project's channels; an event the
   * ledger holds as sent is not sent again, so this may run twice for one audit.
   *
   * @return one delivery per event and channel that takes it
   */
  public List<Delivery> afterAudit(AuditSummary audit) {
    return afterAudit(audit, config(audit.project()));
  }

  private List<Delivery> afterAudit(AuditSummary audit, NotifyConfig config) {
    try {
      List<Delivery> out = List.of();
      if (!config.channels().isEmpty()) {
        StoredAudit stored = store.audit(audit.id());
        StoredAudit previous = store.previous(audit.id()).flatMap(this::stored).orElse(null);
        out = send(AuditEvents.of(stored, previous, base.get()), config);
      }
      // a delivery that failed is the ledger's to send again, not this audit's
      store.notified(audit.id(), clock.instant());
      return out;
    } catch (StoreException e) {
      log.println("golive: the events of audit #" + audit.id() + " are unknown: " + e.oneLine());
      return List.of();
    }
  }

  /**
   * {@link #afterAudit} for the audits of the last {@link #GIVE_UP_AFTER} that were stored but
   * never notified: their server died before it sent them, or {@code golive audit --store} stored
   * them. An audit waits until a claim its server may have taken on its events has run out (the
   * retry policy's lease), so that a dead server's claims can be taken over.
   */
  public List<Delivery> unnotified() {
    Instant now = clock.instant();
    List<Delivery> out = new ArrayList<>();
    for (AuditSummary a : store.unnotified(now.minus(GIVE_UP_AFTER), now, RETRY_LIMIT)) {
      NotifyConfig config = config(a.project());
      if (a.finished().plus(config.retry().lease()).isBefore(now)) {
        out.addAll(afterAudit(a, config));
      }
    }
    return out;
  }

  /** Sends {@code waiver-expiring} for every project's waivers that end soon or just ended. */
  public List<Delivery> waivers() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    List<StoredWaiver> soon =
        store.waivers().expiring(today.minusDays(1), AuditEvents.WAIVER_DAYS + 1);
    URI b = base.get();
    List<Event> events =
        AuditEvents.waivers(soon, today, b == null ? null : b.resolve("waivers").toString());
    Map<String, List<Event>> byProject = new LinkedHashMap<>();
    for (Event e : events) {
      byProject.computeIfAbsent(e.project(), p -> new ArrayList<>()).add(e);
    }
    List<Delivery> out = new ArrayList<>();
    byProject.forEach((project, list) -> out.addAll(send(list, config(project))));
    return out;
  }

  /**
   * Sends again the deliveries that failed within {@link #GIVE_UP_AFTER}, to channels still
   * configured.
   */
  public List<Delivery> retryFailed() {
    List<Delivery> out =
        dispatcher.retryFailed(
            project -> {
              NotifyConfig c = config(project);
              return c.channels().isEmpty() ? null : c;
            },
            RETRY_LIMIT,
            GIVE_UP_AFTER);
    report(out);
    return out;
  }

  /** The channels of {@code project}; none when it has no settings or an unusable block. */
  NotifyConfig config(String project) {
    Optional<String> text =
        store.project(project).flatMap(p -> projects.settings(p.id())).map(ProjectSettings::config);
    if (text.isEmpty()) {
      return NotifyConfig.NONE;
    }
    try {
      return ProjectNotify.read(text.get());
    } catch (NotifyConfigException e) {
      if (said.add(project + "\n" + text.get())) {
        log.println("golive: project '" + project + "' notifies nobody: " + e.getMessage());
      }
      return NotifyConfig.NONE;
    }
  }

  private Optional<StoredAudit> stored(long id) {
    try {
      return Optional.of(store.audit(id));
    } catch (StoreException e) {
      // the audit before was deleted since: compared with nothing
      return Optional.empty();
    }
  }

  private List<Delivery> send(List<Event> events, NotifyConfig config) {
    if (events.isEmpty() || config.channels().isEmpty()) {
      return List.of();
    }
    List<Delivery> out = dispatcher.dispatch(config, events);
    report(out);
    return out;
  }

  private void report(List<Delivery> deliveries) {
    for (Delivery d : deliveries) {
      switch (d.status()) {
        case SENT -> log.println("golive: notified " + d.channel() + " of " + d.eventKey());
        case FAILED ->
            log.println(
                "golive: could not notify "
                    + d.channel()
                    + " of "
                    + d.eventKey()
                    + ": "
                    + d.reason());
        case SKIPPED -> {}
      }
    }
  }

  /** Lets notifications under way end for a few seconds, then drops what is left. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(10, TimeUnit.SECONDS)) {
        threads.shutdownNow();
        threads.awaitTermination(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      dispatcher.close();
    }
  }
}
