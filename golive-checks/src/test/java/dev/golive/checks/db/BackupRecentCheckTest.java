package dev.golive.checks.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.core.model.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupRecentCheckTest {
  private static final BackupRecentCheck DEFAULTS = new BackupRecentCheck("26h", 1024, "*");
  private static final String NOW = "2025-06-02T12:00:00Z";

  private static BackupRecentCheck.Answer newest(String modified, long bytes) {
    return new BackupRecentCheck.Answer(
        "/var/backups/shop",
        NOW,
        2,
        List.of(new Backups.Entry("shop.dump", bytes, modified, null)),
        0,
        null);
  }

  @ParameterizedTest(name = "{0}, {1} bytes, max {2} -> {3}")
  @CsvSource({
    "2025-06-02T03:00:00Z,      50000, 26h,   PASS",
    "2025-06-01T10:00:01Z,      50000, 26h,   PASS",
    "2025-06-01T09:59:59Z,      50000, 26h,   FAIL",
    "2025-05-31T12:00:00Z,      50000, 2d,    PASS",
    "2025-05-31T11:00:00Z,      50000, 2d,    FAIL",
    "2025-06-02T11:00:00Z,      50000, 30m,   FAIL",
    "2025-06-02T13:00:00+02:00, 50000, 1h,    PASS",
    "2025-06-02T14:00:00Z,      50000, 1h,    PASS",
    "2025-06-02T03:00:00Z,        100, 26h,   FAIL",
  })
  void judgesTheAgeAndSizeOfTheNewest(String modified, long bytes, String max, Outcome expected) {
    var check = new BackupRecentCheck(max, 1024, "*");
    assertThat(check.evaluate(newest(modified, bytes)).outcome()).isEqualTo(expected);
  }

  @Test
  void messagesSayHowOldAndHowBig() {
    assertThat(DEFAULTS.evaluate(newest("2025-05-30T08:00:00Z", 50000)).message())
        .contains("shop.dump")
        .contains("is 3 d 4 h old, older than 26h");
    assertThat(DEFAULTS.evaluate(newest("2025-06-02T08:00:00Z", 10)).message())
        .contains("holds only 10 bytes, fewer than 1024");
  }

  @Test
  void noBackupsFailsButAnUnreadableListingCannotDecide() {
    var none = new BackupRecentCheck.Answer("/var/backups/shop", NOW, 0, List.of(), 0, null);
    assertThat(DEFAULTS.evaluate(none).outcome()).isEqualTo(Outcome.FAIL);
    var gibberish =
        new BackupRecentCheck.Answer("cmd:restic ls", NOW, 0, List.of(), 3, "snapshot 1a2b");
    var j = DEFAULTS.evaluate(gibberish);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("snapshot 1a2b");
  }

  @ParameterizedTest(name = "{0} = {1} s")
  @CsvSource({"26h, 93600", "2d, 172800", "1d12h, 129600", "90m, 5400", "1w, 604800", "45s, 45"})
  void readsDurations(String text, long seconds) {
    assertThat(Backups.duration(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @Test
  void refusesWhatIsNoDuration() {
    for (String bad : List.of("abc", "26", "h", "2 days", "0h")) {
      assertThatThrownBy(() -> new BackupRecentCheck(bad, 0, "*"))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("max-age");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // ls -l --time-style=full-iso
        "-rw-r--r-- 1 root root 52431 2025-06-02 03:00:01.123456789 +0200 shop-2025-06-02.dump"
            + "| shop-2025-06-02.dump | 52431 | 2025-06-02T01:00:01.123456789Z",
        // ls -l --time-style=long-iso: this machine's time
        "-rw-r----- 1 postgres postgres 7340032 2025-06-02 03:00 shop.sql.gz"
            + "| shop.sql.gz | 7340032 | 2025-06-02T03:00Z",
        // aws s3 ls
        "2025-06-02 03:00:05   52431 shop/shop-2025-06-02.dump"
            + "| shop/shop-2025-06-02.dump | 52431 | 2025-06-02T03:00:05Z",
        // rclone lsl
        "    52431 2025-06-02 03:00:05.000000000 daily/shop.dump"
            + "| daily/shop.dump | 52431 | 2025-06-02T03:00:05Z",
        // gsutil ls -l
        "     52431  2025-06-02T03:00:05Z  gs://backups/shop.dump"
            + "| gs://backups/shop.dump | 52431 | 2025-06-02T03:00:05Z",
      })
  void readsCommonListingFormats(String line, String name, long bytes, String modified) {
    Backups.Entry e = Backups.parse(line, ZoneOffset.UTC);
    assertThat(e).isNotNull();
    assertThat(e.name()).isEqualTo(name);
    assertThat(e.bytes()).isEqualTo(bytes);
    assertThat(e.time().toInstant()).isEqualTo(OffsetDateTime.parse(modified).toInstant());
  }

  @Test
  void linesThatAreNoBackupAreNotRead() {
    assertThat(Backups.parse("                           PRE 2025-06-01/", ZoneOffset.UTC))
        .isNull();
    assertThat(Backups.parse("snapshot 1a2b3c saved", ZoneOffset.UTC)).isNull();
  }

  private static Path file(Path dir, String name, int bytes, Duration ago) throws Exception {
    Path f = Files.write(dir.resolve(name), new byte[bytes]);
    Files.setLastModifiedTime(f, FileTime.from(Instant.now().minus(ago)));
    return f;
  }

  @Test
  void findsTheNewestFileOfARealFolder(@TempDir Path dir) throws Exception {
    file(dir, "shop-old.dump", 4096, Duration.ofDays(3));
    file(dir, "shop-new.dump", 4096, Duration.ofHours(2));
    file(dir, "backup.log", 10, Duration.ofMinutes(5));
    file(dir, ".lock", 0, Duration.ofMinutes(1));
    var e =
        new BackupRecentCheck("26h", 1024, "*.dump").collect(Targets.backups(dir.toString(), null));
    assertThat(e.count()).isEqualTo(2);
    assertThat(e.newest().getFirst().name()).isEqualTo("shop-new.dump");
    assertThat(new BackupRecentCheck("26h", 1024, "*.dump").evaluate(e).outcome())
        .isEqualTo(Outcome.PASS);
    assertThat(new BackupRecentCheck("1h", 1024, "*.dump").evaluate(e).outcome())
        .isEqualTo(Outcome.FAIL);
    // without the pattern the log file is the newest, and too small
    var all = DEFAULTS.collect(Targets.backups(dir.toString(), null));
    assertThat(DEFAULTS.evaluate(all).message()).contains("backup.log").contains("10 bytes");
  }

  @Test
  void anEmptyFolderFailsAndAMissingOneIsAnError(@TempDir Path dir) throws Exception {
    var e = DEFAULTS.collect(Targets.backups(dir.toString(), null));
    assertThat(DEFAULTS.evaluate(e).message()).contains("there are no backups in " + dir);
    assertThatThrownBy(
            () -> DEFAULTS.collect(Targets.backups(dir.resolve("gone").toString(), null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("does not exist");
  }

  @Test
  void readsTheListingOfARealLsCommand(@TempDir Path dir) throws Exception {
    file(dir, "a.dump", 2048, Duration.ofDays(2));
    file(dir, "b.dump", 2048, Duration.ofMinutes(30));
    var e = DEFAULTS.collect(Targets.backups("cmd:ls -l --time-style=full-iso " + dir, null));
    assertThat(e.source()).startsWith("cmd:ls -l");
    assertThat(e.count()).isEqualTo(2);
    assertThat(e.unparsed()).isZero();
    assertThat(e.newest().getFirst().name()).isEqualTo("b.dump");
    assertThat(DEFAULTS.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void readsPathsAndS3LinesACommandPrints(@TempDir Path dir) throws Exception {
    Path local = file(dir, "shop.dump", 2048, Duration.ofHours(1));
    var paths = DEFAULTS.collect(Targets.backups("cmd:find " + dir + " -name '*.dump'", null));
    assertThat(paths.newest().getFirst().local()).isEqualTo(local.toString());
    assertThat(DEFAULTS.evaluate(paths).outcome()).isEqualTo(Outcome.PASS);

    String stamp =
        OffsetDateTime.now(ZoneId.systemDefault())
            .minusDays(3)
            .toLocalDateTime()
            .withNano(0)
            .toString()
            .replace('T', ' ');
    var s3 =
        DEFAULTS.collect(
            Targets.backups(
                "cmd:echo '                           PRE daily/'; echo '"
                    + stamp
                    + "    52431 shop.dump'",
                null));
    assertThat(s3.count()).isEqualTo(1);
    assertThat(s3.unparsed()).isZero();
    assertThat(DEFAULTS.evaluate(s3).message()).contains("is 3 d old");
  }

  @Test
  void aCommandThatFailsOrHangsIsAnError() {
    assertThatThrownBy(() -> DEFAULTS.collect(Targets.backups("cmd:ls /no/such/folder", null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("failed")
        .hasMessageContaining("/no/such/folder");
    assertThatThrownBy(
            () -> DEFAULTS.collect(Targets.backups("cmd:sleep 30", null, Duration.ofMillis(500))))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("did not finish within 1 s and was stopped");
    assertThatThrownBy(
            () ->
                DEFAULTS.collect(
                    Targets.backups("cmd:aws s3 ls ${GOLIVE_TEST_UNSET_BUCKET}", null)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("GOLIVE_TEST_UNSET_BUCKET");
  }
}
