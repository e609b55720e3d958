package dev.golive.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.server.project.ProjectSpec;
import dev.golive.store.ProjectSummary;
import dev.golive.store.Store;
import dev.golive.testkit.Postgres;
import dev.golive.testkit.WebServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three real servers, each a JVM of its own, on one PostgreSQL, with 200 projects audited every ten
 * seconds; one server is killed while it holds scheduled audits. Every slot of every project is
 * stored exactly once, those the killed server held included, and the audited site is visited more
 * often than there are audits only for the few audits the killed server had begun.
 */
class ServerClusterKillTest {
  private static final int PROJECTS = 200;
  private static final int EVERY = 10;
  private static final String SCHEDULE = "*/" + EVERY + " * * * * *";

  @TempDir Path dir;
  private final List<Process> nodes = new ArrayList<>();
  private final List<WebServer> sites = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(Process::destroyForcibly);
    sites.forEach(WebServer::close);
  }

  @Test
  void everySlotIsStoredOnceWhileAServerIsKilled() throws Exception {
    try (Postgres.Scratch db = Postgres.shared().createDatabase();
        Store store = Store.open(db.url())) {
      dev.golive.server.project.Projects settings =
          new dev.golive.server.project.Projects(store.jdbi(), Clock.systemUTC());
      // one site for all: each audit visits it once
      WebServer site = ScheduleTest.site();
      sites.add(site);
      for (int i = 0; i < PROJECTS; i++) {
        ProjectSummary p = store.createProject(name(i), "test");
        settings.save(
            p.id(),
            new ProjectSpec(
                null,
                "CHECKLIST.md",
                ScheduleTest.CHECKLIST,
                List.of(site.url().toString()),
                null,
                SCHEDULE),
            "test");
      }
      for (String name : List.of("node-1", "node-2", "node-3")) {
        nodes.add(start(db.url(), name));
      }
      for (int i = 0; i < nodes.size(); i++) {
        awaitReady(nodes.get(i), "node-" + (i + 1));
      }
      Instant allUp = Instant.now();

      // kill node-2 while it holds scheduled audits: picked, not finished
      java.util.concurrent.atomic.AtomicReference<List<String>> held =
          new java.util.concurrent.atomic.AtomicReference<>(List.of());
      Waiting.until(
          "node-2 in the middle of its scheduled audits, after some were stored",
          Duration.ofSeconds(90),
          () -> {
            if (!Instant.now().isAfter(allUp.plusSeconds(15)) || storedBy(store, "node-2") == 0) {
              return false;
            }
            held.set(picked(store, "node-2"));
            return !held.get().isEmpty();
          });
      Process killed = nodes.get(1);
      killed.destroyForcibly();
      assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
      Instant killedAt = Instant.now();

      long first = nextSlot(allUp.plusSeconds(2));
      long last = nextSlot(killedAt.plusSeconds(12));
      long slots = (last - first) / EVERY + 1;
      Waiting.until(
          "every slot up to " + Instant.ofEpochSecond(last) + " stored",
          Duration.ofSeconds(240),
          () -> stored(store, first, last).size() >= slots * PROJECTS);

      Map<String, Integer> perSlot = stored(store, first, last);
      List<String> expected = new ArrayList<>();
      for (long t = first; t <= last; t += EVERY) {
        for (int p = 0; p < PROJECTS; p++) {
          expected.add(name(p) + "@" + t);
        }
      }
      assertThat(perSlot.keySet()).containsExactlyInAnyOrderElementsOf(expected);
      assertThat(perSlot.values()).containsOnly(1);

      // what node-2 held when it was killed was stored once, by another server unless node-2
      // had stored it before it died
      for (String task : held.get()) {
        int colon = task.indexOf(':');
        String slot = task.substring(colon + 1) + "@" + task.substring(0, colon);
        if (Long.parseLong(task.substring(0, colon)) <= last) {
          assertThat(perSlot).as("the audit of %s", slot).containsEntry(slot, 1);
        }
      }

      // no project's audits were stored twice at all, before and after the window
      int audits = count(store, "SELECT count(*) FROM audits");
      int distinct =
          count(
              store,
              "SELECT count(*) FROM (SELECT DISTINCT project_id, schedule_slot FROM audits) s");
      assertThat(audits).isEqualTo(distinct);

      // node-2 stored nothing once killed; the others went on
      assertThat(
              count(
                  store,
                  "SELECT count(*) FROM audits WHERE run_host = 'node-2' AND finished_at > "
                      + killedAt.toEpochMilli()))
          .isZero();
      assertThat(storedBy(store, "node-1")).isPositive();
      assertThat(storedBy(store, "node-3")).isPositive();

      // a site is visited once per audit, and again only for what node-2 had begun: at most the
      // two audits a server runs at once (the others stop cleanly, storing what they began)
      for (Process survivor : List.of(nodes.get(0), nodes.get(2))) {
        survivor.destroy();
        assertThat(survivor.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      int visits = 0;
      for (WebServer s : sites) {
        visits += s.hits("/");
      }
      int stored = count(store, "SELECT count(*) FROM audits");
      System.out.printf(
          "%d slots x %d projects stored once each by 3 servers, node-2 killed holding %d;"
              + " %d audits, %d visits%n",
          slots, PROJECTS, held.get().size(), stored, visits);
      assertThat(visits).isBetween(stored, stored + 2);
    }
  }

  private static String name(int i) {
    return String.format("project-%03d", i);
  }

  private Process start(String url, String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "--enable-native-access=ALL-UNNAMED",
            "-cp",
            System.getProperty("java.class.path"),
            ServerNode.class.getName(),
            url,
            name);
    pb.redirectError(dir.resolve(name + ".err").toFile());
    return pb.start();
  }

  private void awaitReady(Process node, String name) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"ready".equals(line)) {
      throw new AssertionError(
          name + " did not start: " + Files.readString(dir.resolve(name + ".err")));
    }
  }

  private static long nextSlot(Instant t) {
    return (t.getEpochSecond() / EVERY + 1) * EVERY;
  }

  /** The audit tasks {@code instance} has picked and not finished, as {@code 1798761600:shop}. */
  private static List<String> picked(Store store, String instance) {
    return store
        .jdbi()
        .withHandle(
            h ->
                h.createQuery(
                        "SELECT task_instance FROM golive_scheduled_tasks WHERE task_name ="
                            + " 'golive-audit' AND picked AND picked_by = :i")
                    .bind("i", instance)
                    .mapTo(String.class)
                    .list());
  }

  private static int storedBy(Store store, String instance) {
    return count(store, "SELECT count(*) FROM audits WHERE run_host = '" + instance + "'");
  }

  private static int count(Store store, String sql) {
    return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
  }

  /** Per project and slot (epoch seconds) from {@code first} to {@code last}, its audits. */
  private static Map<String, Integer> stored(Store store, long first, long last) {
    Map<String, Integer> out = new HashMap<>();
    store
        .jdbi()
        .useHandle(
            h ->
                h.createQuery(
                        """
                        SELECT p.name, a.schedule_slot, count(*) FROM audits a
                        JOIN projects p ON p.id = a.project_id
                        WHERE a.schedule_slot BETWEEN :first AND :last
                        GROUP BY p.name, a.schedule_slot
                        """)
                    .bind("first", first * 1000)
                    .bind("last", last * 1000)
                    .map(
                        (rs, ctx) ->
                            Map.entry(rs.getString(1) + "@" + rs.getLong(2) / 1000, rs.getInt(3)))
                    .forEach(e -> out.put(e.getKey(), e.getValue())));
    return out;
  }
}
