package dev.golive.engine;

import dev.golive.checks.Check;
import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probe;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import dev.golive.checks.http.Connections;
import dev.golive.checks.http.HttpFetcher;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Waiver;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Policy;
import dev.golive.core.score.Scorer;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.X509TrustManager;

/**
 * Runs a plan against targets: every distinct check once per target, all at once on virtual
 * threads, each under its own deadline and all under the audit's; then judges every item.
 */
public final class Auditor {
  /**
   * How an audit runs.
   *
   * @param deadline the whole audit ends by then, whatever the targets do
   * @param checkTimeout one check's own limit
   * @param byteLimit the most body bytes read from one response
   * @param allowCommands whether checks may run the commands the checklist names ({@code
   *     --allow-commands}); off unless the person running the audit turns it on
   */
  public record Options(
      Duration deadline,
      Duration checkTimeout,
      int byteLimit,
      X509TrustManager trust,
      Policy policy,
      Progress progress,
      boolean allowCommands) {
    /** Options that run no command the checklist names. */
    public Options(
        Duration deadline,
        Duration checkTimeout,
        int byteLimit,
        X509TrustManager trust,
        Policy policy,
        Progress progress) {
      this(deadline, checkTimeout, byteLimit, trust, policy, progress, false);
    }

    public static Options defaults(Policy policy) {
      return new Options(
          Duration.ofSeconds(60),
          Duration.ofSeconds(20),
          2 << 20,
          Trust.system(),
          policy,
          Progress.NONE);
    }

    public Options withDeadline(Duration d) {
      return new Options(d, checkTimeout, byteLimit, trust, policy, progress, allowCommands);
    }

    public Options withTrust(X509TrustManager t) {
      return new Options(deadline, checkTimeout, byteLimit, t, policy, progress, allowCommands);
    }

    public Options withProgress(Progress p) {
      return new Options(deadline, checkTimeout, byteLimit, trust, policy, p, allowCommands);
    }

    /** These options with commands from the checklist allowed to run, or not. */
    public Options withCommandsAllowed(boolean allowed) {
      return new Options(deadline, checkTimeout, byteLimit, trust, policy, progress, allowed);
    }
  }

  /** Time kept back from the deadline so that checks report their own time-outs first. */
  private static final Duration MARGIN = Duration.ofMillis(300);

  private final Options options;

  public Auditor(Options options) {
    this.options = options;
  }

