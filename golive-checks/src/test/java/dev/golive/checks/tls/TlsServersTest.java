package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.Check;
import dev.golive.checks.Judgement;
import dev.golive.checks.LiveProbe;
import dev.golive.checks.ProbeException;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.Certificates.Key;
import dev.golive.testkit.Certificates.Spec;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tls checks against real servers on 127.0.0.1 with the JDK's default settings: what a
 * present-day JDK server can be made to get wrong (certificates, keys, signatures), and targets
 * that misbehave. Servers with legacy versions and suites are in {@link LegacyTlsServersTest}.
 */
class TlsServersTest {
  private static final CertificateCheck CERTIFICATE = new CertificateCheck();
  private static final ExpiryCheck EXPIRY = new ExpiryCheck(30, 60);
  private static final KeyCheck KEY = new KeyCheck(2048, 256);
  private static final ProtocolsCheck PROTOCOLS = new ProtocolsCheck();
  private static final CiphersCheck CIPHERS = new CiphersCheck();

  private static Certificates.Authority ca;
  private static X509TrustManager trust;

  @BeforeAll
  static void trustATestAuthority(@TempDir Path dir) throws Exception {
    ca = Certificates.authority("golive tls test CA");
    trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
  }

  private static LiveProbe probe(int port) {
    return probe(port, Duration.ofSeconds(10));
  }

  private static LiveProbe probe(int port, Duration budget) {
    return Probes.of(Target.of(URI.create("https://127.0.0.1:" + port + "/")), trust, budget);
  }

  private static <E extends Record> Judgement run(Check<E> check, int port) throws Exception {
    return Probes.run(check, probe(port));
  }

  @Test
  void aSoundServerPassesAllFive() throws Exception {
    try (WebServer site = WebServer.https(ca.issue(Spec.valid("127.0.0.1")))) {
      LiveProbe p = probe(site.port());
      for (Check<?> c : List.of(CERTIFICATE, EXPIRY, KEY, PROTOCOLS, CIPHERS)) {
        Judgement j = Probes.run(c, p);
        assertThat(j.outcome()).as(j.message()).isEqualTo(Outcome.PASS);
      }
      ProtocolEvidence protocols = PROTOCOLS.collect(p);
      assertThat(protocols.accepted()).containsExactly("TLSv1.3", "TLSv1.2");
      // found by the hand-built hellos themselves, not filled in from the JDK's handshake
      assertThat(protocols.protocols())
          .filteredOn(ProtocolEvidence.Protocol::accepted)
          .allSatisfy(r -> assertThat(r.detail()).startsWith("chose TLS_"));
      CertificateEvidence cert = CERTIFICATE.collect(p);
      assertThat(cert.trusted()).isTrue();
      assertThat(cert.leaf().sans()).containsExactly("IP:127.0.0.1");
      assertThat(cert.leaf().keyType()).isEqualTo("RSA");
      assertThat(cert.leaf().keyBits()).isEqualTo(2048);
      assertThat(cert.leaf().signatureAlgorithm()).isEqualTo("SHA256withRSA");
      assertThat(cert.chain()).hasSize(2);
      assertThat(cert.protocol()).isEqualTo("TLSv1.3");
    }
  }

  @Test
  void theFiveChecksShareOneScan() throws Exception {
    AtomicInteger connections = new AtomicInteger();
    try (RawServer server =
        RawServer.tls(
            ca.issue(Spec.valid("127.0.0.1")),
            null,
            null,
            s -> {
              connections.incrementAndGet();
              RawServer.readRequest(s);
            })) {
      LiveProbe p = probe(server.port());
      List<Check<?>> all = List.of(CERTIFICATE, EXPIRY, KEY, PROTOCOLS, CIPHERS);
      for (Check<?> c : all) {
        Probes.run(c, p);
      }
      int once = connections.get();
      for (Check<?> c : all) {
        Probes.run(c, p.forCheck(Duration.ofSeconds(5)));
      }
      assertThat(connections.get()).isEqualTo(once);
      // one JDK handshake, six protocol hellos, one refused weak-suite hello per old version
      assertThat(once).isLessThanOrEqualTo(1 + 6 + 2);
    }
  }

