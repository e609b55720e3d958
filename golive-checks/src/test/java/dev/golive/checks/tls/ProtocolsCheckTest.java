package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.core.model.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProtocolsCheckTest {
  private static final ProtocolsCheck CHECK = new ProtocolsCheck();
  private static final List<String> ALL =
      List.of("TLSv1.3", "TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3", "SSLv2");

  /** Evidence where exactly {@code accepted} (space-separated) were accepted. */
  static ProtocolEvidence accepting(String accepted) {
    List<String> yes = Arrays.asList(accepted.trim().split(" +"));
    List<ProtocolEvidence.Protocol> rows = new ArrayList<>();
    for (String n : ALL) {
      rows.add(
          yes.contains(n)
              ? new ProtocolEvidence.Protocol(n, true, "chose TLS_AES_128_GCM_SHA256")
              : new ProtocolEvidence.Protocol(n, false, "sent the alert protocol_version"));
    }
    return new ProtocolEvidence("shop.test", 443, rows);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TLSv1.3 TLSv1.2           | PASS | shop.test:443 offers TLSv1.3 and TLSv1.2 and nothing older",
        "TLSv1.3                   | PASS | shop.test:443 offers TLSv1.3 and nothing older",
        "TLSv1.2                   | PASS | shop.test:443 offers TLSv1.2 and nothing older",
        "TLSv1.2 TLSv1.1           | FAIL | shop.test:443 accepts TLSv1.1",
        "TLSv1.3 TLSv1.2 TLSv1     | FAIL | shop.test:443 accepts TLSv1",
        "TLSv1                     | FAIL | shop.test:443 accepts TLSv1",
        "TLSv1.2 TLSv1.1 TLSv1 SSLv3 SSLv2 | FAIL | shop.test:443 accepts SSLv2, SSLv3, TLSv1 and TLSv1.1",
        "none                      | ERROR | shop.test:443 accepted no SSL or TLS version",
      })
  void judgesTheAcceptedVersions(String accepted, Outcome expected, String message) {
    var j = CHECK.evaluate(accepting(accepted));
    assertThat(j.outcome()).isEqualTo(expected);
    assertThat(j.message()).isEqualTo(message);
  }

  @Test
  void evidenceSurvivesJson() {
    ProtocolEvidence e = accepting("TLSv1.2 TLSv1");
    assertThat(Evidence.fromMap(Evidence.toMap(e), ProtocolEvidence.class)).isEqualTo(e);
  }
}
