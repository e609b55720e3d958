package dev.golive.checks.redis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Probes;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Redis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExposureCheckTest {
  private static final ExposureCheck CHECK = new ExposureCheck();
  private static final String URL = "redis://cache.internal:6379";

  @ParameterizedTest(name = "bind ''{0}'', protected-mode {1}, open {2}, reached {3} -> {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "127.0.0.1 -::1        | yes | true  | 127.0.0.1     | PASS",
        "127.0.0.1             | no  | true  | 127.0.0.1     | PASS",
        "10.0.3.7 127.0.0.1    | yes | false | 10.0.3.7      | PASS",
        "fd00::12              | no  | false | fd00::12      | PASS",
        "10.0.3.7              | no  | true  | 10.0.3.7      | WARN",
        "* -::*                | no  | true  | 10.0.3.7      | FAIL",
        "0.0.0.0               | no  | true  | 10.0.3.7      | FAIL",
        "''                    | no  | true  | 10.0.3.7      | FAIL",
        "203.0.113.9           | no  | true  | 203.0.113.9   | FAIL",
        "::                    | no  | true  | 10.0.3.7      | FAIL",
        "* -::*                | yes | true  | 10.0.3.7      | WARN",
        "0.0.0.0               | no  | false | 10.0.3.7      | WARN",
        "0.0.0.0               | yes | false | 10.0.3.7      | WARN",
        "0.0.0.0               | no  | -     | 10.0.3.7      | ERROR",
        "10.0.3.7              | yes | false | 198.51.100.20 | WARN",
        "10.0.3.7              | no  | true  | 198.51.100.20 | FAIL",
      })
  void judgesWhereItListensAndWhatGuardsIt(
      String bind, String protectedMode, Boolean open, String reached, Outcome expected) {
    var e = new ExposureCheck.Evidence(URL, reached, bind, protectedMode, null, open);
    assertThat(CHECK.evaluate(e).outcome()).isEqualTo(expected);
  }

  @Test
  void theMessageSaysWhereAndWhy() {
    var open = new ExposureCheck.Evidence(URL, "10.0.3.7", "0.0.0.0", "no", null, true);
    assertThat(CHECK.evaluate(open).message())
        .contains("every interface (bind 0.0.0.0)")
        .contains("protected mode off and no password");
    var guarded = new ExposureCheck.Evidence(URL, "10.0.3.7", "* -::*", "no", null, false);
    assertThat(CHECK.evaluate(guarded).message()).contains("only its password keeps clients out");
  }

  @Test
  void withoutConfigOnlyAPublicAddressDecides() {
    String refused = "ERR unknown command `CONFIG`";
    var local = new ExposureCheck.Evidence(URL, "127.0.0.1", null, null, refused, false);
    var j = CHECK.evaluate(local);
    assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
    assertThat(j.message()).contains("refuses CONFIG").contains("127.0.0.1");
    var publicOpen = new ExposureCheck.Evidence(URL, "198.51.100.20", null, null, refused, true);
    assertThat(CHECK.evaluate(publicOpen).outcome()).isEqualTo(Outcome.FAIL);
    var publicDenied =
        new ExposureCheck.Evidence(URL, "198.51.100.20", null, "yes", "DENIED Redis is", true);
    assertThat(CHECK.evaluate(publicDenied).outcome()).isEqualTo(Outcome.WARN);
  }

  @Test
  void aServerOnLoopbackPasses() throws Exception {
    try (Redis redis = Redis.start("bind 127.0.0.1 -::1", "protected-mode yes")) {
      ExposureCheck.Evidence e = CHECK.collect(RedisProbes.of(redis.url()));
      assertThat(e.bind()).isEqualTo("127.0.0.1 -::1");
      assertThat(e.protectedMode()).isEqualTo("yes");
      assertThat(e.address()).isEqualTo("127.0.0.1");
      assertThat(e.openWithoutLogin()).isTrue();
      var j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("only on loopback addresses (bind 127.0.0.1 -::1");
    }
  }

  @Test
  void aPasswordIsSeenAsWhatKeepsClientsOut() throws Exception {
    try (Redis redis = Redis.start("requirepass pw", "protected-mode no")) {
      ExposureCheck.Evidence e = CHECK.collect(RedisProbes.of(redis.url("", "pw")));
      assertThat(e.openWithoutLogin()).isFalse();
      assertThat(e.protectedMode()).isEqualTo("no");
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void aRefusedConfigCannotDecide() throws Exception {
    try (Redis redis = Redis.start("rename-command CONFIG \"\"")) {
      var j = Probes.run(CHECK, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("refuses CONFIG").contains("unknown command");
    }
    try (Redis redis = Redis.start("requirepass pw")) {
      var j = Probes.run(CHECK, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("NOAUTH");
    }
  }
}
