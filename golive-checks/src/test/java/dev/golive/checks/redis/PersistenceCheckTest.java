package dev.golive.checks.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Probes;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Redis;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersistenceCheckTest {
  private static final PersistenceCheck ANY = new PersistenceCheck("any");
  private static final String URL = "redis://cache.internal:6379";

  private static PersistenceCheck.Evidence config(String appendonly, String save) {
    return new PersistenceCheck.Evidence(
        URL,
        appendonly,
        "everysec",
        save,
        null,
        Map.of(
            "aof_enabled", "yes".equals(appendonly) ? "1" : "0",
            "rdb_last_bgsave_status", "ok",
            "aof_last_bgrewrite_status", "ok",
            "aof_last_write_status", "ok",
            "rdb_last_save_time", "1000000",
            "server_time_usec", "1000300000000"),
        null);
  }

  @ParameterizedTest(name = "require {0}, appendonly {1}, save ''{2}'' -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "any | yes | ''              | PASS",
        "any | no  | 3600 1 300 100  | PASS",
        "any | yes | 3600 1          | PASS",
        "any | no  | ''              | FAIL",
        "aof | yes | ''              | PASS",
        "aof | no  | 3600 1          | FAIL",
        "rdb | no  | 900 1           | PASS",
        "rdb | yes | ''              | FAIL",
      })
  void judgesTheSettings(String require, String appendonly, String save, Outcome expected) {
    var check = new PersistenceCheck(require);
    assertThat(check.evaluate(config(appendonly, save)).outcome()).isEqualTo(expected);
  }

  @Test
  void aFailedSaveFailsAndTheStatusesAreReported() {
    var ok = ANY.evaluate(config("yes", "3600 1"));
    assertThat(ok.message())
        .contains("AOF (appendfsync everysec)")
        .contains("RDB snapshots (save 3600 1)")
        .contains("last save 5 min ago")
        .contains("last background save ok")
        .contains("last AOF rewrite ok");

    var e = config("no", "3600 1");
    var failed =
        new PersistenceCheck.Evidence(
            e.url(),
            e.appendonly(),
            e.appendfsync(),
            e.save(),
            null,
            Map.of("rdb_last_bgsave_status", "err"),
            null);
    var j = ANY.evaluate(failed);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("rdb_last_bgsave_status:err");

    var aofWrite =
        new PersistenceCheck.Evidence(
            URL, "yes", "always", "", null, Map.of("aof_last_write_status", "err"), null);
    assertThat(ANY.evaluate(aofWrite).message()).contains("last AOF write failed");
  }

  @Test
  void withoutConfigOnlyInfoDecides() {
    var aofOn =
        new PersistenceCheck.Evidence(
            URL,
            null,
            null,
            null,
            "ERR unknown command `CONFIG`",
            Map.of("aof_enabled", "1"),
            null);
    assertThat(ANY.evaluate(aofOn).outcome()).isEqualTo(Outcome.PASS);
    assertThat(new PersistenceCheck("rdb").evaluate(aofOn).outcome()).isEqualTo(Outcome.ERROR);
    var aofOff =
        new PersistenceCheck.Evidence(
            URL,
            null,
            null,
            null,
            "ERR unknown command `CONFIG`",
            Map.of("aof_enabled", "0"),
            null);
    var j = ANY.evaluate(aofOff);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("refuses CONFIG").contains("RDB snapshotting");
    var nothing =
        new PersistenceCheck.Evidence(
            URL, null, null, null, "NOAUTH Authentication required.", Map.of(), "NOAUTH x");
    assertThat(ANY.evaluate(nothing).outcome()).isEqualTo(Outcome.ERROR);
  }

  @Test
  void requireIsValidated() {
    assertThatThrownBy(() -> new PersistenceCheck("both"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("any, aof or rdb");
    assertThat(new PersistenceCheck(" AOF ").require()).isEqualTo("aof");
  }

  @Test
  void aServerWithAofOnPasses() throws Exception {
    try (Redis redis = Redis.start("requirepass pw", "appendonly yes", "save \"\"")) {
      var probe = RedisProbes.of(redis.url("", "pw"));
      PersistenceCheck.Evidence e = ANY.collect(probe);
      assertThat(e.appendonly()).isEqualTo("yes");
      assertThat(e.save()).isEmpty();
      assertThat(e.info()).containsEntry("aof_enabled", "1").containsKey("redis_version");
      var j = ANY.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("AOF (appendfsync everysec)");
      assertThat(new PersistenceCheck("rdb").evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
    }
  }

  @Test
  void aStockServerTakesRdbSnapshots() throws Exception {
    try (Redis redis = Redis.start()) {
      var j = Probes.run(new PersistenceCheck("rdb"), RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("RDB snapshots (save 3600 1").contains("last save");
    }
  }

  @Test
  void aCacheWithNothingOnDiskFails() throws Exception {
    try (Redis redis = Redis.start("appendonly no", "save \"\"")) {
      var j = Probes.run(ANY, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("only in memory");
    }
  }

  @Test
  void aRenamedConfigLeavesInfoToTell() throws Exception {
    try (Redis aof = Redis.start("rename-command CONFIG \"\"", "appendonly yes")) {
      PersistenceCheck.Evidence e = ANY.collect(RedisProbes.of(aof.url()));
      assertThat(e.configRefused()).contains("unknown command");
      assertThat(ANY.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
    try (Redis rdbOnly = Redis.start("rename-command CONFIG \"\"", "appendonly no")) {
      var j = Probes.run(ANY, RedisProbes.of(rdbOnly.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("refuses CONFIG");
    }
  }

  @Test
  void aUserWithoutConfigRightsStillReadsInfo() throws Exception {
    try (Redis redis =
        Redis.start("user default off", "user app on >app-pw ~* +@all -config", "appendonly yes")) {
      PersistenceCheck.Evidence e = ANY.collect(RedisProbes.of(redis.url("app", "app-pw")));
      assertThat(e.configRefused()).startsWith("NOPERM");
      assertThat(ANY.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aFailedBackgroundSaveFails() throws Exception {
    try (Redis redis = Redis.start("save \"\"", "dbfilename dump.rdb")) {
      // a folder where the snapshot should land makes the rename that ends a save fail
      Files.createDirectories(redis.dir().resolve("dump.rdb").resolve("blocked"));
      assertThat(redis.call("BGSAVE")).contains("Background saving started");
      for (int i = 0; i < 1000 && redis.call("INFO").contains("rdb_bgsave_in_progress:1"); i++) {
        Thread.sleep(20);
      }
      PersistenceCheck.Evidence e =
          new PersistenceCheck("any").collect(RedisProbes.of(redis.url()));
      assertThat(e.info()).containsEntry("rdb_last_bgsave_status", "err");
      // save "" and AOF off: no persistence at all is what it is judged by first
      assertThat(ANY.evaluate(e).outcome()).isEqualTo(Outcome.FAIL);
      redis.call("CONFIG", "SET", "save", "3600 1");
      var j = Probes.run(ANY, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("RDB snapshots (save 3600 1)").contains("save failed");
    }
  }
}
