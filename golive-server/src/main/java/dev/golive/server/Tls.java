package dev.golive.server;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** A key store made of PEM files: a certificate chain and its private key. */
final class Tls {
  /** The key store's password: it lives in memory only. */
  static final char[] PASSWORD = "golive".toCharArray();

  private Tls() {}

  static KeyStore keyStore(Path certFile, Path keyFile) {
    try {
      List<Certificate> chain = new ArrayList<>();
      try (var in = Files.newInputStream(certFile)) {
        chain.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
      }
      if (chain.isEmpty()) {
        throw new IllegalArgumentException(certFile + ": no certificate in it");
      }
      PrivateKey key = key(keyFile);
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("golive", key, PASSWORD, chain.toArray(Certificate[]::new));
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "cannot read the TLS certificate and key: " + e.getMessage(), e);
    }
  }

  private static PrivateKey key(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser pem = new PEMParser(r)) {
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
      for (Object o = pem.readObject(); o != null; o = pem.readObject()) {
        if (o instanceof PEMKeyPair pair) {
          return converter.getKeyPair(pair).getPrivate();
        }
        if (o instanceof PrivateKeyInfo info) {
          return converter.getPrivateKey(info);
        }
      }
    }
    throw new IllegalArgumentException(file + ": no unencrypted private key in it");
  }
}
