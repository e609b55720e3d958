package dev.golive.notify;

import dev.golive.store.Store;
import dev.golive.testkit.Postgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/** Real databases with the ledger's table, made by golive's migrations as a server's store is. */
final class Databases {
  private Databases() {}

  /** A new SQLite file in {@code dir}, with a busy timeout so that writers wait for each other. */
  static DataSource sqlite(Path dir) {
    Path file = dir.resolve("golive.db");
    Store.open(file.toString()).close();
    SQLiteDataSource ds = new SQLiteDataSource();
    ds.setUrl("jdbc:sqlite:" + file);
    ds.setBusyTimeout(10_000);
    ds.setJournalMode("WAL");
    return ds;
  }

  /** A data source on {@code db}, a database of the test kit's PostgreSQL. */
  static DataSource postgres(Postgres.Scratch db) {
    Store.open(db.url()).close();
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(db.server().jdbcUrl(db.name()));
    ds.setUser(Postgres.SUPERUSER);
    ds.setPassword(db.server().password());
    ds.setSslMode("disable");
    return ds;
  }
}
