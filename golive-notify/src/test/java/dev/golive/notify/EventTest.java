package dev.golive.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.score.Verdict;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dedupe keys and the JSON form of events. */
class EventTest {
  @Test
  void keysNameTheKindTheProjectAndTheHappening() {
    assertThat(Samples.verdictChanged().key()).isEqualTo("verdict-changed/shop/a-1042");
    assertThat(Samples.contradiction().key())
        .isEqualTo("new-contradiction/shop/a1b2c3d4e5f6/a-1042");
    assertThat(Samples.regression().key()).isEqualTo("regression/shop/a1b2c3d4e5f6/a-1043");
    assertThat(Samples.certificate(7).key())
        .isEqualTo("certificate-expiring/shop/shop.test/2026-03-01/d7");
    assertThat(Samples.waiver(3).key())
        .isEqualTo("waiver-expiring/shop/0f0e0d0c0b0a/2026-03-01/d3");
  }

  @Test
  void keysDoNotDependOnWhatIsOnlyShown() {
    Event.NewContradiction a = Samples.contradiction();
    Event.NewContradiction b =
        new Event.NewContradiction(
            "shop",
            new Event.Item(a.item().id(), "reworded", "Elsewhere"),
            "http.hsts",
            "another message",
            "a-1042",
            "https://golive.test/x");
    assertThat(b.key()).isEqualTo(a.key());
  }

  @ParameterizedTest
  @CsvSource({
    "45, 60", "31, 60", "30, 30", "29, 30", "15, 30", "14, 14", "8, 14", "7, 7", "4, 7", "3, 3",
    "2, 3", "1, 1", "0, 0", "-5, 0"
  })
  void expiriesAreNotifiedOncePerStage(long daysLeft, long stage) {
    assertThat(Event.Keys.stage(daysLeft)).isEqualTo(stage);
  }

  @Test
  void aCertificateIsNotifiedAgainOnlyWhenItEntersAStageOrIsRenewed() {
    assertThat(Samples.certificate(13).key()).isEqualTo(Samples.certificate(9).key());
    assertThat(Samples.certificate(7).key()).isNotEqualTo(Samples.certificate(8).key());
    Event.CertificateExpiring renewed =
        new Event.CertificateExpiring(
            "shop", "SHOP.test", 13, java.time.Instant.parse("2026-06-01T00:00:00Z"), null);
    assertThat(renewed.key()).isNotEqualTo(Samples.certificate(13).key()).contains("/shop.test/");
  }

  @Test
  void partsCannotForgeAnotherKeyAndLongKeysEndInAHash() {
    Event a = new Event.VerdictChanged("a/b", Verdict.GO, Verdict.NO_GO, "c", null);
    Event b = new Event.VerdictChanged("a", Verdict.GO, Verdict.NO_GO, "b/c", null);
    assertThat(a.key()).isEqualTo("verdict-changed/a%2Fb/c").isNotEqualTo(b.key());

    Event longer = new Event.VerdictChanged("p".repeat(1000), Verdict.GO, Verdict.NO_GO, "1", null);
    Event other = new Event.VerdictChanged("p".repeat(1000), Verdict.GO, Verdict.NO_GO, "2", null);
    assertThat(longer.key()).hasSize(Event.Keys.MAX_LENGTH).isNotEqualTo(other.key());
  }

  @Test
  void everyKindGoesToJsonAndBack() {
    for (Event e : Samples.everyKind()) {
      Map<String, Object> fields = EventJson.fields(e);
      assertThat(fields.get("event")).isEqualTo(e.kind().id());
      assertThat(fields.get("key")).isEqualTo(e.key());
      assertThat(EventJson.read(fields)).isEqualTo(e);
    }
  }

  @Test
  void jsonThatIsNotAnEventSaysWhy() {
    assertThatThrownBy(() -> EventJson.read(Map.of("event", "launch")))
        .hasMessage("unknown event kind 'launch'");
    assertThatThrownBy(
            () ->
                EventJson.read(
                    Map.of(
                        "event",
                        "certificate-expiring",
                        "project",
                        "p",
                        "host",
                        "h",
                        "daysLeft",
                        3)))
        .hasMessage("the event has no 'notAfter'");
    assertThatThrownBy(
            () -> EventJson.read(Map.of("event", "verdict-changed", "project", "p", "from", "GO")))
        .hasMessage("unknown verdict 'null'");
    assertThatThrownBy(() -> new Event.VerdictChanged(" ", Verdict.GO, Verdict.GO, "a", null))
        .hasMessage("an event needs its project");
  }
}
