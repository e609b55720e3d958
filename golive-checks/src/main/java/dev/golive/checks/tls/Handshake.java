package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * One full handshake by the JDK's own client, which accepts any chain so the chain can be judged
 * apart (against the audit's trust, by {@link CertificateFacts}). When the JDK client cannot agree
 * with the server (only versions or suites it refuses), the chain is read from a hand-built TLS 1.2
 * hello instead, where it travels in clear.
 *
 * @param protocol the version agreed on, as the JDK names it
 * @param suite the suite agreed on
 * @param chain the certificates as the server sent them, leaf first
 * @param note how the chain was had when the JDK client could not finish, else {@code null}
 */
record Handshake(String protocol, String suite, List<X509Certificate> chain, String note) {

  static Handshake of(Probe probe) throws IOException, InterruptedException {
    return probe.shared("tls.handshake", () -> connect(probe));
  }

  private static Handshake connect(Probe probe) throws ProbeException {
    Endpoint e = Endpoint.of(probe);
    Duration timeout = e.timeout(probe);
    int millis = (int) Math.max(1, timeout.toMillis());
    String jdkFailure;
    try (Socket plain = new Socket()) {
      try {
        plain.connect(e.address(), millis);
      } catch (IOException x) {
        throw new ProbeException("cannot connect to " + e.where() + ": " + x.getMessage(), x);
      }
      plain.setSoTimeout(millis);
      try (SSLSocket tls =
          (SSLSocket)
              recordingContext().getSocketFactory().createSocket(plain, e.host(), e.port(), true)) {
        tls.startHandshake();
        SSLSession s = tls.getSession();
        List<X509Certificate> chain = new ArrayList<>();
        for (var c : s.getPeerCertificates()) {
          chain.add((X509Certificate) c);
        }
        return new Handshake(s.getProtocol(), s.getCipherSuite(), List.copyOf(chain), null);
      }
    } catch (SocketTimeoutException x) {
      throw new ProbeException(
          e.where()
              + " accepted the connection but did not complete a TLS handshake within "
              + RawHello.seconds(timeout)
              + ": is it a TLS port?",
          x);
    } catch (ProbeException x) {
      throw x;
    } catch (IOException x) {
      jdkFailure = x.getMessage(); // an SSLException mostly: versions or suites it refuses
    }
    RawHello.Reply reply =
        RawHello.send(
            e.address(),
            e.host(),
            TlsVersion.TLS_1_2,
            CipherSuites.legacy(),
            true,
            e.timeout(probe));
    if (reply instanceof RawHello.Accepted a && !a.chain().isEmpty()) {
      return new Handshake(
          a.version().jdkName(),
          CipherSuites.name(a.suites().getFirst()),
          a.chain(),
          "the JDK client could not finish a handshake ("
              + jdkFailure
              + "); the chain was read from the server's answer to a TLS 1.2 hello");
    }
    String why = reply instanceof RawHello.Refused r ? r.why() : "sent no certificate";
    throw new ProbeException(
        "no TLS handshake with " + e.where() + ": " + jdkFailure + "; to a raw hello it " + why);
  }

  /** A TLS context whose client takes any chain: the chain is judged after, with its reasons. */
  private static SSLContext recordingContext() {
    try {
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(null, new TrustManager[] {new AnyChain()}, null);
      return context;
    } catch (GeneralSecurityException x) {
      throw new IllegalStateException("the JDK offers no TLS", x);
    }
  }

  /**
   * Lets every chain through, so the handshake completes and the chain can be judged against the
   * audit's trust afterwards. Being an extended manager, the JDK uses it as is and adds no checks
   * of its own.
   */
  private static final class AnyChain extends X509ExtendedTrustManager {
    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {}

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
