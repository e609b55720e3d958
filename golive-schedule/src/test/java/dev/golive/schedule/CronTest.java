package dev.golive.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CronTest {
  private static final Instant NEW_YEAR = Instant.parse("2027-01-01T00:00:00Z");

  @Test
  void fiveFieldsAreCrontabsWithTheMinuteFirst() {
    AuditSchedule nightly = AuditSchedule.utc("shop", "30 3 * * *");
    assertThat(nightly.nextAfter(NEW_YEAR)).isEqualTo(Instant.parse("2027-01-01T03:30:00Z"));
  }

  @Test
  void sixFieldsStartWithSeconds() {
    AuditSchedule often = AuditSchedule.utc("shop", "*/5 * * * * *");
    assertThat(often.nextAfter(NEW_YEAR)).isEqualTo(Instant.parse("2027-01-01T00:00:05Z"));
  }

  @Test
  void theNextSlotIsStrictlyLater() {
    AuditSchedule often = AuditSchedule.utc("shop", "*/5 * * * * *");
    Instant slot = Instant.parse("2027-01-01T00:00:05Z");
    assertThat(often.nextAfter(slot)).isEqualTo(Instant.parse("2027-01-01T00:00:10Z"));
  }

  @Test
  void slotsAreWholeSecondsWhateverTheTimeAskedAbout() {
    AuditSchedule often = AuditSchedule.utc("shop", "* * * * * *");
    assertThat(often.nextAfter(NEW_YEAR.plusMillis(391)))
        .isEqualTo(Instant.parse("2027-01-01T00:00:01Z"));
  }

  @Test
  void aliasesNameTheUsualRhythms() {
    assertThat(AuditSchedule.utc("shop", "@daily").nextAfter(NEW_YEAR))
        .isEqualTo(Instant.parse("2027-01-02T00:00:00Z"));
    assertThat(AuditSchedule.utc("shop", "@HOURLY").nextAfter(NEW_YEAR))
        .isEqualTo(Instant.parse("2027-01-01T01:00:00Z"));
  }

  @Test
  void hoursAreReadInTheScheduleZone() {
    AuditSchedule tashkent = new AuditSchedule("shop", "0 9 * * *", ZoneId.of("Asia/Tashkent"));
    assertThat(tashkent.nextAfter(NEW_YEAR)).isEqualTo(Instant.parse("2027-01-01T04:00:00Z"));
  }

  @Test
  void aWrongExpressionSaysWhichProjectAndWhy() {
    assertThatThrownBy(() -> AuditSchedule.utc("shop", "every day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "schedule of shop: 'every day' has 2 fields; a cron expression has 5 (minute hour day"
                + " month weekday) or 6 (with seconds first)");
    assertThatThrownBy(() -> AuditSchedule.utc("shop", "61 * * * *"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("schedule of shop: '61 * * * *' is not a cron expression");
    assertThatThrownBy(() -> AuditSchedule.utc("shop", " "))
        .hasMessage("schedule of shop: the cron expression is empty");
  }

  @Test
  void aSlotIdHoldsItsTimeAndProject() {
    Slot slot = new Slot("shop:eu", Instant.parse("2027-01-01T00:00:05Z"));
    assertThat(slot.id()).isEqualTo("1798761605:shop:eu");
    assertThat(Slot.parse(slot.id())).isEqualTo(slot);
  }
}
