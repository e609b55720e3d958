package dev.golive.schedule;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One server of {@link ScheduledAuditsClusterTest}, in a JVM of its own so that the test can kill
 * it as an operating system kills a server. Its audits take a while, note when they start, and
 * store their result once per slot as golive's store does: a second result for a slot is refused.
 *
 * <p>Arguments: JDBC URL, user, password, instance name, projects, cron, audit milliseconds.
 */
public final class ScheduleNode {
  private ScheduleNode() {}

  public static void main(String[] args) throws Exception {
    String instance = args[3];
    int projects = Integer.parseInt(args[4]);
    String cron = args[5];
    long auditMillis = Long.parseLong(args[6]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(args[0]);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(6);
    HikariDataSource db = new HikariDataSource(config);
    List<AuditSchedule> schedules = new ArrayList<>();
    for (int i = 0; i < projects; i++) {
      schedules.add(AuditSchedule.utc(String.format("project-%03d", i), cron));
    }
    ScheduledAudits.Settings settings =
        new ScheduledAudits.Settings(
            instance,
            Duration.ofSeconds(1),
            Duration.ofSeconds(8),
            Duration.ofSeconds(1),
            Duration.ofMillis(500),
            4,
            4,
            Duration.ofMillis(200));
    ScheduledAudits.start(
        db,
        () -> schedules,
        slot -> {
          record(
              db,
              "INSERT INTO slot_attempts (project, slot, instance, at) VALUES (?, ?, ?, ?)",
              slot,
              instance);
          Thread.sleep(auditMillis);
          if (record(
                  db,
                  "INSERT INTO slot_audits (project, slot, instance, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
                  slot,
                  instance)
              == 0) {
            record(
                db,
                "INSERT INTO slot_refused (project, slot, instance, at) VALUES (?, ?, ?, ?)",
                slot,
                instance);
          }
        },
        settings);
    System.out.println("ready");
    System.out.flush();
    // runs until the test stops or kills it
    Thread.currentThread().join();
  }

  private static int record(HikariDataSource db, String sql, Slot slot, String instance)
      throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, slot.project());
      s.setLong(2, slot.at().getEpochSecond());
      s.setString(3, instance);
      s.setTimestamp(4, Timestamp.from(Instant.now()));
      return s.executeUpdate();
    }
  }
}
