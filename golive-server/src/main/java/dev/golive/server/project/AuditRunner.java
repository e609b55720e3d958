package dev.golive.server.project;

import dev.golive.checks.Catalog;
import dev.golive.checks.Resources;
import dev.golive.checks.Secrets;
import dev.golive.checks.Target;
import dev.golive.core.GoliveException;
import dev.golive.core.model.Item;
import dev.golive.core.model.Problem;
import dev.golive.core.model.Waiver;
import dev.golive.core.read.ChecklistReader;
import dev.golive.core.read.SourceDocument;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.Policy;
import dev.golive.engine.AuditSetup;
import dev.golive.engine.Auditor;
import dev.golive.engine.Progress;
import dev.golive.engine.Waivers;
import dev.golive.engine.config.GoliveConfig;
import dev.golive.store.AuditSummary;
import dev.golive.store.RunInfo;
import dev.golive.store.Store;
import dev.golive.store.StoreException;
import dev.golive.store.StoredWaiver;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.net.ssl.X509TrustManager;
import org.jdbi.v3.core.Jdbi;

/**
 * Runs the audits the server is asked for, each on a virtual thread, as {@code golive audit} runs
 * one: the project's checklist bound by its comments and config, the store's waivers added to the
 * config's, the result stored with {@code run_via = server}. Every request is a row of {@code
 * audit_runs}: queued, running, then done or failed.
 */
public final class AuditRunner implements AutoCloseable {
  /** How long one audit may take, whatever its targets do. */
  static final Duration DEADLINE = Duration.ofSeconds(60);

  private final Store store;
  private final Jdbi jdbi;
  private final Projects projects;
  private final Clock clock;
  private final Path repositories;
  private final X509TrustManager trust;
  private final String version;
  private final PrintWriter log;
  private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

  /** Audits at once: each runs many checks, and the machine may be small. */
  private final Semaphore slots = new Semaphore(2);

  /** The runs this instance has queued and not yet ended. */
  private final java.util.Set<Long> live = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Told of every audit a run stored, once its run is done. */
  private final Consumer<AuditSummary> stored;

  public AuditRunner(
      Store store,
      Projects projects,
      Clock clock,
      Path repositories,
      X509TrustManager trust,
      String version,
      PrintWriter log) {
    this(store, projects, clock, repositories, trust, version, log, a -> {});
  }

