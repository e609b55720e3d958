package dev.golive.checks.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Trust;
import dev.golive.checks.redis.AuthCheck.Answer;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.Redis;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthCheckTest {
  private static final AuthCheck CHECK = new AuthCheck();
  private static final String URL = "redis://cache.internal:6379";

  private static AuthCheck.Evidence seen(String ping, String info, String login) {
    return new AuthCheck.Evidence(
        URL, List.of(answer("PING", ping), answer("INFO server", info)), login != null, login);
  }

  private static Answer answer(String command, String reply) {
    boolean answered = !reply.matches("[A-Z]+ .*");
    return new Answer(command, answered, reply);
  }

  @ParameterizedTest(name = "PING {0}, INFO {1}, login {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "NOAUTH Authentication required. | NOAUTH Authentication required. | -        | PASS",
        "NOAUTH Authentication required. | NOAUTH Authentication required. | accepted | PASS",
        "NOPERM this user has no permissions to run the 'ping' command | NOPERM no | - | PASS",
        "PONG | answered with 600 characters | -                                       | FAIL",
        "PONG | answered with 600 characters | accepted                                | FAIL",
        "PONG | NOPERM this user has no permissions to run the 'info' command | -     | WARN",
        "NOAUTH Authentication required. | NOAUTH Authentication required. | WRONGPASS invalid username-password pair or user is disabled. | ERROR",
        "LOADING Redis is loading the dataset in memory | LOADING Redis is loading | - | ERROR",
      })
  void judgesWhatAClientWithoutALoginGets(
      String ping, String info, String login, Outcome expected) {
    assertThat(CHECK.evaluate(seen(ping, info, login)).outcome()).isEqualTo(expected);
  }

  @Test
  void protectedModeAloneIsNoPassword() {
    var e =
        new AuthCheck.Evidence(
            URL,
            List.of(new Answer("PING", false, "DENIED Redis is running in protected mode")),
            false,
            null);
    var j = CHECK.evaluate(e);
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("has no password").contains("DENIED");
  }

  @Test
  void aStockServerAnswersAnyone() throws Exception {
    try (Redis redis = Redis.start()) {
      var j = Probes.run(CHECK, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains(redis.url()).contains("answers INFO");
    }
  }

  @Test
  void requirepassRefusesAndTheUrlPasswordLogsIn() throws Exception {
    try (Redis redis = Redis.start("requirepass s3cret-Pw")) {
      var noLogin = Probes.run(CHECK, RedisProbes.of(redis.url()));
      assertThat(noLogin.outcome()).isEqualTo(Outcome.PASS);
      assertThat(noLogin.message()).contains("NOAUTH");

      AuthCheck.Evidence e = CHECK.collect(RedisProbes.of(redis.url("", "s3cret-Pw")));
      assertThat(e.login()).isEqualTo("accepted");
      assertThat(e.url()).isEqualTo("redis://:***@127.0.0.1:" + redis.port());
      assertThat(CHECK.evaluate(e).message()).contains("accepts the URL's login");
    }
  }

  @Test
  void aWrongPasswordIsAnErrorThatNeverShowsIt() throws Exception {
    try (Redis redis = Redis.start("requirepass s3cret-Pw")) {
      AuthCheck.Evidence e = CHECK.collect(RedisProbes.of(redis.url("", "not-the-Pw")));
      var j = CHECK.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(j.message()).contains("rejects the user and password").contains("WRONGPASS");
      assertThat(j.message() + e).doesNotContain("not-the-Pw").doesNotContain("s3cret-Pw");
    }
  }

  @Test
  void aclUsersLogInByName() throws Exception {
    try (Redis redis = Redis.start("user default off", "user app on >app-Pw ~* +@all")) {
      var j = Probes.run(CHECK, RedisProbes.of(redis.url("app", "app-Pw")));
      assertThat(j.outcome()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("redis://app:***@");
      var wrongUser = Probes.run(CHECK, RedisProbes.of(redis.url("ops", "app-Pw")));
      assertThat(wrongUser.outcome()).isEqualTo(Outcome.ERROR);
    }
  }

  @Test
  void aDefaultUserAllowedOnlyPingIsAWarning() throws Exception {
    try (Redis redis = Redis.start("user default on nopass -@all +ping")) {
      var j = Probes.run(CHECK, RedisProbes.of(redis.url()));
      assertThat(j.outcome()).isEqualTo(Outcome.WARN);
      assertThat(j.message()).contains("answers PING").contains("NOPERM");
    }
  }

  @Test
  void thePasswordComesFromTheEnvironment() throws Exception {
    try (Redis redis = Redis.start("requirepass from-env-Pw")) {
      String url = "redis://:${CACHE_PASSWORD}@127.0.0.1:" + redis.port();
      RedisUrl parsed = RedisUrl.parse(url, Map.of("CACHE_PASSWORD", "from-env-Pw"));
      RedisFacts f = RedisFacts.visit(parsed, RedisProbes.of(url));
      assertThat(f.login()).isEqualTo("accepted");
      assertThat(f.url()).doesNotContain("from-env-Pw");
      assertThatThrownBy(() -> Probes.run(CHECK, RedisProbes.of(url)))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("CACHE_PASSWORD");
    }
  }

  @Test
  void rejectsOverTlsWithTheAuditsTrust(@TempDir Path dir) throws Exception {
    Certificates.Authority ca = Certificates.authority("golive test CA");
    try (Redis redis =
        Redis.tls(ca.issue(Certificates.Spec.valid("127.0.0.1")), "requirepass tls-Pw")) {
      var trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
      AuthCheck.Evidence e = CHECK.collect(RedisProbes.of(redis.url("", "tls-Pw"), trust));
      assertThat(e.url()).startsWith("rediss://");
      assertThat(CHECK.evaluate(e).outcome()).isEqualTo(Outcome.PASS);

      assertThatThrownBy(() -> CHECK.collect(RedisProbes.of(redis.url())))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("TLS handshake");
      String plain = "redis://127.0.0.1:" + redis.port();
      assertThatThrownBy(() -> CHECK.collect(RedisProbes.of(plain)))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("try rediss://");
    }
  }

  @Test
  void nothingListeningIsAProbeError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "redis://127.0.0.1:" + port;
    assertThatThrownBy(() -> CHECK.collect(RedisProbes.of(url)))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("nothing listens at 127.0.0.1:" + port);
  }

  @Test
  void aServerThatStallsGivesUpAtTheDeadline() throws Exception {
    try (RawServer stall = RawServer.plain(RawServer.stall())) {
      String url = "redis://127.0.0.1:" + stall.port();
      var probe = RedisProbes.of(url, Trust.system(), Duration.ofSeconds(1));
      assertThatThrownBy(() -> CHECK.collect(probe))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("in time");
    }
  }

  @Test
  void somethingElseThanRedisIsNamed() throws Exception {
    try (RawServer http =
        RawServer.plain(
            s -> {
              s.getInputStream().read();
              s.getOutputStream()
                  .write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            })) {
      String url = "redis://127.0.0.1:" + http.port();
      assertThatThrownBy(() -> CHECK.collect(RedisProbes.of(url)))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("does not speak the Redis protocol");
    }
  }
}
