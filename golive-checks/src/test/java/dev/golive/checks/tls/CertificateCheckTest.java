package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.checks.Judgement;
import dev.golive.core.model.Outcome;
import org.junit.jupiter.api.Test;

class CertificateCheckTest {
  private static final CertificateCheck CHECK = new CertificateCheck();

  @Test
  void aTrustedCurrentCertificateForTheHostPasses() {
    Judgement j = CHECK.evaluate(Facts.trusted(Facts.leaf(), Facts.root()));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message())
        .isEqualTo(
            "the certificate of shop.test:443 is trusted, names shop.test and is valid until"
                + " 2026-06-01T00:00:00Z");
  }

  @Test
  void expiredSaysWhenAndNotAlsoUntrustedForTheSameReason() {
    CertificateFacts old =
        Facts.withDates(Facts.leaf(), "2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    Judgement j = CHECK.evaluate(Facts.untrusted(CertificateEvidence.EXPIRED, old));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo("the certificate of shop.test:443 expired on 2026-02-01T00:00:00Z");
  }

  @Test
  void notYetValidFails() {
    CertificateFacts early =
        Facts.withDates(Facts.leaf(), "2026-04-01T00:00:00Z", "2027-04-01T00:00:00Z");
    Judgement j = CHECK.evaluate(Facts.trusted(early));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("is not valid before 2026-04-01T00:00:00Z");
  }

  @Test
  void anUntrustedChainFailsWithTheReason() {
    Judgement j =
        CHECK.evaluate(
            Facts.untrusted(
                "the certificate is self-signed and not in the trust store", Facts.leaf()));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "the certificate of shop.test:443 is not trusted: the certificate is self-signed and"
                + " not in the trust store");
  }

  @Test
  void aCertificateForOtherNamesFailsAndListsThem() {
    CertificateFacts other = Facts.withSans(Facts.leaf(), "DNS:other.test", "IP:10.0.0.1");
    Judgement j = CHECK.evaluate(Facts.trusted(other));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "the certificate of shop.test:443 does not name shop.test (it names DNS:other.test,"
                + " IP:10.0.0.1)");
  }

  @Test
  void aCertificateWithoutAlternativeNamesNamesNoHostWhateverItsCommonName() {
    Judgement j = CHECK.evaluate(Facts.trusted(Facts.withSans(Facts.leaf())));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("names no host");
  }

  @Test
  void everyProblemIsNamed() {
    CertificateFacts bad =
        Facts.withSans(
            Facts.withDates(Facts.leaf(), "2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z"),
            "DNS:other.test");
    Judgement j = CHECK.evaluate(Facts.untrusted("no chain leads from it to a trusted root", bad));
    assertThat(j.message())
        .isEqualTo(
            "the certificate of shop.test:443 expired on 2026-02-01T00:00:00Z; it is not trusted:"
                + " no chain leads from it to a trusted root; it does not name shop.test (it names"
                + " DNS:other.test)");
  }

  @Test
  void evidenceSurvivesJson() {
    CertificateEvidence e = Facts.untrusted("why", Facts.leaf(), Facts.root());
    assertThat(Evidence.fromMap(Evidence.toMap(e), CertificateEvidence.class)).isEqualTo(e);
    assertThat(Evidence.toMap(e)).doesNotContainKey("leaf");
  }
}
