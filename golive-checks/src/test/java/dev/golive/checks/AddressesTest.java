package dev.golive.checks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Addresses.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AddressesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "*, ALL",
    "0.0.0.0, ALL",
    "::, ALL",
    "-::*, ALL",
    "'', ALL",
    "127.0.0.1, LOOPBACK",
    "127.0.1.1, LOOPBACK",
    "-::1, LOOPBACK",
    "localhost, LOOPBACK",
    "10.1.2.3, PRIVATE",
    "172.16.0.1, PRIVATE",
    "172.31.255.1, PRIVATE",
    "192.168.1.10, PRIVATE",
    "169.254.1.1, PRIVATE",
    "100.64.0.1, PRIVATE",
    "fd12:3456::1, PRIVATE",
    "fe80::1%eth0, PRIVATE",
    "::ffff:10.0.0.1, PRIVATE",
    "172.32.0.1, PUBLIC",
    "8.8.8.8, PUBLIC",
    "2001:db8::1, PUBLIC",
    "cache.example.com, PUBLIC",
  })
  void tellsTheKindFromTheTextAlone(String address, Kind expected) {
    assertThat(Addresses.of(address)).isEqualTo(expected);
  }
}
