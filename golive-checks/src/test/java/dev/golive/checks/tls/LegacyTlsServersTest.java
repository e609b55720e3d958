package dev.golive.checks.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.Judgement;
import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probes;
import dev.golive.checks.Target;
import dev.golive.checks.Trust;
import dev.golive.core.model.Outcome;
import dev.golive.testkit.Certificates;
import dev.golive.testkit.Certificates.Spec;
import dev.golive.testkit.LegacyTls;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Servers that offer what a present-day JDK refuses: old versions and weak suites. {@link
 * LegacyTls#enable()} changes the whole JVM, so the build runs this class in a JVM of its own (the
 * surefire execution for the tag {@code legacy-tls}).
 */
@Tag("legacy-tls")
class LegacyTlsServersTest {
  private static final ProtocolsCheck PROTOCOLS = new ProtocolsCheck();
  private static final CiphersCheck CIPHERS = new CiphersCheck();

  private static Certificates.Issued cert;
  private static X509TrustManager trust;

  @BeforeAll
  static void enableLegacyTls(@TempDir Path dir) throws Exception {
    LegacyTls.enable();
    Certificates.Authority ca = Certificates.authority("golive legacy test CA");
    cert = ca.issue(Spec.valid("127.0.0.1"));
    trust = Trust.withCaFile(ca.writePem(dir.resolve("ca.pem")));
  }

  private static LiveProbe probe(int port) {
    return Probes.of(
        Target.of(URI.create("https://127.0.0.1:" + port + "/")), trust, Duration.ofSeconds(10));
  }

  private static RawServer serving(String[] protocols, String... suites) {
    return RawServer.tls(cert, protocols, suites, RawServer::readRequest);
  }

  @Test
  void aTls10OnlyServerFailsProtocolsButItsCertificateIsRead() throws Exception {
    try (WebServer site = WebServer.https(cert, "TLSv1")) {
      LiveProbe p = probe(site.port());
      ProtocolEvidence e = PROTOCOLS.collect(p);
      assertThat(e.accepted()).containsExactly("TLSv1");
      Judgement j = PROTOCOLS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).isEqualTo("127.0.0.1:" + site.port() + " accepts TLSv1");
      assertThat(Probes.run(new CertificateCheck(), p).outcome()).isEqualTo(Outcome.PASS);
    }
  }

  @Test
  void theChainIsReadFromAHandBuiltHelloToo() throws Exception {
    try (WebServer site = WebServer.https(cert, "TLSv1")) {
      Endpoint e = Endpoint.of(probe(site.port()));
      RawHello.Reply reply =
          RawHello.send(
              e.address(),
              e.host(),
              TlsVersion.TLS_1_2,
              CipherSuites.legacy(),
              true,
              Duration.ofSeconds(5));
      assertThat(reply).isInstanceOf(RawHello.Accepted.class);
      RawHello.Accepted a = (RawHello.Accepted) reply;
      assertThat(a.version()).isEqualTo(TlsVersion.TLS_1_0);
      assertThat(a.chain()).hasSize(2);
      assertThat(a.chain().getFirst()).isEqualTo(cert.certificate());
    }
  }

  @Test
  void everyOldVersionIsNamed() throws Exception {
    try (WebServer site = WebServer.https(cert, "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2")) {
      ProtocolEvidence e = PROTOCOLS.collect(probe(site.port()));
      assertThat(e.accepted()).containsExactly("TLSv1.2", "TLSv1.1", "TLSv1", "SSLv3");
      assertThat(PROTOCOLS.evaluate(e).message()).endsWith("accepts SSLv3, TLSv1 and TLSv1.1");
    }
  }

  @Test
  void tripleDesIsFoundByName() throws Exception {
    try (RawServer server =
        serving(
            new String[] {"TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
            "SSL_RSA_WITH_3DES_EDE_CBC_SHA")) {
      CipherEvidence e = CIPHERS.collect(probe(server.port()));
      assertThat(e.weak())
          .containsExactlyInAnyOrder(
              CipherEvidence.Suite.of("TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1.2"),
              CipherEvidence.Suite.of("TLS_RSA_WITH_3DES_EDE_CBC_SHA", "TLSv1.2"));
      Judgement j = CIPHERS.evaluate(e);
      assertThat(j.outcome()).isEqualTo(Outcome.FAIL);
      assertThat(j.message()).contains("2 weak cipher suites (64-bit block)");
    }
  }

  @Test
  void rc4NullAnonymousDesAndExportAreFoundOverEachVersion() throws Exception {
    try (RawServer server =
        serving(
            new String[] {"TLSv1", "TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "SSL_RSA_WITH_RC4_128_SHA",
            "TLS_ECDHE_RSA_WITH_NULL_SHA",
            "TLS_DH_anon_WITH_AES_128_CBC_SHA",
            "SSL_RSA_WITH_DES_CBC_SHA",
            "SSL_RSA_EXPORT_WITH_RC4_40_MD5")) {
      CipherEvidence e = CIPHERS.collect(probe(server.port()));
      assertThat(e.scanned()).containsExactly("TLSv1.2", "TLSv1");
      List<String> found = e.weak().stream().map(s -> s.name() + " " + s.protocol()).toList();
      assertThat(found)
          .contains(
              "TLS_RSA_WITH_RC4_128_SHA TLSv1.2",
              "TLS_ECDHE_RSA_WITH_NULL_SHA TLSv1.2",
              "TLS_DH_anon_WITH_AES_128_CBC_SHA TLSv1.2",
              "TLS_RSA_WITH_RC4_128_SHA TLSv1",
              "TLS_RSA_WITH_DES_CBC_SHA TLSv1",
              "TLS_RSA_EXPORT_WITH_RC4_40_MD5 TLSv1");
      assertThat(CIPHERS.evaluate(e).message())
          .contains("RC4", "NULL", "anonymous", "64-bit block", "EXPORT");
    }
  }
}
