package dev.golive.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Makes db-scheduler's table from the module's SQL, as golive's migrations do. */
final class ScheduleTable {
  private ScheduleTable() {}

  static void create(Connection c, boolean postgres) throws SQLException {
    String sql;
    try (InputStream in =
        ScheduleTable.class.getResourceAsStream("/dev/golive/schedule/scheduled-tasks.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    sql =
        sql.replace("${blob}", postgres ? "BYTEA" : "BLOB")
            .replace("${timestamp}", postgres ? "TIMESTAMP WITH TIME ZONE" : "TIMESTAMP");
    try (Statement s = c.createStatement()) {
      for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";", -1)) {
        if (!statement.isBlank()) {
          s.execute(statement);
        }
      }
    }
  }
}
