package dev.golive.checks.tls;

import java.util.List;

/** Evidence as a scan of shop.test:443 on 2026-03-01 would record it, varied per test. */
final class Facts {
  static final String CHECKED_AT = "2026-03-01T12:00:00Z";

  private Facts() {}

  /** A sound leaf for shop.test, valid from 2026-01-01 to 2026-06-01. */
  static CertificateFacts leaf() {
    return new CertificateFacts(
        "CN=shop.test",
        "CN=Test CA",
        List.of("DNS:shop.test", "DNS:*.shop.test"),
        "2026-01-01T00:00:00Z",
        "2026-06-01T00:00:00Z",
        "RSA",
        2048,
        "SHA256withRSA",
        "00");
  }

  static CertificateFacts root() {
    return new CertificateFacts(
        "CN=Test CA",
        "CN=Test CA",
        List.of(),
        "2020-01-01T00:00:00Z",
        "2040-01-01T00:00:00Z",
        "RSA",
        4096,
        "SHA1withRSA",
        "01");
  }

  static CertificateFacts withSans(CertificateFacts c, String... sans) {
    return new CertificateFacts(
        c.subject(),
        c.issuer(),
        List.of(sans),
        c.notBefore(),
        c.notAfter(),
        c.keyType(),
        c.keyBits(),
        c.signatureAlgorithm(),
        c.sha256());
  }

  static CertificateFacts withDates(CertificateFacts c, String notBefore, String notAfter) {
    return new CertificateFacts(
        c.subject(),
        c.issuer(),
        c.sans(),
        notBefore,
        notAfter,
        c.keyType(),
        c.keyBits(),
        c.signatureAlgorithm(),
        c.sha256());
  }

  static CertificateFacts withKey(CertificateFacts c, String type, int bits, String signature) {
    return new CertificateFacts(
        c.subject(),
        c.issuer(),
        c.sans(),
        c.notBefore(),
        c.notAfter(),
        type,
        bits,
        signature,
        c.sha256());
  }

  static CertificateEvidence trusted(CertificateFacts... chain) {
    return new CertificateEvidence(
        "shop.test",
        443,
        CHECKED_AT,
        "TLSv1.3",
        "TLS_AES_128_GCM_SHA256",
        List.of(chain),
        true,
        null,
        null);
  }

  static CertificateEvidence untrusted(String why, CertificateFacts... chain) {
    return new CertificateEvidence(
        "shop.test",
        443,
        CHECKED_AT,
        "TLSv1.3",
        "TLS_AES_128_GCM_SHA256",
        List.of(chain),
        false,
        why,
        null);
  }

  static CertificateEvidence at(String checkedAt, CertificateFacts leaf) {
    return new CertificateEvidence(
        "shop.test",
        443,
        checkedAt,
        "TLSv1.2",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
        List.of(leaf),
        true,
        null,
        null);
  }
}
