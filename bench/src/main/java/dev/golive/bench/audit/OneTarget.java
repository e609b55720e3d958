package dev.golive.bench.audit;

import dev.golive.checks.Catalog;
import dev.golive.checks.Target;
import dev.golive.core.model.Finding;
import dev.golive.core.model.Outcome;
import dev.golive.core.score.AuditAssessment;
import dev.golive.engine.Auditor;
import dev.golive.engine.Plan;
import dev.golive.engine.Waivers;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.DnsServer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A full audit of one target against each of its checks alone: the checklist binds every check of
 * the catalog; the shop runs on 127.0.0.1 (HTTPS from a private CA, plain HTTP beside it) and a
 * name server on 127.0.0.1 answers for shop.test. Each round times the full audit and every check
 * alone, each a separate {@link Auditor#run} (a fresh fetcher every time), starting one run further
 * on each round.
 */
final class OneTarget {
  private final AuditSpeed.Options o;
  private final Certificates.Issued cert;
  private final Auditor.Options audit;
  private final PrintStream out;

  OneTarget(
      AuditSpeed.Options o, Certificates.Issued cert, Auditor.Options audit, PrintStream out) {
    this.o = o;
    this.cert = cert;
    this.audit = audit;
    this.out = out;
  }

  void run() throws Exception {
    Catalog catalog = Catalog.builtIn();
    Traffic traffic = new Traffic();
    try (DnsServer dns =
            DnsServer.start()
                .zone(
                    """
                    shop.test. IN A 127.0.0.1
                    shop.test. IN CAA 0 issue "letsencrypt.org"
                    """);
        Shop shop = new Shop("shop.test", cert, traffic, o.latencyMs())) {
      Target target = Target.of(shop.url()).withResolver(dns.address());
      List<BenchChecklist.Entry> entries =
          BenchChecklist.entries(catalog, t -> true, shop.plainUrl().toString());
      int n = entries.size();
      // run 0 is the full audit, run i the check of entries[i - 1] alone
      List<Plan> plans = new ArrayList<>();
      plans.add(BenchChecklist.plan(catalog, "Every check", entries));
      for (BenchChecklist.Entry e : entries) {
        plans.add(BenchChecklist.plan(catalog, e.type().id(), List.of(e)));
      }
      AuditSpeed.write(
          o.out().resolve("one-checklist.md"), BenchChecklist.markdown("Every check", entries));
      System.err.printf(
          Locale.ROOT,
          "AuditSpeed: one target, %d checks: %d warm-up audits, then an untimed and %d timed"
              + " rounds of %d runs ...%n",
          n,
          o.warmup(),
          o.rounds(),
          n + 1);
      Auditor auditor = new Auditor(audit);
      List<Samples> times = new ArrayList<>();
      List<Samples> cpu = new ArrayList<>();
      for (int i = 0; i <= n; i++) {
        times.add(new Samples(o.rounds()));
        cpu.add(new Samples(o.rounds()));
      }
      List<Finding> full = null;
      Finding[] alone = new Finding[n];
      Traffic.Count[] counts = new Traffic.Count[n + 1];
      for (int w = 0; w < o.warmup(); w++) {
        auditor.run(plans.getFirst(), List.of(target), Waivers.none());
      }
      // one untimed round of every run, then the timed ones
      for (int round = -1; round < o.rounds(); round++) {
        for (int k = 0; k <= n; k++) {
          int i = Math.floorMod(round + k, n + 1);
          AuditSpeed.settle();
          traffic.take();
          long cpuBefore = AuditSpeed.cpuNanos();
          long started = System.nanoTime();
          AuditAssessment result = auditor.run(plans.get(i), List.of(target), Waivers.none());
          double ms = (System.nanoTime() - started) / 1e6;
          double cpuMs = (AuditSpeed.cpuNanos() - cpuBefore) / 1e6;
          counts[i] = traffic.take();
          List<Finding> findings = AuditSpeed.findings(result).getFirst();
          if (round >= 0) {
            times.get(i).set(round, ms);
            cpu.get(i).set(round, cpuMs);
          }
          if (i == 0) {
            full = findings;
          } else {
            alone[i - 1] = findings.getFirst();
          }
        }
      }
      report(entries, times, cpu, full, alone, counts, shop, dns);
      csv(entries, times);
    }
  }

  private void report(
      List<BenchChecklist.Entry> entries,
      List<Samples> times,
      List<Samples> cpu,
      List<Finding> full,
      Finding[] alone,
      Traffic.Count[] counts,
      Shop shop,
      DnsServer dns) {
    int n = entries.size();
    out.println();
    out.printf(
        Locale.ROOT,
        "Full audit vs its slowest check: one target (%s, plain HTTP %s, DNS at %s),"
            + " %d checks, answers after %d ms, %d timed rounds after %d warm-up audits and one"
            + " untimed round%n",
        shop.url(),
        shop.plainUrl(),
        dns.address(),
        n,
        o.latencyMs(),
        o.rounds(),
        o.warmup());
    out.println(
        "(wall time of Auditor.run in ms, the check alone in a plan of its own; cpu = the"
            + " process's CPU time in that run, servers included; req/conn = requests and"
            + " connections the shop saw; in full = the check's own duration inside the last"
            + " full audit)");
    out.printf(
        Locale.ROOT,
        "%-26s %-8s %8s %8s %8s %8s %9s %8s%n",
        "check",
        "outcome",
        "median",
        "p90",
        "min",
        "cpu",
        "req/conn",
        "in full");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble((Integer i) -> -times.get(i + 1).median()));
    for (int i : order) {
      Samples s = times.get(i + 1);
      Finding inFull = full.get(i);
      out.printf(
          Locale.ROOT,
          "%-26s %-8s %8s %8s %8s %8s %9s %8d%n",
          entries.get(i).type().id(),
          alone[i].outcome().id(),
          AuditSpeed.ms(s.median()),
          AuditSpeed.ms(s.p90()),
          AuditSpeed.ms(s.min()),
          AuditSpeed.ms(cpu.get(i + 1).median()),
          counts[i + 1].requests() + "/" + counts[i + 1].connections(),
          inFull.durationMs());
    }
    Samples whole = times.getFirst();
    out.printf(
        Locale.ROOT,
        "%-26s %-8s %8s %8s %8s %8s %9s%n",
        "FULL AUDIT",
        "",
        AuditSpeed.ms(whole.median()),
        AuditSpeed.ms(whole.p90()),
        AuditSpeed.ms(whole.min()),
        AuditSpeed.ms(cpu.getFirst().median()),
        counts[0].requests() + "/" + counts[0].connections());
    Samples slowest = times.get(order.getFirst() + 1);
    out.println();
    out.printf(
        Locale.ROOT,
        "full / slowest single: %s (medians: %s ms / %s ms of %s); paired per round: %s"
            + " (goal: at most 1.3)%n",
        AuditSpeed.ratio(whole.median() / slowest.median()),
        AuditSpeed.ms(whole.median()),
        AuditSpeed.ms(slowest.median()),
        entries.get(order.getFirst()).type().id(),
        AuditSpeed.ratio(Samples.paired(whole, slowest)));
    StringBuilder three = new StringBuilder("three slowest alone:");
    for (int k = 0; k < Math.min(3, n); k++) {
      int i = order.get(k);
      three
          .append(k == 0 ? " " : ", ")
          .append(entries.get(i).type().id())
          .append(' ')
          .append(AuditSpeed.ms(times.get(i + 1).median()))
          .append(" ms");
    }
    out.println(three);
    List<String> undecided = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (full.get(i).outcome() == Outcome.ERROR) {
        undecided.add("full: " + full.get(i).check() + ": " + full.get(i).message());
      }
      if (alone[i].outcome() == Outcome.ERROR) {
        undecided.add("alone: " + alone[i].check() + ": " + alone[i].message());
      }
    }
    if (!undecided.isEmpty()) {
      out.println("could not decide (their times measure an error, not a check):");
      undecided.forEach(u -> out.println("  " + u));
    }
  }

  private void csv(List<BenchChecklist.Entry> entries, List<Samples> times) throws Exception {
    StringBuilder b = new StringBuilder("run,round,ms\n");
    for (int i = 0; i < times.size(); i++) {
      String name = i == 0 ? "full" : entries.get(i - 1).type().id();
      for (int r = 0; r < times.get(i).size(); r++) {
        b.append(name)
            .append(',')
            .append(r)
            .append(',')
            .append(String.format(Locale.ROOT, "%.3f", times.get(i).at(r)))
            .append('\n');
      }
    }
    AuditSpeed.write(o.out().resolve("one-target.csv"), b.toString());
  }
}