  @Test
  void anExpiredCertificateFailsBoth() throws Exception {
    try (WebServer site =
        WebServer.https(ca.issue(Spec.valid("127.0.0.1").expired(Duration.ofDays(3))))) {
      Judgement cert = run(CERTIFICATE, site.port());
      assertThat(cert.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(cert.message()).contains("expired on").doesNotContain("not trusted");
      Judgement expiry = run(EXPIRY, site.port());
      assertThat(expiry.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(expiry.message()).contains("expired on");
    }
  }

  @Test
  void aSelfSignedCertificateIsNotTrusted() throws Exception {
    try (WebServer site = WebServer.https(Certificates.selfSigned(Spec.valid("127.0.0.1")))) {
      Judgement j = run(CERTIFICATE, site.port());
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("self-signed");
    }
  }

  @Test
  void aCertificateFromAnUnknownAuthorityIsNotTrusted() throws Exception {
    Certificates.Authority stranger = Certificates.authority("nobody's CA");
    try (WebServer site = WebServer.https(stranger.issue(Spec.valid("127.0.0.1")))) {
      Judgement j = run(CERTIFICATE, site.port());
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("no chain leads", "nobody's CA");
    }
  }

  @Test
  void aCertificateForAnotherHostFails() throws Exception {
    try (WebServer site = WebServer.https(ca.issue(Spec.valid("shop.test", "www.shop.test")))) {
      Judgement j = run(CERTIFICATE, site.port());
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message())
          .contains("does not name 127.0.0.1", "DNS:shop.test")
          .doesNotContain("not trusted");
    }
  }

  @Test
  void aCertificateCloseToItsEndWarnsThenFails() throws Exception {
    try (WebServer soon = WebServer.https(ca.issue(Spec.valid("127.0.0.1").validFor(days(45))));
        WebServer sooner = WebServer.https(ca.issue(Spec.valid("127.0.0.1").validFor(days(10))))) {
      Judgement warn = run(EXPIRY, soon.port());
      assertThat(warn.outcome()).as(warn.message()).isEqualTo(Outcome.WARN);
      assertThat(warn.message()).containsPattern("in 4[45] days");
      Judgement fail = run(EXPIRY, sooner.port());
      assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(fail.message()).contains("fewer than the 30 required");
    }
  }

  @Test
  void aShortRsaKeyFails() throws Exception {
    try (WebServer site = WebServer.https(ca.issue(Spec.valid("127.0.0.1").key(Key.rsa(1024))))) {
      Judgement j = run(KEY, site.port());
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("RSA 1024-bit key, shorter than 2048 bits");
    }
  }

  @Test
  void aSha1SignatureFails() throws Exception {
    try (WebServer site =
        WebServer.https(ca.issue(Spec.valid("127.0.0.1").signature("SHA1withRSA")))) {
      Judgement j = run(KEY, site.port());
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("signed with SHA1withRSA");
    }
  }

  @Test
  void anEcKeyOnP256Passes() throws Exception {
    try (WebServer site =
        WebServer.https(ca.issue(Spec.valid("127.0.0.1").key(Key.ec("secp256r1"))))) {
      Judgement j = run(KEY, site.port());
      assertThat(j.outcome()).as(j.message()).isEqualTo(Outcome.PASS);
      assertThat(j.message()).contains("EC 256-bit key");
    }
  }

  @Test
  void aServerOfferingOnlyTls13PassesProtocolsAndCiphers() throws Exception {
    try (WebServer site = WebServer.https(ca.issue(Spec.valid("127.0.0.1")), "TLSv1.3")) {
      ProtocolEvidence e = PROTOCOLS.collect(probe(site.port()));
      assertThat(e.accepted()).containsExactly("TLSv1.3");
      assertThat(PROTOCOLS.evaluate(e).outcome()).isEqualTo(Outcome.PASS);
      Judgement c = run(CIPHERS, site.port());
      assertThat(c.outcome()).isEqualTo(Outcome.PASS);
      assertThat(c.message()).contains("only TLSv1.3");
    }
  }

  @Test
  void anSslv2OnlyServerFailsProtocolsAndCiphers() throws Exception {
    byte[] der = ca.issue(Spec.valid("127.0.0.1")).certificate().getEncoded();
    try (RawServer server = RawServer.plain(s -> sslv2Only(s, der))) {
      LiveProbe p = probe(server.port());
      ProtocolEvidence protocols = PROTOCOLS.collect(p);
      assertThat(protocols.accepted()).containsExactly("SSLv2");
      assertThat(PROTOCOLS.evaluate(protocols).message()).endsWith("accepts SSLv2");
      CipherEvidence ciphers = CIPHERS.collect(p);
      assertThat(ciphers.weak())
          .containsExactly(
              CipherEvidence.Suite.of("SSL_CK_RC4_128_WITH_MD5", "SSLv2"),
              CipherEvidence.Suite.of("SSL_CK_DES_192_EDE3_CBC_WITH_MD5", "SSLv2"));
      assertThatThrownBy(() -> CERTIFICATE.collect(p))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("no TLS handshake with 127.0.0.1:" + server.port());
    }
  }

  /**
   * Answers an SSLv2 CLIENT-HELLO with a SERVER-HELLO offering two cipher kinds, and anything else
   * with a TLS handshake_failure alert, as a server that speaks nothing but SSLv2 would.
   */
  private static void sslv2Only(Socket s, byte[] certificate) throws IOException {
    DataInputStream in = new DataInputStream(s.getInputStream());
    int b0 = in.readUnsignedByte();
    OutputStream out = s.getOutputStream();
    if ((b0 & 0x80) == 0) {
      out.write(new byte[] {21, 3, 1, 0, 2, 2, 40});
      return;
    }
    in.readFully(new byte[((b0 & 0x7f) << 8) | in.readUnsignedByte()]);
    byte[] kinds = {1, 0, (byte) 0x80, 7, 0, (byte) 0xc0};
    ByteArrayOutputStream msg = new ByteArrayOutputStream();
    msg.write(4); // SERVER-HELLO
    msg.write(0); // no session id hit
    msg.write(1); // X.509 certificate
    msg.writeBytes(new byte[] {0, 2}); // SSL 2.0
    msg.writeBytes(new byte[] {(byte) (certificate.length >> 8), (byte) certificate.length});
    msg.writeBytes(new byte[] {0, (byte) kinds.length, 0, 16});
    msg.writeBytes(certificate);
    msg.writeBytes(kinds);
    msg.writeBytes(new byte[16]);
    out.write(0x80 | msg.size() >> 8);
    out.write(msg.size());
    out.write(msg.toByteArray());
    out.flush();
  }

  @Test
  void aStallingServerIsAProbeErrorNotAHang() {
    try (RawServer server = RawServer.plain(RawServer.stall())) {
      for (Check<?> c : List.of(CERTIFICATE, PROTOCOLS, CIPHERS)) {
        assertThatThrownBy(() -> c.collect(probe(server.port(), Duration.ofSeconds(1))))
            .isInstanceOf(ProbeException.class)
            .hasMessageContaining("127.0.0.1:" + server.port() + " accepted the connection but")
            .hasMessageContaining("is it a TLS port?");
      }
    }
  }

  @Test
  void aPlainHttpPortIsAProbeError() {
    try (WebServer site = WebServer.http()) {
      // the JDK's HTTP server waits for the end of a request line that never comes
      for (Check<?> c : List.of(CERTIFICATE, PROTOCOLS)) {
        assertThatThrownBy(() -> c.collect(probe(site.port(), Duration.ofSeconds(1))))
            .isInstanceOf(ProbeException.class)
            .hasMessageContaining("127.0.0.1:" + site.port())
            .hasMessageContaining("is it a TLS port?");
      }
    }
  }

  @Test
  void aPortThatAnswersInHttpIsAProbeError() {
    // as nginx and Apache do, answering binary they cannot parse with 400 at once
    try (RawServer server =
        RawServer.plain(
            s -> {
              s.getInputStream().read(new byte[512]);
              RawServer.write(s, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
            })) {
      for (Check<?> c : List.of(CERTIFICATE, PROTOCOLS, CIPHERS)) {
        assertThatThrownBy(() -> c.collect(probe(server.port())))
            .isInstanceOf(ProbeException.class)
            .hasMessage(
                "127.0.0.1:"
                    + server.port()
                    + " answers in plain HTTP, not TLS: it is not a TLS port (or TLS is off)");
      }
    }
  }

  @Test
  void aServerThatResetsEveryHelloIsAProbeError() {
    try (RawServer server =
        RawServer.plain(
            s -> {
              s.getInputStream().read(new byte[5]);
              s.setSoLinger(true, 0);
              s.close();
            })) {
      for (Check<?> c : List.of(CERTIFICATE, PROTOCOLS)) {
        assertThatThrownBy(() -> c.collect(probe(server.port())))
            .isInstanceOf(ProbeException.class)
            .hasMessageContaining("127.0.0.1:" + server.port())
            .hasMessageContaining("reset the connection");
      }
    }
  }

  @Test
  void aClosedPortIsAProbeError() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    for (Check<?> c : List.of(CERTIFICATE, PROTOCOLS)) {
      int p = port;
      assertThatThrownBy(() -> c.collect(probe(p)))
          .isInstanceOf(ProbeException.class)
          .hasMessageContaining("cannot connect to 127.0.0.1:" + port);
    }
  }

  private static Duration days(int n) {
    return Duration.ofDays(n);
  }
}
