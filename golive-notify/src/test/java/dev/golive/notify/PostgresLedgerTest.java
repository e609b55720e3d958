package dev.golive.notify;

import dev.golive.testkit.Postgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The ledger's contract in a real PostgreSQL, a database of its own per test. */
class PostgresLedgerTest extends LedgerContract {
  private Postgres.Scratch db;

  @BeforeEach
  void create() {
    db = Postgres.shared().createDatabase();
  }

  @AfterEach
  void drop() {
    db.close();
  }

  @Override
  Ledger ledger() {
    return new JdbcLedger(Databases.postgres(db));
  }
}
