package dev.golive.testkit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made on the spot: a private CA and leaves with the faults TLS checks look for
 * (expired, self-signed, wrong host, weak key, SHA-1).
 */
public final class Certificates {
  private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

  private Certificates() {}

  /** The key of a certificate: RSA of some size, or EC on a named curve. */
  public record Key(String algorithm, int rsaBits, String curve) {
    public static Key rsa(int bits) {
      return new Key("RSA", bits, null);
    }

    public static Key ec(String curve) {
      return new Key("EC", 0, curve);
    }

    KeyPair generate() {
      try {
        KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
        if (curve != null) {
          g.initialize(new ECGenParameterSpec(curve));
        } else {
          g.initialize(rsaBits);
        }
        return g.generateKeyPair();
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * What a leaf should look like. Hosts that parse as IP addresses become IP subject alternative
   * names, the rest DNS names.
   */
  public record Spec(
      List<String> hosts, Instant notBefore, Instant notAfter, Key key, String signature) {
    /** A sound leaf for {@code hosts}: RSA 2048, SHA-256, valid from yesterday for 90 days. */
    public static Spec valid(String... hosts) {
      Instant now = Instant.now();
      return new Spec(
          List.of(hosts),
          now.minus(Duration.ofDays(1)),
          now.plus(Duration.ofDays(90)),
          Key.rsa(2048),
          "SHA256withRSA");
    }

    public Spec validFor(Duration d) {
      Instant now = Instant.now();
      return new Spec(hosts, now.minus(Duration.ofDays(1)), now.plus(d), key, signature);
    }

    /** Expired {@code ago}, after a year of validity. */
    public Spec expired(Duration ago) {
      Instant end = Instant.now().minus(ago);
      return new Spec(hosts, end.minus(Duration.ofDays(365)), end, key, signature);
    }

    public Spec key(Key k) {
      String sig = k.algorithm().equals("EC") ? "SHA256withECDSA" : signature;
      return new Spec(hosts, notBefore, notAfter, k, sig);
    }

    public Spec signature(String algorithm) {
      return new Spec(hosts, notBefore, notAfter, key, algorithm);
    }
  }

  /** A certificate with its private key and the chain a server presents. */
  public record Issued(KeyPair keys, List<X509Certificate> chain) {
    public X509Certificate certificate() {
      return chain.getFirst();
    }

    /** A server-side TLS context presenting this chain. */
    public SSLContext serverContext() {
      try {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        char[] pass = "golive".toCharArray();
        store.setKeyEntry("server", keys.getPrivate(), pass, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory kmf =
            KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, pass);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, new SecureRandom());
        return context;
      } catch (GeneralSecurityException | IOException e) {
        throw new IllegalStateException(e);
      }
    }

    /** Writes the certificate as PEM, for {@code --ca-file}. */
    public Path writePem(Path file) {
      return Certificates.writePem(file, certificate());
    }

    /** Writes the private key as unencrypted PEM, for servers that read a key file. */
    public Path writeKeyPem(Path file) {
      return Certificates.writePem(file, keys.getPrivate());
    }
  }

  /** A certificate authority whose certificates nothing trusts unless told. */
  public record Authority(Issued self) {
    public Issued issue(Spec spec) {
      return Certificates.sign(spec, self.keys(), self.certificate());
    }

    public Path writePem(Path file) {
      return self.writePem(file);
    }
  }

  public static Authority authority(String name) {
    KeyPair keys = Key.rsa(2048).generate();
    Instant now = Instant.now();
    X500Name subject = new X500Name("CN=" + name);
    try {
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              subject,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(now.minus(Duration.ofDays(2))),
              Date.from(now.plus(Duration.ofDays(3650))),
              subject,
              keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      X509Certificate cert = build(b, keys, "SHA256withRSA");
      return new Authority(new Issued(keys, List.of(cert)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A leaf signed by its own key. */
  public static Issued selfSigned(Spec spec) {
    KeyPair keys = spec.key().generate();
    return signWith(spec, keys, keys, null);
  }

  static Issued sign(Spec spec, KeyPair issuerKeys, X509Certificate issuer) {
    return signWith(spec, spec.key().generate(), issuerKeys, issuer);
  }

  private static Issued signWith(
      Spec spec, KeyPair keys, KeyPair issuerKeys, X509Certificate issuer) {
    X500Name subject = new X500Name("CN=" + spec.hosts().getFirst());
    X500Name issuerName =
        issuer == null ? subject : new X500Name(issuer.getSubjectX500Principal().getName());
    try {
      X509v3CertificateBuilder b =
          new JcaX509v3CertificateBuilder(
              issuerName,
              BigInteger.valueOf(SERIAL.incrementAndGet()),
              Date.from(spec.notBefore()),
              Date.from(spec.notAfter()),
              subject,
              keys.getPublic());
      List<GeneralName> names = new ArrayList<>();
      for (String h : spec.hosts()) {
        names.add(
            isAddress(h)
                ? new GeneralName(GeneralName.iPAddress, h)
                : new GeneralName(GeneralName.dNSName, h));
      }
      b.addExtension(
          Extension.subjectAlternativeName,
          false,
          new GeneralNames(names.toArray(new GeneralName[0])));
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      X509Certificate cert = build(b, issuerKeys, spec.signature());
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(cert);
      if (issuer != null) {
        chain.add(issuer);
      }
      return new Issued(keys, chain);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static X509Certificate build(X509v3CertificateBuilder b, KeyPair signer, String alg) {
    try {
      // the issuer's key decides the kind of signature: an RSA CA signs an EC leaf with RSA
      String algorithm = alg;
      if (signer.getPrivate().getAlgorithm().equals("EC") && alg.endsWith("RSA")) {
        algorithm = "SHA256withECDSA";
      } else if (signer.getPrivate().getAlgorithm().equals("RSA") && alg.endsWith("ECDSA")) {
        algorithm = alg.substring(0, alg.length() - "ECDSA".length()) + "RSA";
      }
      return new JcaX509CertificateConverter()
          .getCertificate(
              b.build(new JcaContentSignerBuilder(algorithm).build(signer.getPrivate())));
    } catch (OperatorCreationException | GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isAddress(String host) {
    if (!host.matches("[0-9.]+|.*:.*")) {
      return false;
    }
    try {
      InetAddress.getByName(host);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static Path writePem(Path file, Object pemObject) {
    StringWriter s = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(s)) {
      w.writeObject(pemObject);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return Files.writeString(file, s.toString(), StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
