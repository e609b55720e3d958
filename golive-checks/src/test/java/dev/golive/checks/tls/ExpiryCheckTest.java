package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpiryCheckTest {
  private static final ExpiryCheck DEFAULTS = new ExpiryCheck(30, 60);

  // the leaf ends 2026-06-01T00:00:00Z
  @ParameterizedTest(name = "checked {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-01T12:00:00Z | PASS | expires on 2026-06-01T00:00:00Z, in 91 days",
        "2026-04-02T00:00:00Z | PASS | in 60 days",
        "2026-04-02T00:00:01Z | WARN | in 59 days: renew it soon (warning below 60 days)",
        "2026-05-02T00:00:00Z | WARN | in 30 days: renew it soon",
        "2026-05-02T00:00:01Z | FAIL | in 29 days, fewer than the 30 required",
        "2026-05-31T23:00:00Z | FAIL | in 0 days",
        "2026-06-01T01:00:00Z | FAIL | expired on 2026-06-01T00:00:00Z",
        "2026-06-02T01:00:00Z | FAIL | expired on 2026-06-01T00:00:00Z, 1 day before the check",
        "2026-06-03T00:00:00Z | FAIL | expired on 2026-06-01T00:00:00Z, 2 days before the check",
      })
  void countsWholeDaysLeft(String checkedAt, Outcome expected, String says) {
    var j = DEFAULTS.evaluate(Facts.at(checkedAt, Facts.leaf()));
    assertThat(j.outcome()).as(j.message()).isEqualTo(expected);
    assertThat(j.message()).startsWith("the certificate of shop.test:443 ").contains(says);
  }

  @Test
  void warnDaysZeroNeverWarns() {
    var j = new ExpiryCheck(30, 0).evaluate(Facts.at("2026-05-01T00:00:00Z", Facts.leaf()));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
  }

  @Test
  void negativeDaysAreRefused() {
    assertThatThrownBy(() -> new ExpiryCheck(-1, 60))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'min-days' must be 0 or more");
  }
}
