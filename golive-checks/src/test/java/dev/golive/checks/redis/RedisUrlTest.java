package dev.golive.checks.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedisUrlTest {
  private static final Map<String, String> ENV = Map.of("REDIS_PASSWORD", "p@ss/w:rd%");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "redis://cache.internal                      | false | cache.internal | 6379 | -    | -       | redis://cache.internal:6379",
        "redis://127.0.0.1:6380/2                    | false | 127.0.0.1      | 6380 | -    | -       | redis://127.0.0.1:6380/2",
        "rediss://default:pw@host.upstash.io:6379    | true  | host.upstash.io| 6379 | default | pw   | rediss://default:***@host.upstash.io:6379",
        "redis://:pw@cache:6379/0                    | false | cache          | 6379 | -    | pw      | redis://:***@cache:6379/0",
        "redis://pw@cache                            | false | cache          | 6379 | -    | pw      | redis://:***@cache:6379",
        "REDIS://[::1]:7000                          | false | ::1            | 7000 | -    | -       | redis://[::1]:7000",
        "redis://app:p%40ss%2F1@cache:6379?timeout=5 | false | cache          | 6379 | app  | p@ss/1  | redis://app:***@cache:6379",
        "redis://app@cache                           | false | cache          | 6379 | -    | app     | redis://:***@cache:6379",
      })
  void readsTheUrlAsRedisClientsDo(
      String written,
      boolean tls,
      String host,
      int port,
      String user,
      String password,
      String shown)
      throws Exception {
    RedisUrl url = RedisUrl.parse(written, Map.of());
    assertThat(url.tls()).isEqualTo(tls);
    assertThat(url.host()).isEqualTo(host);
    assertThat(url.port()).isEqualTo(port);
    assertThat(url.user()).isEqualTo(user);
    assertThat(url.password()).isEqualTo(password);
    assertThat(url.toString()).isEqualTo(shown);
  }

  @Test
  void thePasswordComesFromTheEnvironmentAsItIs() throws Exception {
    RedisUrl url = RedisUrl.parse("redis://app:${REDIS_PASSWORD}@cache:6379", ENV);
    assertThat(url.password()).isEqualTo("p@ss/w:rd%");
    assertThat(url.user()).isEqualTo("app");
    assertThat(url.toString()).isEqualTo("redis://app:***@cache:6379");
  }

  @Test
  void anUnsetVariableIsNamed() {
    assertThatThrownBy(() -> RedisUrl.parse("redis://:${CACHE_PW}@cache", Map.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("CACHE_PW")
        .hasMessageContaining("is not set");
  }

  @Test
  void otherUrlsAreRefusedWithoutShowingTheirPassword() {
    assertThatThrownBy(() -> RedisUrl.parse("http://u:hunter2@cache:6379", Map.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("not a redis:// or rediss:// URL")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> RedisUrl.parse("redis://:hunter2@cache:port", Map.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("'port' is not a port number")
        .hasMessageNotContaining("hunter2");
    assertThatThrownBy(() -> RedisUrl.parse("redis://:hunter2@:6379", Map.of()))
        .isInstanceOf(ProbeException.class)
        .hasMessageContaining("no host");
  }
}
