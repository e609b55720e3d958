package dev.golive.bench.store;

import dev.golive.core.model.Checklist;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Item;
import dev.golive.core.model.ItemVerdict;
import dev.golive.core.model.Marker;
import dev.golive.core.model.Outcome;
import dev.golive.core.model.Phase;
import dev.golive.core.model.Priority;
import dev.golive.core.model.State;
import dev.golive.core.score.Assessment;
import dev.golive.core.score.AuditAssessment;
import dev.golive.core.score.AuditAssessment.TargetAssessment;
import dev.golive.core.score.FileAssessment;
import dev.golive.core.score.ItemAudit;
import dev.golive.core.score.Verdict;
import dev.golive.store.RunInfo;
import dev.golive.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntConsumer;

/**
 * Fills a store as a team's would be after a year: each project audited once a day, each audit with
 * the project's items, two in three bound to a check with a finding and its evidence, verdicts
 * drifting from day to day. Every audit goes through {@link Store#save}, one transaction each, as
 * golive audit --store and the server write them. A fixed seed makes the same store every time.
 */
public final class StoreFill {
  private static final String[] SECTIONS = {
    "Security", "Database", "Backups", "Monitoring", "Docker", "Performance", "SEO"
  };
  private static final String[] CHECKS = {
    "http.hsts", "http.csp", "tls.cert-expiry", "db.backup-recent", "http.status", "perf.ttfb"
  };
  static final Instant FIRST_DAY = Instant.parse("2025-01-01T02:00:00Z");

  private final int projects;
  private final int audits;
  private final int items;

  public StoreFill(int projects, int audits, int items) {
    this.projects = projects;
    this.audits = audits;
    this.items = items;
  }

  public static String projectName(int p) {
    return String.format(Locale.ROOT, "project-%03d", p);
  }

  /**
   * Saves every audit, day by day across all projects, and calls {@code progress} with the number
   * of audits saved after each day.
   */
  public void fill(Store store, IntConsumer progress) {
    List<Item>[] checklists = checklists();
    boolean[][] state = new boolean[projects][items];
    SplittableRandom random = new SplittableRandom(20260301);
    for (int p = 0; p < projects; p++) {
      for (int i = 0; i < items; i++) {
        state[p][i] = random.nextInt(10) < 7;
      }
    }
    int saved = 0;
    for (int day = 0; day < audits; day++) {
      for (int p = 0; p < projects; p++) {
        for (int i = 0; i < items; i++) {
          if (random.nextInt(100) < 3) {
            state[p][i] = !state[p][i];
          }
        }
        Instant started = FIRST_DAY.plus(Duration.ofDays(day)).plus(Duration.ofSeconds(37L * p));
        store.save(projectName(p), audit(checklists[p], state[p], day, random), run(started));
        saved++;
      }
      progress.accept(saved);
    }
  }

  @SuppressWarnings("unchecked")
  private List<Item>[] checklists() {
    List<Item>[] all = new List[projects];
    for (int p = 0; p < projects; p++) {
      List<Item> list = new ArrayList<>();
      for (int i = 0; i < items; i++) {
        String section = SECTIONS[i % SECTIONS.length];
        list.add(
            new Item(
                String.format(Locale.ROOT, "%04x%08x", p, i * 2654435761L & 0xffffffffL),
                5 + i * 2,
                1,
                i % 5 == 4 ? State.OPEN : State.DONE,
                Marker.TASK,
                Priority.values()[i % 4],
                Phase.LAUNCH,
                List.of("Production checklist", section),
                section + " item " + i + ": configured, tested and written down"));
      }
      all[p] = list;
    }
    return all;
  }

  private AuditAssessment audit(
      List<Item> list, boolean[] holds, int day, SplittableRandom random) {
    List<ItemAudit> results = new ArrayList<>();
    List<Boolean> blocking = new ArrayList<>();
    int done = 0;
    boolean nogo = false;
    for (int i = 0; i < list.size(); i++) {
      Item item = list.get(i);
      boolean bound = i % 3 != 2;
      List<Finding> findings = new ArrayList<>();
      if (bound) {
        Outcome outcome = holds[i] ? Outcome.PASS : Outcome.FAIL;
        findings.add(finding(CHECKS[i % CHECKS.length], outcome, day, random));
      }
      ItemVerdict verdict = ItemVerdict.of(item.state(), findings);
      boolean block = item.priority() == Priority.CRITICAL || item.priority() == Priority.HIGH;
      blocking.add(block);
      results.add(new ItemAudit(verdict, findings, null));
      if (verdict.done()) {
        done++;
      } else if (block) {
        nogo = true;
      }
    }
    Verdict verdict = nogo ? Verdict.NO_GO : Verdict.GO;
    Checklist checklist =
        new Checklist("PRODUCTION_CHECKLIST.md", "UTF-8", null, "Launch", list, List.of());
    FileAssessment file =
        new FileAssessment(
            checklist,
            blocking,
            List.of(),
            100.0 * done / list.size(),
            verdict,
            List.of(),
            results,
            List.of());
    return new AuditAssessment(
        List.of(new TargetAssessment("production", new Assessment(List.of(file), verdict))),
        verdict);
  }

  /** A finding with evidence of the size an HTTP check keeps: a URL, a status, some headers. */
  private static Finding finding(String check, Outcome outcome, int day, SplittableRandom random) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("url", "https://shop.example/");
    evidence.put("status", outcome == Outcome.PASS ? 200 : 503);
    evidence.put(
        "headers",
        Map.of(
            "strict-transport-security", List.of("max-age=31536000; includeSubDomains"),
            "server", List.of("nginx")));
    evidence.put("checkedAt", FIRST_DAY.plus(Duration.ofDays(day)).toString());
    evidence.put("elapsedMs", 20 + random.nextInt(400));
    return new Finding(
        check,
        outcome,
        check
            + (outcome == Outcome.PASS ? " holds" : " does not hold")
            + " on https://shop.example/",
        evidence,
        20 + random.nextInt(400));
  }

  private static RunInfo run(Instant started) {
    return new RunInfo(
        "scheduler",
        "golive-1",
        RunInfo.Origin.SCHEDULE,
        "0.1.0",
        started,
        started.plusSeconds(4),
        "sha256:0f1e2d3c",
        Map.of("production", "web https://shop.example/"));
  }
}
