package dev.golive.notify;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's contract in a real SQLite file. */
class SqliteLedgerTest extends LedgerContract {
  @TempDir Path dir;

  @Override
  Ledger ledger() {
    return new JdbcLedger(Databases.sqlite(dir));
  }
}
