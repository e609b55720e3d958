package dev.golive.bench.store;

import dev.golive.store.AuditSummary;
import dev.golive.store.Changes;
import dev.golive.store.ProjectSummary;
import dev.golive.store.Store;
import dev.golive.store.StoreUrl;
import dev.golive.testkit.Postgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How fast the store answers the dashboard's and history's questions once it holds a year of
 * audits: fills an SQLite file and a PostgreSQL database with {@link StoreFill} (100 projects × 365
 * daily audits × 60 items by default), then times each query many times. bench/store/run.sh runs
 * it; see bench/README.md, "History store".
 *
 * <p>Usage: {@code StoreSpeed --dir DIR [--engines sqlite,postgres] [--projects N] [--audits N]
 * [--items N] [--rounds N] [--warmup N]}.
 */
public final class StoreSpeed {
  private StoreSpeed() {}

  /** One query as the dashboard or history asks it. */
  record Query(String name, Runnable run) {}

  /** A query's times in milliseconds over the timed rounds. */
  record Timing(String name, double median, double p99, double max) {}

  public static void main(String[] args) throws IOException {
    Path dir = null;
    List<String> engines = List.of("sqlite", "postgres");
    int projects = 100;
    int audits = 365;
    int items = 60;
    int rounds = 200;
    int warmup = 20;
    for (int i = 0; i < args.length; i += 2) {
      String v = args[i + 1];
      switch (args[i]) {
        case "--dir" -> dir = Path.of(v);
        case "--engines" -> engines = List.of(v.split(","));
        case "--projects" -> projects = Integer.parseInt(v);
        case "--audits" -> audits = Integer.parseInt(v);
        case "--items" -> items = Integer.parseInt(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (dir == null) {
      throw new IllegalArgumentException("--dir DIR is required");
    }
    Files.createDirectories(dir);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(
        Locale.ROOT,
        "store: %d projects x %d daily audits x %d items (%,d audits, %,d item results)%n",
        projects,
        audits,
        items,
        (long) projects * audits,
        (long) projects * audits * items);
    StoreFill fill = new StoreFill(projects, audits, items);
    for (String engine : engines) {
      switch (engine.strip()) {
        case "sqlite" -> {
          Path file = dir.resolve("golive.db");
          for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(file + suffix));
          }
          run("SQLite", file.toString(), fill, projects, rounds, warmup, out);
          out.printf(Locale.ROOT, "  file: %.0f MB%n", Files.size(file) / 1e6);
        }
        case "postgres" -> {
          try (Postgres pg = Postgres.start(Postgres.Config.defaults());
              Postgres.Scratch db = pg.createDatabase()) {
            run("PostgreSQL", db.url(), fill, projects, rounds, warmup, out);
            out.println(
                "  database: "
                    + pg.query(
                        db.name(), "SELECT pg_size_pretty(pg_database_size(current_database()))"));
          }
        }
        default -> throw new IllegalArgumentException("unknown engine " + engine);
      }
    }
  }

  static List<Timing> run(
      String title,
      String url,
      StoreFill fill,
      int projects,
      int rounds,
      int warmup,
      PrintStream out) {
    try (Store store = Store.open(StoreUrl.parse(url), Store.Options.defaults())) {
      String version =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.select(
                              title.equals("SQLite")
                                  ? "SELECT sqlite_version()"
                                  : "SHOW server_version")
                          .mapTo(String.class)
                          .one());
      out.println();
      out.println(title + " " + version);
      long started = System.nanoTime();
      long[] last = {started};
      fill.fill(
          store,
          saved -> {
            long now = System.nanoTime();
            if (now - last[0] > 30_000_000_000L) {
              System.err.printf(Locale.ROOT, "  ... %,d audits saved%n", saved);
              last[0] = now;
            }
          });
      double seconds = (System.nanoTime() - started) / 1e9;
      int total = store.projects().stream().mapToInt(ProjectSummary::audits).sum();
      out.printf(
          Locale.ROOT,
          "  fill: %,d audits in %.0f s, %.1f ms per audit saved (one transaction each)%n",
          total,
          seconds,
          seconds * 1000 / total);
      store.jdbi().useHandle(h -> h.execute("ANALYZE"));
      List<Timing> timings = time(queries(store, projects), rounds, warmup);
      out.println("  query                                         median ms   p99 ms   max ms");
      for (Timing t : timings) {
        out.printf(
            Locale.ROOT, "  %-45s %9.2f %8.2f %8.2f%n", t.name(), t.median(), t.p99(), t.max());
      }
      return timings;
    }
  }

  static List<Query> queries(Store store, int projects) {
    String middle = StoreFill.projectName(projects / 2);
    List<AuditSummary> year = store.audits(middle, 400);
    long latest = year.get(0).id();
    long previous = year.size() > 1 ? year.get(1).id() : latest;
    return List.of(
        new Query(
            "projects, each with its latest audit",
            () -> expect(store.projects().size(), projects)),
        new Query("one project's trend, a year (365 audits)", () -> store.audits(middle, 365)),
        new Query("one project's trend, 30 audits", () -> store.audits(middle, 30)),
        new Query("one audit with its items and findings", () -> store.audit(latest)),
        new Query(
            "changes between its latest two audits",
            () -> Changes.between(store.audit(previous), store.audit(latest))));
  }

  private static void expect(int got, int wanted) {
    if (got != wanted) {
      throw new IllegalStateException("expected " + wanted + " rows, got " + got);
    }
  }

  static List<Timing> time(List<Query> queries, int rounds, int warmup) {
    List<Timing> out = new ArrayList<>();
    for (Query q : queries) {
      for (int i = 0; i < warmup; i++) {
        q.run().run();
      }
      double[] ms = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        long t = System.nanoTime();
        q.run().run();
        ms[i] = (System.nanoTime() - t) / 1e6;
      }
      Arrays.sort(ms);
      out.add(
          new Timing(
              q.name(),
              ms[ms.length / 2],
              ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)],
              ms[ms.length - 1]));
    }
    return out;
  }
}
