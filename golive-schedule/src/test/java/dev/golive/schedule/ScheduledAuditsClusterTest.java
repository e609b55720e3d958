package dev.golive.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.store.Store;
import dev.golive.testkit.Postgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
 * Three servers, each a JVM of its own, on one PostgreSQL with 200 projects audited every five
 * seconds; one is killed in the middle of its audits. Every slot's audit is stored exactly once,
 * the killed server's slots included, and only the slots the killed server had begun ran twice.
 */
class ScheduledAuditsClusterTest {
  private static final int PROJECTS = 200;
  private static final String EVERY_FIVE_SECONDS = "*/5 * * * * *";
  private static final long AUDIT_MILLIS = 100;

  @TempDir Path dir;
  private final List<Process> nodes = new ArrayList<>();
  private Postgres.Scratch db;

  @AfterEach
  void stop() {
    nodes.forEach(Process::destroyForcibly);
    if (db != null) {
      db.close();
    }
  }

  @Test
  void everySlotOfEveryProjectIsAuditedExactlyOnceWhileAServerIsKilled() throws Exception {
    db = Postgres.shared().createDatabase();
    // the scheduler's table as golive's migrations make it
    Store.open(db.url()).close();
    try (Connection c = db.connect()) {
      try (Statement s = c.createStatement()) {
        for (String table : List.of("slot_attempts", "slot_audits", "slot_refused")) {
          s.execute(
              "CREATE TABLE "
                  + table
                  + " (project TEXT NOT NULL, slot BIGINT NOT NULL,"
                  + " instance TEXT NOT NULL, at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        s.execute("CREATE UNIQUE INDEX slot_audits_once ON slot_audits (project, slot)");
      }
    }
    for (String name : List.of("node-1", "node-2", "node-3")) {
      nodes.add(startNode(name));
    }
    for (Process node : nodes) {
      awaitReady(node);
    }
    Instant allUp = Instant.now();

    // kill node-2 while it is in the middle of audits: begun, not stored
    Waiting.until(
        "node-2 in the middle of an audit after a few slots",
        Duration.ofSeconds(60),
        () -> Instant.now().isAfter(allUp.plusSeconds(11)) && unfinished("node-2") > 0);
    Process killed = nodes.get(1);
    killed.destroyForcibly();
    assertThat(killed.waitFor(10, TimeUnit.SECONDS)).isTrue();
    Instant killedAt = Instant.now();

    // slots from the first one planned after all were up to the last one the others can finish
    long first = nextSlot(allUp.plusSeconds(2));
    long last = nextSlot(killedAt.plusSeconds(12));
    Waiting.until(
        "every slot up to " + Instant.ofEpochSecond(last) + " audited",
        Duration.ofSeconds(90),
        () ->
            count("SELECT count(*) FROM slot_audits WHERE slot BETWEEN " + first + " AND " + last)
                >= slotsBetween(first, last) * PROJECTS);

    Map<String, Integer> audits = perSlot("slot_audits", first, last);
    Map<String, Integer> attempts = perSlot("slot_attempts", first, last);
    List<String> expected = new ArrayList<>();
    for (long t = first; t <= last; t += 5) {
      for (int p = 0; p < PROJECTS; p++) {
        expected.add(String.format("project-%03d@%d", p, t));
      }
    }
    assertThat(audits.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(audits.values()).containsOnly(1);
    // a slot ran twice only when node-2 had begun it: killed, its task went to another server
    List<String> begunByKilled = slotsBegunBy("node-2", first, last);
    assertThat(begunByKilled).isNotEmpty();
    attempts.forEach(
        (slot, n) -> {
          if (n > 1) {
            assertThat(begunByKilled).as("%s ran %d times", slot, n).contains(slot);
            assertThat(n).as("runs of %s", slot).isEqualTo(2);
          }
        });
    System.out.printf(
        "%d slots x %d projects audited once each; node-2 killed with %d begun, %d ran again%n",
        slotsBetween(first, last),
        PROJECTS,
        unfinishedAt(),
        attempts.values().stream().filter(n -> n > 1).count());
    assertThat(slotsRunBy("node-2", first, last, "slot_audits"))
        .as("node-2 stored audits only before it was killed")
        .allSatisfy(at -> assertThat(at).isBefore(killedAt));
    assertThat(slotsRunBy("node-1", first, last, "slot_audits")).isNotEmpty();
    assertThat(slotsRunBy("node-3", first, last, "slot_audits")).isNotEmpty();
  }

  private Process startNode(String name) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            ScheduleNode.class.getName(),
            db.server().jdbcUrl(db.name()),
            Postgres.SUPERUSER,
            db.server().password(),
            name,
            String.valueOf(PROJECTS),
            EVERY_FIVE_SECONDS,
            String.valueOf(AUDIT_MILLIS));
    pb.redirectError(dir.resolve(name + ".err").toFile());
    return pb.start();
  }

  private void awaitReady(Process node) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    if (!"ready".equals(line)) {
      throw new AssertionError(
          "a scheduling server did not start: " + Files.readString(dir.resolve(errName(node))));
    }
  }

  private String errName(Process node) {
    return "node-" + (nodes.indexOf(node) + 1) + ".err";
  }

  private static long nextSlot(Instant t) {
    return (t.getEpochSecond() / 5 + 1) * 5;
  }

  private static long slotsBetween(long first, long last) {
    return (last - first) / 5 + 1;
  }

  private int unfinished(String instance) {
    return count(
        "SELECT count(*) FROM slot_attempts a WHERE a.instance = '"
            + instance
            + "' AND NOT EXISTS"
            + " (SELECT 1 FROM slot_audits s WHERE s.project = a.project AND s.slot = a.slot)");
  }

  /** Audits node-2 had begun and not stored when it was killed. */
  private int unfinishedAt() {
    return count(
        "SELECT count(*) FROM slot_attempts a WHERE a.instance = 'node-2' AND NOT EXISTS"
            + " (SELECT 1 FROM slot_audits s WHERE s.project = a.project AND s.slot = a.slot"
            + " AND s.instance = 'node-2')");
  }

  private int count(String sql) {
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getInt(1);
    } catch (SQLException e) {
      throw new AssertionError(e);
    }
  }

  private Map<String, Integer> perSlot(String table, long first, long last) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT project, slot, count(*) FROM "
                    + table
                    + " WHERE slot BETWEEN "
                    + first
                    + " AND "
                    + last
                    + " GROUP BY project, slot")) {
      while (r.next()) {
        counts.put(r.getString(1) + "@" + r.getLong(2), r.getInt(3));
      }
    }
    return counts;
  }

  private List<String> slotsBegunBy(String instance, long first, long last) throws SQLException {
    List<String> slots = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT project, slot FROM slot_attempts WHERE instance = '"
                    + instance
                    + "' AND slot BETWEEN "
                    + first
                    + " AND "
                    + last)) {
      while (r.next()) {
        slots.add(r.getString(1) + "@" + r.getLong(2));
      }
    }
    return slots;
  }

  private List<Instant> slotsRunBy(String instance, long first, long last, String table)
      throws SQLException {
    List<Instant> times = new ArrayList<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT at FROM "
                    + table
                    + " WHERE instance = '"
                    + instance
                    + "' AND slot BETWEEN "
                    + first
                    + " AND "
                    + last)) {
      while (r.next()) {
        times.add(r.getTimestamp(1).toInstant());
      }
    }
    return times;
  }
}
