package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Postgres;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BackupRestorableCheckTest {
  private static final BackupRestorableCheck READ = new BackupRestorableCheck(false, 1, "*");
  private static final BackupRestorableCheck RESTORE = new BackupRestorableCheck(true, 3, "*");
  private static Postgres.Scratch shop;

  @BeforeAll
  static void shop() {
    shop = Postgres.shared().createDatabase();
    shop.execute(
        "CREATE TABLE customers (id serial PRIMARY KEY, name text NOT NULL)",
        "CREATE TABLE orders (id serial PRIMARY KEY, customer_id int REFERENCES customers)",
        "CREATE TABLE order_items (order_id int REFERENCES orders, sku text, qty int)",
        "INSERT INTO customers (name) SELECT 'customer ' || g FROM generate_series(1, 500) g",
        "INSERT INTO orders (customer_id) SELECT 1 + g % 500 FROM generate_series(1, 2000) g",
        "INSERT INTO order_items SELECT 1 + g % 2000, 'sku-' || g, g % 7"
            + " FROM generate_series(1, 5000) g");
  }

  @AfterAll
  static void drop() {
    shop.close();
  }

  private static Path dump(Path dir, String format, String name) {
    return Postgres.shared().dump(shop.name(), format, dir.resolve(name));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"custom", "directory", "tar", "plain"})
  void aRealDumpOfEachFormatReadsBack(String format, @TempDir Path dir) throws Exception {
    dump(dir, format, "shop." + format);
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.backup()).isEqualTo("shop." + format);
    assertThat(e.readable()).isTrue();
    assertThat(e.complete()).isTrue();
    assertThat(e.tables()).isEqualTo(3);
    assertThat(e.dumpedFrom()).isEqualTo(Postgres.shared().version());
    var j = READ.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("3 tables");
  }

  @Test
  void theArchiveVersionIsRead(@TempDir Path dir) throws Exception {
    dump(dir, "custom", "shop.dump");
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.format()).isEqualTo("custom");
    assertThat(e.archiveVersion()).matches("1\\.1\\d");
    assertThat(e.reader()).startsWith("pg_restore 1");
  }

  @Test
  void aCustomDumpCutShortDoesNotReadBack(@TempDir Path dir) throws Exception {
    Path f = dump(dir, "custom", "shop.dump");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(raf.length() / 2);
    }
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.readable()).isFalse();
    var j = READ.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("does not read back").contains("pg_restore");
  }

  @Test
  void aPlainDumpWithoutItsTrailerWasCutShort(@TempDir Path dir) throws Exception {
    Path f = dump(dir, "plain", "shop.sql");
    String text = Files.readString(f);
    Files.writeString(f, text.substring(0, text.indexOf("PostgreSQL database dump complete") - 10));
    var j = READ.evaluate(READ.collect(Targets.backups(dir.toString(), null)));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("cut short");
  }

  @Test
  void aGzipdPlainDumpIsReadToItsEnd(@TempDir Path dir) throws Exception {
    Path sql = dump(dir.resolve("..").normalize(), "plain", "shop-" + dir.getFileName() + ".sql");
    Path gz = dir.resolve("shop.sql.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(sql, out);
    }
    Files.delete(sql);
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.format()).isEqualTo("gzip'd plain SQL");
    assertThat(READ.evaluate(e).outcome()).isEqualTo(Outcome.PASS);

    byte[] all = Files.readAllBytes(gz);
    Files.write(gz, java.util.Arrays.copyOf(all, all.length / 2));
    var cut = READ.evaluate(READ.collect(Targets.backups(dir.toString(), null)));
    assertThat(cut.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(cut.message()).contains("ends in the middle of its compressed data");
  }

  @Test
  void aDumpNewerThanPgRestoreIsAnErrorThatSaysSo(@TempDir Path dir) throws Exception {
    Path f = dump(dir, "custom", "shop.dump");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      // the archive format version after "PGDMP": as a future pg_dump would write it
      raf.seek(6);
      raf.write(99);
    }
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.archiveVersion()).isEqualTo("1.99");
    assertThat(e.readerTooOld()).isTrue();
    var j = READ.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message())
        .contains("newer than this machine's pg_restore")
        .contains("unsupported version (1.99)")
        .contains("install a pg_restore at least as new");
  }

  @Test
  void aFileThatIsNoDumpFails(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("shop.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, 9, 9});
    var j = READ.evaluate(READ.collect(Targets.backups(dir.toString(), null)));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("is not a backup golive can read back");
  }

  @Test
  void tooFewTablesFail(@TempDir Path dir) throws Exception {
    dump(dir, "custom", "shop.dump");
    var e = READ.collect(Targets.backups(dir.toString(), null));
    var j = new BackupRestorableCheck(false, 10, "*").evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("holds 3 tables, fewer than 10");
  }

  @Test
  void aSqliteCopyIsChecked(@TempDir Path dir) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("app-backup.db"));
        var s = c.createStatement()) {
      s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)");
    }
    var e = READ.collect(Targets.backups(dir.toString(), null));
    assertThat(e.format()).isEqualTo("SQLite file");
    assertThat(READ.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void aRemoteNewestBackupCannotBeReadBack() {
    assertThatThrownBy(
            () ->
                READ.collect(
                    Targets.backups("cmd:echo '2025-06-02 03:00:05   52431 shop/shop.dump'", null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("is not a file on this machine");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"custom", "directory", "tar", "plain"})
  void aRealDumpRestoresIntoAScratchDatabaseThatIsDroppedAfter(String format, @TempDir Path dir)
      throws Exception {
    Postgres pg = Postgres.shared();
    dump(dir, format, "shop." + format);
    var e = RESTORE.collect(Targets.backups(dir.toString(), pg.url("postgres")));
    assertThat(e.restoreProblem()).isNull();
    assertThat(e.restoredTables()).isEqualTo(3);
    var j = RESTORE.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("restores into a scratch database: 3 tables");
    assertThat(
            pg.query(
                "postgres",
                "SELECT count(*) FROM pg_database WHERE datname LIKE 'golive_restore_%'"))
        .isEqualTo("0");
  }

  @Test
  void aDumpThatBreaksHalfwayDoesNotRestore(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("broken.sql"),
        """
        --
        -- PostgreSQL database dump
        --
        CREATE TABLE a (id int);
        CREATE TABLE b (id int);
        CREATE TABLE c (id int);
        INSERT INTO nowhere VALUES (1);
        --
        -- PostgreSQL database dump complete
        --
        """);
    Postgres pg = Postgres.shared();
    var e = RESTORE.collect(Targets.backups(dir.toString(), pg.url("postgres")));
    assertThat(e.complete()).isTrue();
    var j = RESTORE.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("does not restore").contains("nowhere");
    assertThat(j.message()).doesNotContain(pg.password());
  }

  @Test
  void restoringNeedsAPostgresTarget(@TempDir Path dir) throws Exception {
    dump(dir, "custom", "shop.dump");
    assertThatThrownBy(() -> RESTORE.collect(Targets.backups(dir.toString(), null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("names no database");
  }
}
