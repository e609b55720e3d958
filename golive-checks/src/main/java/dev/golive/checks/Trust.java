package dev.golive.checks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/** The certificates an audit trusts: the JDK's roots plus any private CA the user names. */
public final class Trust {
  private Trust() {}

  /** The JDK's trusted roots. */
  public static X509TrustManager system() {
    return managerOf(null);
  }

  /** The JDK's roots and every certificate in the PEM file {@code caFile}. */
  public static X509TrustManager withCaFile(Path caFile) throws IOException {
    List<X509Certificate> extra = readPem(caFile);
    X509TrustManager system = system();
    try {
      KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
      store.load(null, null);
      int n = 0;
      for (X509Certificate c : system.getAcceptedIssuers()) {
        store.setCertificateEntry("system-" + n++, c);
      }
      for (X509Certificate c : extra) {
        store.setCertificateEntry("extra-" + n++, c);
      }
      return managerOf(store);
    } catch (GeneralSecurityException e) {
      throw new IOException(caFile + ": cannot use these certificates: " + e.getMessage(), e);
    }
  }

  /** Certificates in a PEM (or DER) file. */
  public static List<X509Certificate> readPem(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      Collection<? extends java.security.cert.Certificate> certs =
          CertificateFactory.getInstance("X.509").generateCertificates(in);
      List<X509Certificate> out = new ArrayList<>();
      for (var c : certs) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new IOException(file + ": no certificate found (expected PEM)");
      }
      return out;
    } catch (CertificateException e) {
      throw new IOException(file + ": not a PEM certificate file (" + e.getMessage() + ")", e);
    }
  }

  /** A TLS context that trusts what {@code trust} trusts and checks host names as browsers do. */
  public static SSLContext context(X509TrustManager trust) {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {trust}, null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK offers no TLS", e);
    }
  }

  private static X509TrustManager managerOf(KeyStore store) {
    try {
      TrustManagerFactory f =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      f.init(store);
      return Arrays.stream(f.getTrustManagers())
          .filter(X509TrustManager.class::isInstance)
          .map(X509TrustManager.class::cast)
          .findFirst()
          .orElseThrow();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK's trust store cannot be read", e);
    }
  }
}
