package dev.golive.bench.tls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsTest {
  private static String finding(String id, String severity, String finding) {
    return "{\"id\":\"%s\",\"ip\":\"127.0.0.1/127.0.0.1\",\"port\":\"443\",\"severity\":\"%s\",\"finding\":\"%s\"}"
        .formatted(id, severity, finding);
  }

  @Test
  void readsTestsslsFlatJsonAsGoliveJudgesIt(@TempDir Path dir) throws Exception {
    Path json =
        Files.writeString(
            dir.resolve("t.json"),
            "["
                + String.join(
                    ",",
                    finding("SSLv2", "OK", "not offered"),
                    finding("SSLv3", "OK", "not offered"),
                    finding("TLS1", "LOW", "offered (deprecated)"),
                    finding(
                        "TLS1_1",
                        "CRITICAL",
                        "TLSv1.1 is not offered, and downgraded to a weaker protocol"),
                    finding("TLS1_2", "OK", "offered"),
                    finding("TLS1_3", "INFO", "not offered + downgraded to weaker protocol"),
                    finding("cipherlist_NULL", "OK", "not offered"),
                    finding("cipherlist_aNULL", "CRITICAL", "offered"),
                    finding("cipherlist_EXPORT", "OK", "not offered"),
                    finding("cert_signatureAlgorithm", "MEDIUM", "SHA1 with RSA"),
                    finding("cert_keySize", "INFO", "RSA 2048 bits"),
                    finding("cert_trust", "OK", "Ok via SAN"),
                    finding("cert_chain_of_trust", "OK", "passed."),
                    finding("cert_expirationStatus", "MEDIUM", "expires < 60 days (45)"),
                    finding("RC4", "HIGH", "VULNERABLE, Detected ciphers: RC4-SHA"),
                    finding("SWEET32", "OK", "not vulnerable"),
                    finding(
                        "cipher-tls1_x05",
                        "INFO",
                        "TLS 1   x05     RC4-SHA    RSA   RC4   128   TLS_RSA_WITH_RC4_128_SHA"),
                    finding(
                        "cipher-tls1_2_x34",
                        "INFO",
                        "TLS 1.2   x34   ADH-AES128-SHA  DH 2048  AES  128  TLS_DH_anon_WITH_AES_128_CBC_SHA"),
                    finding(
                        "cipher-tls1_2_xc02f",
                        "INFO",
                        "TLS 1.2 xc02f ECDHE-RSA-AES128-GCM-SHA256 ECDH 253 AESGCM 128"
                            + " TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"))
                + "]");
    Findings f = Findings.testssl(json);
    assertThat(f.verdicts())
        .containsEntry("certificate", "pass")
        .containsEntry("expiry", "warn")
        .containsEntry("key", "fail");
    assertThat(f.protocols()).containsExactly("TLSv1", "TLSv1.2");
    assertThat(f.weakSuites())
        .containsExactly(
            "TLSv1 TLS_RSA_WITH_RC4_128_SHA", "TLSv1.2 TLS_DH_anon_WITH_AES_128_CBC_SHA");
    assertThat(f.weaknesses()).containsExactly("RC4", "anonymous");
  }

  @Test
  void aPortWithoutTlsIsAnErrorOnEveryAspect(@TempDir Path dir) throws Exception {
    Path json =
        Files.writeString(
            dir.resolve("t.json"),
            "["
                + finding(
                    "scanProblem",
                    "FATAL",
                    "127.0.0.1:1 doesn't seem to be a TLS/SSL enabled server")
                + "]");
    Findings f = Findings.testssl(json);
    assertThat(f.verdicts().values()).containsOnly("error");
    assertThat(f.protocols()).isNull();
  }
}
