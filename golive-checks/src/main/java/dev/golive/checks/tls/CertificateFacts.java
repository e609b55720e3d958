package dev.golive.checks.tls;

import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.EdECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PSSParameterSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What one certificate says, as plain values.
 *
 * @param subject its subject's distinguished name (RFC 2253)
 * @param issuer its issuer's distinguished name
 * @param sans its subject alternative names, {@code DNS:name} or {@code IP:address}
 * @param notBefore start of validity, ISO-8601 UTC
 * @param notAfter end of validity, ISO-8601 UTC
 * @param keyType {@code RSA}, {@code EC}, {@code DSA}, {@code Ed25519}, ...
 * @param keyBits the key's size: RSA and DSA modulus bits, EC curve order bits
 * @param signatureAlgorithm how the issuer signed it: {@code SHA256withRSA}, {@code
 *     SHA256withRSASSA-PSS}, ...
 * @param sha256 fingerprint of the encoded certificate, lower-case hex
 */
public record CertificateFacts(
    String subject,
    String issuer,
    List<String> sans,
    String notBefore,
    String notAfter,
    String keyType,
    int keyBits,
    String signatureAlgorithm,
    String sha256) {

  public CertificateFacts {
    sans = List.copyOf(sans);
  }

  static CertificateFacts of(X509Certificate c) {
    PublicKey key = c.getPublicKey();
    return new CertificateFacts(
        c.getSubjectX500Principal().getName(),
        c.getIssuerX500Principal().getName(),
        sans(c),
        c.getNotBefore().toInstant().toString(),
        c.getNotAfter().toInstant().toString(),
        keyType(key),
        keyBits(key),
        signature(c),
        fingerprint(c));
  }

  /** Signed by its own subject: a root, or a self-signed leaf. */
  public boolean selfIssued() {
    return subject.equals(issuer);
  }

  private static List<String> sans(X509Certificate c) {
    List<String> out = new ArrayList<>();
    try {
      Collection<List<?>> names = c.getSubjectAlternativeNames();
      if (names != null) {
        for (List<?> n : names) {
          int type = (Integer) n.get(0);
          if (type == 2) {
            out.add("DNS:" + n.get(1));
          } else if (type == 7) {
            out.add("IP:" + n.get(1));
          }
        }
      }
    } catch (CertificateParsingException e) {
      // a certificate whose names cannot be read names nothing
    }
    return out;
  }

  private static String keyType(PublicKey key) {
    if (key instanceof EdECPublicKey ed) {
      return ed.getParams().getName();
    }
    return key.getAlgorithm();
  }

  private static int keyBits(PublicKey key) {
    return switch (key) {
      case RSAPublicKey rsa -> rsa.getModulus().bitLength();
      case ECPublicKey ec -> ec.getParams().getOrder().bitLength();
      case DSAPublicKey dsa -> dsa.getParams().getP().bitLength();
      case EdECPublicKey ed -> ed.getParams().getName().equals("Ed448") ? 448 : 255;
      default -> 0;
    };
  }

  /** The JDK's name of the signature, with the digest spelt out for RSASSA-PSS. */
  private static String signature(X509Certificate c) {
    String name = c.getSigAlgName();
    if (name.equalsIgnoreCase("RSASSA-PSS") && c.getSigAlgParams() != null) {
      try {
        AlgorithmParameters p = AlgorithmParameters.getInstance("RSASSA-PSS");
        p.init(c.getSigAlgParams());
        String digest = p.getParameterSpec(PSSParameterSpec.class).getDigestAlgorithm();
        return digest.replace("-", "").toUpperCase(Locale.ROOT) + "withRSASSA-PSS";
      } catch (GeneralSecurityException | java.io.IOException e) {
        return name;
      }
    }
    return name;
  }

  private static String fingerprint(X509Certificate c) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
    } catch (GeneralSecurityException e) {
      return "";
    }
  }

  /** The digest of a signature algorithm's name, upper case without dashes: SHA256, SHA1, MD5. */
  static String digestOf(String signatureAlgorithm) {
    String s = signatureAlgorithm.toUpperCase(Locale.ROOT).replace("-", "");
    int with = s.indexOf("WITH");
    return with > 0 ? s.substring(0, with) : s;
  }
}
