package dev.golive.checks.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.config.Values.Flag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "True | ON",
        "1 | ON",
        "yes | ON",
        "'true' | ON",
        "(true) | ON",
        "False | OFF",
        "0 | OFF",
        "off | OFF",
        "`` | OFF",
        "None | OFF",
        "(false) | OFF",
        "verbose | UNCLEAR",
        "app:* | UNCLEAR",
      })
  void readsYesAndNo(String value, Flag expected) {
    assertThat(Values.flag(value)).isEqualTo(expected);
  }

  @Test
  void splitsListsAsAppsWriteThem() {
    assertThat(Values.split("a.example, b.example")).containsExactly("a.example", "b.example");
    assertThat(Values.split("[\"a\", 'b']")).containsExactly("a", "b");
    assertThat(Values.split("a b;c")).containsExactly("a", "b", "c");
    assertThat(Values.split(" , ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "localhost",
        "api.localhost",
        "127.0.0.1",
        "10.1.2.3",
        "172.31.255.1",
        "192.168.0.1",
        "169.254.169.254",
        "[::1]",
        "fd00::1",
        "db",
        "cache.internal",
        "printer.local",
        "box.lan"
      })
  void internalHosts(String host) {
    assertThat(Values.isInternalHost(host)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"shop.example", "8.8.8.8", "172.32.0.1", "2001:db8::1", "1.2.3"})
  void publicHosts(String host) {
    assertThat(Values.isInternalHost(host)).isFalse();
  }

  @Test
  void measuresWithoutKeepingTheValue() {
    assertThat(Values.classes("aB3$")).isEqualTo(4);
    assertThat(Values.classes("abc")).isEqualTo(1);
    assertThat(Values.distinct("aabbc")).isEqualTo(3);
    assertThat(Values.bitsPerChar("aaaa")).isEqualTo(0.0);
    assertThat(Values.bitsPerChar("abcd")).isEqualTo(2.0);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "changeme",
        "CHANGE_ME",
        "your-secret-key",
        "<insert key>",
        "{{ secret }}",
        "${SECRET}",
        "sk_live_xxxxxxxxxxxx",
        "****",
        "replace this with a real key",
        "super-secret-key",
        "todo"
      })
  void placeholders(String value) {
    assertThat(Values.placeholder(value)).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"k9#x2@m!p$7q-Zr4", "3f9a1c7e5b2d8f4a", "sk_live_51HxQ2eK9vTq8"})
  void notPlaceholders(String value) {
    assertThat(Values.placeholder(value)).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"password", "P@ssw0rd", "Password123!", "admin2024", "postgres", "123456", "r00t"})
  void commonPasswords(String value) {
    assertThat(Values.isCommonPassword(value)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Tq9-vL2$mW7!xR4&", "correct-horse-battery-staple"})
  void uncommonPasswords(String value) {
    assertThat(Values.isCommonPassword(value)).isFalse();
  }
}
