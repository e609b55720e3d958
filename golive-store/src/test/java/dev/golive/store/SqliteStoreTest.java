package dev.golive.store;

import static dev.golive.store.Samples.audit;
import static dev.golive.store.Samples.row;
import static dev.golive.store.Samples.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.model.ItemVerdict;
import dev.golive.core.score.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on real SQLite files. */
class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;
  private int n;

  @Override
  String freshUrl() {
    return "sqlite:" + dir.resolve("store-" + ++n + ".db");
  }

  @Test
  void aPlainPathMakesItsFolderAndTheFileIsInWalModeWithForeignKeysOn() {
    Path file = dir.resolve("nested/deeper/golive.db");
    try (Store store = Store.open(file.toString())) {
      assertThat(store.shown()).isEqualTo("sqlite:" + file.toAbsolutePath());
      assertThat(Files.isRegularFile(file)).isTrue();
      String mode =
          store.jdbi().withHandle(h -> h.select("PRAGMA journal_mode").mapTo(String.class).one());
      assertThat(mode).isEqualToIgnoringCase("wal");
      int fk =
          store.jdbi().withHandle(h -> h.select("PRAGMA foreign_keys").mapTo(Integer.class).one());
      assertThat(fk).isEqualTo(1);
      int busy =
          store.jdbi().withHandle(h -> h.select("PRAGMA busy_timeout").mapTo(Integer.class).one());
      assertThat(busy).isPositive();
    }
  }

  @Test
  void aProjectsNewestAuditIsFoundInItsIndexNotBySortingItsAudits() {
    try (Store store = Store.open(dir.resolve("plan.db").toString())) {
      java.util.List<String> plan =
          store
              .jdbi()
              .withHandle(
                  h ->
                      h.createQuery(
                              "EXPLAIN QUERY PLAN SELECT l.id FROM audits l WHERE l.project_id = 1"
                                  + " ORDER BY l.started_at DESC, l.id DESC LIMIT 1")
                          .map((rs, ctx) -> rs.getString("detail"))
                          .list());
      assertThat(String.join("\n", plan))
          .contains("audits_project_started")
          .doesNotContain("TEMP B-TREE");
    }
  }

  @Test
  void everySpellingOfASqliteStoreNamesTheSameFile() {
    Path file = dir.resolve("g.db").toAbsolutePath();
    for (String written :
        new String[] {file.toString(), "sqlite:" + file, "jdbc:sqlite:" + file, "file:" + file}) {
      assertThat(StoreUrl.parse(written).file()).as(written).isEqualTo(file);
    }
  }

  @Test
  void aFileOfRandomBytesIsNotTakenForAStore() throws Exception {
    Path file = dir.resolve("random.db");
    byte[] junk = new byte[8192];
    new Random(7).nextBytes(junk);
    Files.write(file, junk);
    assertThatThrownBy(() -> Store.open(file.toString()))
        .isInstanceOf(StoreException.class)
        .satisfies(
            e ->
                assertThat(((StoreException) e).oneLine())
                    .isEqualTo(
                        "sqlite:"
                            + file
                            + ": "
                            + file
                            + " is not a SQLite database (is it another kind of file?)"));
    assertThat(Files.readAllBytes(file)).isEqualTo(junk);
  }

  @Test
  void aStoreWhoseMigrationsWereChangedIsRefusedWithTheReason() {
    Path file = dir.resolve("changed.db");
    try (Store store = Store.open(file.toString())) {
      store
          .jdbi()
          .useHandle(h -> h.execute("UPDATE " + Store.HISTORY_TABLE + " SET checksum = 12345"));
    }
    assertThatThrownBy(() -> Store.open(file.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "its tables are not those golive's migrations make (Migration checksum mismatch for"
                + " migration version 1); was it made by another build of golive, or changed by"
                + " hand?");
  }

  @Test
  void aFolderIsNotAStore() {
    assertThatThrownBy(() -> Store.open(dir.toString()))
        .isInstanceOf(StoreException.class)
        .hasMessage(dir + " is a folder, not a SQLite file");
  }

  @Test
  void aFileAnotherProgramHoldsLockedIsSaidToBeLocked() throws Exception {
    Path file = dir.resolve("locked.db");
    Store.open(file.toString()).close();
    try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      s.execute("INSERT INTO projects (name, slug, created_at, created_by) VALUES ('x','x',0,'x')");
      Store.Options quick = Store.Options.defaults().withConnectTimeout(Duration.ofMillis(300));
      assertThatThrownBy(
              () -> {
                try (Store store = Store.open(StoreUrl.parse(file.toString()), quick)) {
                  store.save(
                      "shop", audit(Verdict.GO, 1.0, row("a", "A", ItemVerdict.VERIFIED)), run(T0));
                }
              })
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is locked by another program");
      s.execute("ROLLBACK");
    }
  }
}
