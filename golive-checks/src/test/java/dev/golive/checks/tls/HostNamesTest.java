package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HostNamesTest {
  @ParameterizedTest(name = "{0} in [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "shop.test        | DNS:shop.test                 | true",
        "SHOP.test.       | DNS:shop.TEST                 | true",
        "www.shop.test    | DNS:*.shop.test               | true",
        "shop.test        | DNS:*.shop.test               | false",
        "a.b.shop.test    | DNS:*.shop.test               | false",
        "shop.test        | DNS:*.test                    | false",
        "www.shop.test    | DNS:w*.shop.test              | false",
        "shop.test        | DNS:other.test DNS:shop.test  | true",
        "127.0.0.1        | IP:127.0.0.1                  | true",
        "127.0.0.1        | DNS:127.0.0.1                 | false",
        "shop.test        | IP:127.0.0.1                  | false",
        "::1              | IP:0:0:0:0:0:0:0:1            | true",
        "[2001:db8::1]    | IP:2001:db8:0:0:0:0:0:1       | true",
        "2001:db8::2      | IP:2001:db8:0:0:0:0:0:1       | false",
        "shop.test        | ''                            | false",
      })
  void matchesAsBrowsersDo(String host, String sans, boolean expected) {
    List<String> list = Arrays.stream(sans.split(" ")).filter(s -> !s.isEmpty()).toList();
    assertThat(HostNames.matches(host, list)).isEqualTo(expected);
  }
}
