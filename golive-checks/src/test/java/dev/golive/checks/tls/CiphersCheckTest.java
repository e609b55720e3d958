package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Evidence;
import dev.golive.checks.tls.CipherEvidence.Suite;
import dev.golive.core.model.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weak suites a JDK server cannot offer (SSLv2, EXPORT1024, IDEA, Kerberos ...) are judged here.
 */
class CiphersCheckTest {
  private static final CiphersCheck CHECK = new CiphersCheck();

  private static CipherEvidence accepted(Suite... weak) {
    return new CipherEvidence("shop.test", 443, List.of("TLSv1.2", "TLSv1"), List.of(weak));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "TLS_RSA_WITH_NULL_MD5                     | NULL",
        "TLS_ECDHE_RSA_WITH_NULL_SHA               | NULL",
        "TLS_DH_anon_WITH_AES_256_GCM_SHA384       | anonymous",
        "TLS_ECDH_anon_WITH_NULL_SHA               | NULL anonymous",
        "TLS_RSA_EXPORT_WITH_RC4_40_MD5            | EXPORT RC4",
        "TLS_RSA_EXPORT1024_WITH_DES_CBC_SHA       | EXPORT 64-bit block",
        "TLS_DH_anon_EXPORT_WITH_DES40_CBC_SHA     | anonymous EXPORT 64-bit block",
        "TLS_ECDHE_RSA_WITH_RC4_128_SHA            | RC4",
        "TLS_RSA_WITH_3DES_EDE_CBC_SHA             | 64-bit block",
        "TLS_RSA_WITH_IDEA_CBC_SHA                 | 64-bit block",
        "TLS_RSA_WITH_DES_CBC_SHA                  | 64-bit block",
        "TLS_KRB5_EXPORT_WITH_RC2_CBC_40_MD5       | EXPORT 64-bit block",
        "SSL_CK_RC4_128_WITH_MD5                   | RC4",
        "SSL_CK_DES_192_EDE3_CBC_WITH_MD5          | 64-bit block",
        "SSL_CK_RC2_128_CBC_EXPORT40_WITH_MD5      | EXPORT 64-bit block",
        "SSL_CK_IDEA_128_CBC_WITH_MD5              | 64-bit block",
      })
  void aWeakSuiteFailsAndSaysWhyItIsWeak(String name, String weaknesses) {
    Suite s = Suite.of(name, name.startsWith("SSL_CK") ? "SSLv2" : "TLSv1.2");
    assertThat(String.join(" ", s.weaknesses())).isEqualTo(weaknesses);
    var j = CHECK.evaluate(accepted(s));
    assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
    assertThat(j.message())
        .isEqualTo(
            "shop.test:443 accepts 1 weak cipher suite ("
                + String.join(", ", s.weaknesses()).replaceAll(", ([^,]*)$", " and $1")
                + "): "
                + name);
  }

  @Test
  void strongSuitesHaveNoWeakness() {
    for (String name :
        List.of(
            "TLS_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_RSA_WITH_CAMELLIA_256_CBC_SHA",
            "TLS_DHE_RSA_WITH_AES_256_GCM_SHA384")) {
      assertThat(CipherSuites.weaknesses(name)).as(name).isEmpty();
    }
  }

  @Test
  void aSuiteAcceptedOverTwoVersionsCountsOnceAndTheListIsCut() {
    var j =
        CHECK.evaluate(
            accepted(
                Suite.of("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1.2"),
                Suite.of("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1"),
                Suite.of("TLS_RSA_WITH_RC4_128_SHA", "TLSv1"),
                Suite.of("TLS_RSA_WITH_RC4_128_MD5", "TLSv1"),
                Suite.of("TLS_RSA_WITH_DES_CBC_SHA", "TLSv1"),
                Suite.of("TLS_RSA_EXPORT_WITH_RC4_40_MD5", "TLSv1"),
                Suite.of("TLS_RSA_WITH_NULL_SHA", "TLSv1")));
    assertThat(j.message())
        .isEqualTo(
            "shop.test:443 accepts 6 weak cipher suites (64-bit block, RC4, EXPORT and NULL):"
                + " TLS_RSA_WITH_3DES_EDE_CBC_SHA, TLS_RSA_WITH_RC4_128_SHA,"
                + " TLS_RSA_WITH_RC4_128_MD5, TLS_RSA_WITH_DES_CBC_SHA,"
                + " TLS_RSA_EXPORT_WITH_RC4_40_MD5 and 1 more");
  }

  @Test
  void noWeakSuitePasses() {
    var j = CHECK.evaluate(accepted());
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message())
        .isEqualTo(
            "shop.test:443 accepts no NULL, anonymous, EXPORT, RC4 or 64-bit block cipher suite"
                + " over TLSv1.2 and TLSv1");
  }

  @Test
  void onlyTls13HasNothingToScan() {
    var j = CHECK.evaluate(new CipherEvidence("shop.test", 443, List.of(), List.of()));
    assertThat(j.outcome()).isEqualTo(Outcome.PASS);
    assertThat(j.message()).contains("only TLSv1.3");
  }

  @Test
  void evidenceSurvivesJson() {
    CipherEvidence e = accepted(Suite.of("TLS_RSA_WITH_RC4_128_SHA", "TLSv1"));
    assertThat(Evidence.fromMap(Evidence.toMap(e), CipherEvidence.class)).isEqualTo(e);
  }
}
