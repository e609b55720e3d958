package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.core.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyCheckTest {
  private static final KeyCheck DEFAULTS = new KeyCheck(2048, 256);

  @ParameterizedTest(name = "{0} {1} {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "RSA     | 2048 | SHA256withRSA           | PASS",
        "RSA     | 4096 | SHA384withRSA           | PASS",
        "RSA     | 1024 | SHA256withRSA           | FAIL",
        "RSA     | 2047 | SHA256withRSA           | FAIL",
        "DSA     | 1024 | SHA256withDSA           | FAIL",
        "EC      |  256 | SHA256withECDSA         | PASS",
        "EC      |  384 | SHA384withECDSA         | PASS",
        "EC      |  224 | SHA256withECDSA         | FAIL",
        "Ed25519 |  255 | Ed25519                 | PASS",
        "RSA     | 2048 | SHA256withRSASSA-PSS    | PASS",
        "RSA     | 2048 | SHA1withRSASSA-PSS      | FAIL",
        "RSA     | 2048 | SHA1withRSA             | FAIL",
        "RSA     | 2048 | MD5withRSA              | FAIL",
        "RSA     | 2048 | MD2withRSA              | FAIL",
        "RSA     | 2048 | SHA224withRSA           | FAIL",
        "EC      |  256 | SHA1withECDSA           | FAIL",
        "RSA     | 2048 | SHA3-256withRSA         | PASS",
      })
  void judgesTheLeafKeyAndSignature(String type, int bits, String signature, Outcome expected) {
    var j = DEFAULTS.evaluate(Facts.trusted(Facts.withKey(Facts.leaf(), type, bits, signature)));
    assertThat(j.outcome()).as(j.message()).isEqualTo(expected);
  }

  @Test
  void namesWhatIsWrong() {
    var weak = Facts.withKey(Facts.leaf(), "RSA", 1024, "SHA1withRSA");
    assertThat(DEFAULTS.evaluate(Facts.trusted(weak)).message())
        .isEqualTo(
            "the certificate of shop.test:443 has a RSA 1024-bit key, shorter than 2048 bits and"
                + " is signed with SHA1withRSA");
  }

  @Test
  void aRootsOwnSha1SignatureDoesNotCountButAnIntermediatesDoes() {
    assertThat(DEFAULTS.evaluate(Facts.trusted(Facts.leaf(), Facts.root())).outcome())
        .isEqualTo(Outcome.PASS);
    var intermediate =
        new CertificateFacts(
            "CN=Issuing CA",
            "CN=Test CA",
            java.util.List.of(),
            "2020-01-01T00:00:00Z",
            "2030-01-01T00:00:00Z",
            "RSA",
            2048,
            "SHA1withRSA",
            "02");
    var j = DEFAULTS.evaluate(Facts.trusted(Facts.leaf(), intermediate, Facts.root()));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message()).contains("has an intermediate (CN=Issuing CA) signed with SHA1withRSA");
  }

  @Test
  void aPassNamesKeyAndSignature() {
    assertThat(DEFAULTS.evaluate(Facts.trusted(Facts.leaf())).message())
        .isEqualTo(
            "the certificate of shop.test:443 has a RSA 2048-bit key and is signed with"
                + " SHA256withRSA");
  }

  @Test
  void limitsAreChecked() {
    assertThatThrownBy(() -> new KeyCheck(100, 256))
        .hasMessage("'min-rsa-bits' must be between 512 and 16384");
    assertThat(new KeyCheck(4096, 384).evaluate(Facts.trusted(Facts.leaf())).outcome())
        .isEqualTo(Outcome.FAIL);
  }
}