  public AuditAssessment run(Plan plan, List<Target> targets, Waivers waivers) {
    long end = System.nanoTime() + options.deadline().toNanos();
    Duration probeBudget =
        options.deadline().minus(MARGIN).isNegative()
            ? options.deadline()
            : options.deadline().minus(MARGIN);
    Map<String, BoundCheck> distinct = new LinkedHashMap<>();
    for (Plan.FilePlan f : plan.files()) {
      f.checks().values().forEach(list -> list.forEach(c -> distinct.putIfAbsent(c.runKey(), c)));
    }
    options.progress().started(distinct.size(), targets.size());
    List<AuditAssessment.TargetAssessment> results = new ArrayList<>();
    List<HttpFetcher> fetchers = new ArrayList<>();
    // one client for every target: one pool, one selector thread, each origin's turns kept once
    try (Connections connections =
            new Connections(
                Trust.context(options.trust()), min(Duration.ofSeconds(10), probeBudget));
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Map<String, Future<Finding>>> running = new ArrayList<>();
      for (Target target : targets) {
        HttpFetcher http = new HttpFetcher(connections, options.byteLimit());
        fetchers.add(http);
        LiveProbe of = LiveProbe.of(target, http, options.trust(), probeBudget);
        LiveProbe probe = options.allowCommands() ? of.allowingCommands() : of;
        Map<String, Future<Finding>> futures = new LinkedHashMap<>();
        distinct.forEach(
            (key, c) ->
                futures.put(
                    key,
                    threads.submit(
                        () -> {
                          Finding f = runOne(c, probe.forCheck(options.checkTimeout()));
                          options.progress().finished(target.name(), f);
                          return f;
                        })));
        running.add(futures);
      }
      for (int t = 0; t < targets.size(); t++) {
        Map<String, Finding> findings = new LinkedHashMap<>();
        running
            .get(t)
            .forEach((key, future) -> findings.put(key, await(future, distinct.get(key), end)));
        results.add(
            new AuditAssessment.TargetAssessment(
                targets.get(t).name(), judge(plan, findings, waivers)));
      }
      threads.shutdownNow();
    } finally {
      fetchers.forEach(HttpFetcher::close);
    }
    return new AuditAssessment(results, AuditAssessment.overall(results));
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  private Finding await(Future<Finding> future, BoundCheck c, long end) {
    long left = end - System.nanoTime();
    try {
      return future.get(Math.max(0, left), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return new Finding(
          c.type().id(),
          Outcome.ERROR,
          "did not finish within the audit's deadline of " + seconds(options.deadline()),
          Map.of(),
          options.deadline().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(true);
      return new Finding(c.type().id(), Outcome.ERROR, "the audit was interrupted", Map.of(), 0);
    } catch (ExecutionException e) {
      return new Finding(
          c.type().id(), Outcome.ERROR, "the check failed: " + e.getCause(), Map.of(), 0);
    }
  }

  /** Collects and judges one check; whatever goes wrong becomes an {@code error} finding. */
  static Finding runOne(BoundCheck c, Probe probe) {
    long started = System.nanoTime();
    String id = c.type().id();
    TargetKind missing = c.type().missingFrom(probe.target());
    if (missing != null) {
      return new Finding(id, Outcome.ERROR, missingMessage(probe.target(), missing), Map.of(), 0);
    }
    try {
      return collectAndJudge(id, c.check(), probe, started);
    } catch (IOException e) {
      return new Finding(id, Outcome.ERROR, message(e), Map.of(), millisSince(started));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Finding(
          id,
          Outcome.ERROR,
          "stopped at the deadline before it could decide",
          Map.of(),
          millisSince(started));
    } catch (RuntimeException e) {
      return new Finding(
          id,
          Outcome.ERROR,
          "the check failed inside golive: " + e,
          Map.of(),
          millisSince(started));
    }
  }

  private static <E extends Record> Finding collectAndJudge(
      String id, Check<E> check, Probe probe, long started)
      throws IOException, InterruptedException {
    E evidence = check.collect(probe);
    long took = millisSince(started);
    Judgement j = check.evaluate(evidence);
    return new Finding(id, j.outcome(), j.message(), Evidence.toMap(evidence), took);
  }

  /** Says what the target lacks and how to give it, in golive.yaml or on the command line. */
  static String missingMessage(Target target, TargetKind kind) {
    return "target '"
        + target.name()
        + "' has no "
        + kind.key()
        + " ("
        + kind.what()
        + "): add '"
        + kind.example()
        + "' to it in golive.yaml, or give --target "
        + kind.key()
        + "=...";
  }

  private static String message(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static long millisSince(long started) {
    return (System.nanoTime() - started) / 1_000_000;
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.0f s", d.toMillis() / 1000.0);
  }

  private Assessment judge(Plan plan, Map<String, Finding> findings, Waivers waivers) {
    Scorer scorer = new Scorer(options.policy());
    List<FileAssessment> files = new ArrayList<>();
    for (Plan.FilePlan f : plan.files()) {
      List<Item> items = f.document().checklist().items();
      String path = f.document().checklist().path();
      List<ItemAudit> audits = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        List<Finding> mine = f.checksOf(i).stream().map(c -> findings.get(c.runKey())).toList();
        Waiver waiver = waivers.of(path, i);
        ItemVerdict verdict =
            waiver != null ? ItemVerdict.WAIVED : ItemVerdict.of(items.get(i).state(), mine);
        audits.add(new ItemAudit(verdict, mine, waiver));
      }
      files.add(scorer.assess(f.document().checklist(), audits, f.problems()));
    }
    return new Assessment(files, Scorer.overall(files));
  }
}