  /**
   * A runner that tells {@code stored} of every audit a run stored (the server's notifications),
   * once the run is done.
   */
  public AuditRunner(
      Store store,
      Projects projects,
      Clock clock,
      Path repositories,
      X509TrustManager trust,
      String version,
      PrintWriter log,
      Consumer<AuditSummary> stored) {
    this.stored = stored;
    this.store = store;
    this.jdbi = store.jdbi();
    this.projects = projects;
    this.clock = clock;
    this.repositories = repositories;
    this.trust = trust;
    this.version = version;
    this.log = log;
    // a run left queued or running by a server that stopped will never end: say so
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE audit_runs SET state = 'failed', finished_at = :now,
                      message = 'the server stopped before the audit ended'
                    WHERE state IN ('queued', 'running') AND requested_at < :old
                    """)
                .bind("now", clock.millis())
                .bind("old", clock.millis() - DEADLINE.multipliedBy(5).toMillis())
                .execute());
  }

  /**
   * A request to audit a project.
   *
   * @param state {@code queued}, {@code running}, {@code done} or {@code failed}
   * @param auditId the stored audit when done, else {@code null}
   * @param message why it failed, or {@code null}
   */
  public record Run(
      long id,
      String project,
      String requestedBy,
      Instant requested,
      String state,
      Instant finished,
      Long auditId,
      String message) {}

  /**
   * Queues an audit of {@code project} by {@code actor} and starts it when a slot is free.
   *
   * @throws IllegalStateException when the project has no settings to audit with
   */
  public Run trigger(String project, long projectId, String actor) {
    if (projects.settings(projectId).isEmpty()) {
      throw new IllegalStateException(
          "project '" + project + "' has no checklist and targets on this server: set them first");
    }
    long now = clock.millis();
    long id =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        INSERT INTO audit_runs (project_id, requested_by, requested_at, state)
                        VALUES (:p, :by, :at, 'queued') RETURNING id
                        """)
                    .bind("p", projectId)
                    .bind("by", actor)
                    .bind("at", now)
                    .mapTo(Long.class)
                    .one());
    live.add(id);
    threads.submit(() -> execute(id, project, projectId, actor));
    return run(id).orElseThrow();
  }

  public Optional<Run> run(long id) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT r.id, p.name, r.requested_by, r.requested_at, r.state, r.finished_at,
                      r.audit_id, r.message
                    FROM audit_runs r JOIN projects p ON p.id = r.project_id WHERE r.id = :id
                    """)
                .bind("id", id)
                .map(
                    (rs, ctx) -> {
                      long fin = rs.getLong("finished_at");
                      Instant finished = rs.wasNull() ? null : Instant.ofEpochMilli(fin);
                      long audit = rs.getLong("audit_id");
                      Long auditId = rs.wasNull() ? null : audit;
                      return new Run(
                          rs.getLong("id"),
                          rs.getString("name"),
                          rs.getString("requested_by"),
                          Instant.ofEpochMilli(rs.getLong("requested_at")),
                          rs.getString("state"),
                          finished,
                          auditId,
                          rs.getString("message"));
                    })
                .findOne());
  }

  private void execute(long runId, String project, long projectId, String actor) {
    slots.acquireUninterruptibly();
    try {
      state(runId, "running", null, null);
      AuditSummary saved = audit(project, projectId, actor);
      state(runId, "done", saved.id(), null);
      stored.accept(saved);
      log.println(
          "golive: audit #"
              + saved.id()
              + " of '"
              + project
              + "' by "
              + actor
              + ": "
              + saved.verdict().id());
    } catch (StoreException e) {
      state(runId, "failed", null, "the audit could not be stored");
      log.println("golive: audit of '" + project + "' not stored: " + e.oneLine());
    } catch (GoliveException e) {
      state(runId, "failed", null, e.oneLine());
    } catch (RuntimeException e) {
      state(runId, "failed", null, "internal error while auditing");
      log.println("golive: audit of '" + project + "' failed: " + e);
    } finally {
      slots.release();
      live.remove(runId);
    }
  }

  /**
   * Audits {@code project} for its schedule slot {@code slot}, as a run does, and stores the result
   * with {@code run_via = schedule}; {@code instance} (the server's name) is kept as its host.
   * Counts among the audits this server runs at once.
   *
   * @throws dev.golive.store.SlotTakenException when the slot has its audit already
   * @throws GoliveException when the project's settings cannot be audited
   */
  public AuditSummary auditSlot(String project, long projectId, Instant slot, String instance)
      throws InterruptedException {
    slots.acquire();
    try {
      return audit(project, projectId, "schedule", RunInfo.Origin.SCHEDULE, instance, slot);
    } finally {
      slots.release();
    }
  }

  /** Audits {@code project} now with its settings and stores the result. */
  AuditSummary audit(String project, long projectId, String actor) {
    return audit(project, projectId, actor, RunInfo.Origin.SERVER, RunInfo.localHost(), null);
  }

  private AuditSummary audit(
      String project,
      long projectId,
      String actor,
      RunInfo.Origin origin,
      String host,
      Instant slot) {
    ProjectSettings s =
        projects
            .settings(projectId)
            .orElseThrow(() -> GoliveException.usage("the project has no settings"));
    Instant started = clock.instant();
    SourceDocument doc;
    Resources defaults = Resources.NONE;
    if (s.checklistPath() != null) {
      if (repositories == null) {
        throw GoliveException.usage(
            "the checklist is a path, but the server was started without --repositories");
      }
      Path file = ProjectSpec.resolve(repositories, s.checklistPath());
      doc = ChecklistReader.readSource(file, s.checklistName());
      defaults = AuditSetup.defaults(file);
    } else {
      doc =
          ChecklistReader.readSource(
              s.checklistName(), s.checklistText().getBytes(StandardCharsets.UTF_8));
    }
    GoliveConfig config =
        s.config() == null ? GoliveConfig.empty() : GoliveConfig.parse("config", s.config());
    problems(config.problems());
    List<Target> targets = new ArrayList<>();
    for (String t : s.targets()) {
      targets.add(Target.of(URI.create(t)));
    }
    if (targets.isEmpty()) {
      targets.addAll(config.targets());
    }
    if (targets.isEmpty()) {
      throw GoliveException.usage("the project has no target to audit");
    }
    targets = AuditSetup.complete(targets, defaults, Resources.NONE);
    List<SourceDocument> docs = List.of(doc);
    LocalDate today = LocalDate.ofInstant(started, ZoneOffset.UTC);
    AuditSetup setup = AuditSetup.of(Catalog.builtIn(), docs, config, List.of(), today);
    problems(setup.problems());
    setup = setup.withWaivers(withStored(setup.waivers(), docs, project, today));
    Policy policy = config.policy().apply(Policy.defaults());
    Auditor.Options options =
        new Auditor.Options(
            DEADLINE, Duration.ofSeconds(20), 2 << 20, trust, policy, Progress.NONE);
    AuditAssessment result = setup.run(targets, options);
    Map<String, String> shown = new LinkedHashMap<>();
    for (Target t : targets) {
      shown.put(t.name(), t.web() == null ? "" : Secrets.redact(t.web().toString()));
    }
    RunInfo info =
        new RunInfo(
            actor,
            host,
            origin,
            version,
            started,
            clock.instant(),
            RunInfo.digest(List.of(doc.bytes())),
            shown,
            slot);
    return store.save(project, result, info);
  }

  /** The config's waivers and the store's waivers that hold {@code today}, by item. */
  private Waivers withStored(
      Waivers fromConfig, List<SourceDocument> docs, String project, LocalDate today) {
    Map<String, StoredWaiver> byItem = new HashMap<>();
    for (StoredWaiver w : store.waivers().active(project, today)) {
      byItem.putIfAbsent(w.itemId(), w);
    }
    if (byItem.isEmpty()) {
      return fromConfig;
    }
    Map<String, Map<Integer, Waiver>> holding = new HashMap<>();
    fromConfig.holding().forEach((k, v) -> holding.put(k, new HashMap<>(v)));
    for (SourceDocument doc : docs) {
      List<Item> items = doc.checklist().items();
      for (int i = 0; i < items.size(); i++) {
        StoredWaiver w = byItem.get(items.get(i).id());
        if (w != null) {
          holding
              .computeIfAbsent(doc.checklist().path(), k -> new HashMap<>())
              .put(i, w.toWaiver());
        }
      }
    }
    return new Waivers(holding, fromConfig.expired(), fromConfig.problems());
  }

  private static void problems(List<Problem> problems) {
    if (!problems.isEmpty()) {
      throw GoliveException.usage(
          problems.stream().map(Problem::oneLine).reduce((a, b) -> a + "; " + b).orElseThrow());
    }
  }

  private void state(long runId, String state, Long auditId, String message) {
    boolean ended = state.equals("done") || state.equals("failed");
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    UPDATE audit_runs SET state = :s, audit_id = :a, message = :m, finished_at = :f
                    WHERE id = :id
                    """)
                .bind("s", state)
                .bind("a", auditId)
                .bind("m", message)
                .bind("f", ended ? clock.millis() : null)
                .bind("id", runId)
                .execute());
  }

  /** Lets running audits end for a few seconds; what is still running then is marked failed. */
  @Override
  public void close() {
    threads.shutdown();
    try {
      if (!threads.awaitTermination(5, TimeUnit.SECONDS)) {
        threads.shutdownNow();
        threads.awaitTermination(2, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (long id : live) {
      state(id, "failed", null, "the server stopped before the audit ended");
    }
  }
}
