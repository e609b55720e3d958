package dev.golive.notify;

import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** Real databases with the ledger's table, made from notify-schema.sql as a migration would. */
final class Databases {
  private Databases() {}

  /** A new SQLite file in {@code dir}, with a busy timeout so that writers wait for each other. */
  static DataSource sqlite(Path dir) {
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + dir.resolve("golive.db"));
    ds.setBusyTimeout(10_000);
    ds.setJournalMode("WAL");
    migrate(ds);
    return ds;
  }

  /** A data source on {@code db}, a database of the test kit's PostgreSQL. */
  static DataSource postgres(Postgres.Scratch db) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.server().jdbcUrl(db.name()));
    ds.setUser(Postgres.SUPERUSER);
    ds.setPassword(db.server().password());
    ds.setSslMode("disable");
    migrate(ds);
    return ds;
  }

  private static void migrate(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String sql : JdbcLedger.schema()) {
        s.execute(sql);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create notification_sent: " + e.getMessage(), e);
    }
  }
}
