package dev.golive.bench.tls;

import dev.golive.testkit.Certificates;
import dev.golive.testkit.Certificates.Authority;
import dev.golive.testkit.Certificates.Issued;
import dev.golive.testkit.Certificates.Key;
import dev.golive.testkit.Certificates.Spec;
import dev.golive.testkit.RawServer;
import dev.golive.testkit.WebServer;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * One local server with one thing right or wrong about its TLS, for golive and testssl.sh to judge
 * side by side.
 *
 * @param name short id, also the name of testssl.sh's JSON file
 * @param what what is special about it
 * @param start starts it, with certificates from the comparison's own CA
 */
record Scenario(String name, String what, Function<Authority, Server> start) {

  /** A running server. */
  interface Server extends AutoCloseable {
    int port();

    @Override
    void close();
  }

  static List<Scenario> all() {
    return List.of(
        web("sound", "CA-issued RSA 2048, SHA-256, TLS 1.3 and 1.2", ca -> valid(ca)),
        web(
            "expired",
            "expired three days ago",
            ca -> ca.issue(Spec.valid("127.0.0.1").expired(Duration.ofDays(3)))),
        web(
            "self-signed",
            "self-signed leaf",
            ca -> Certificates.selfSigned(Spec.valid("127.0.0.1"))),
        web("wrong-host", "issued for shop.test", ca -> ca.issue(Spec.valid("shop.test"))),
        web(
            "expires-20d",
            "20 days left",
            ca -> ca.issue(Spec.valid("127.0.0.1").validFor(Duration.ofDays(20)))),
        web(
            "expires-45d",
            "45 days left",
            ca -> ca.issue(Spec.valid("127.0.0.1").validFor(Duration.ofDays(45)))),
        web("rsa-1024", "RSA 1024 key", ca -> ca.issue(Spec.valid("127.0.0.1").key(Key.rsa(1024)))),
        web(
            "sha1",
            "signed with SHA1withRSA",
            ca -> ca.issue(Spec.valid("127.0.0.1").signature("SHA1withRSA"))),
        web(
            "ec-p256",
            "EC P-256 key",
            ca -> ca.issue(Spec.valid("127.0.0.1").key(Key.ec("secp256r1")))),
        new Scenario("tls13-only", "TLS 1.3 only", ca -> of(WebServer.https(valid(ca), "TLSv1.3"))),
        new Scenario("tls10-only", "TLS 1.0 only", ca -> of(WebServer.https(valid(ca), "TLSv1"))),
        new Scenario(
            "ssl3-to-tls12",
            "SSLv3, TLS 1.0, 1.1 and 1.2",
            ca -> of(WebServer.https(valid(ca), "SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"))),
        suites(
            "3des",
            "TLS 1.2 with 3DES suites",
            new String[] {"TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
            "SSL_RSA_WITH_3DES_EDE_CBC_SHA"),
        suites(
            "rc4",
            "TLS 1.2 with RC4 suites",
            new String[] {"TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
            "SSL_RSA_WITH_RC4_128_SHA",
            "SSL_RSA_WITH_RC4_128_MD5"),
        suites(
            "null-anon",
            "TLS 1.2 with NULL and anonymous suites",
            new String[] {"TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
            "TLS_ECDHE_RSA_WITH_NULL_SHA",
            "TLS_RSA_WITH_NULL_SHA256",
            "TLS_DH_anon_WITH_AES_128_CBC_SHA",
            "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"),
        suites(
            "export-des",
            "TLS 1.0 and 1.2 with EXPORT and DES suites",
            new String[] {"TLSv1", "TLSv1.2"},
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
            "SSL_RSA_EXPORT_WITH_RC4_40_MD5",
            "SSL_RSA_EXPORT_WITH_DES40_CBC_SHA",
            "SSL_RSA_WITH_DES_CBC_SHA",
            "SSL_DHE_RSA_WITH_DES_CBC_SHA"),
        new Scenario(
            "plain-http",
            "answers HTTP 400, as nginx does on a TLS hello",
            ca -> of(RawServer.plain(TestsslComparison::badRequest))));
  }

  private static Issued valid(Authority ca) {
    return ca.issue(Spec.valid("127.0.0.1"));
  }

  private static Scenario web(String name, String what, Function<Authority, Issued> cert) {
    // named, since this JVM's defaults include what LegacyTls turned on
    return new Scenario(
        name, what, ca -> of(WebServer.https(cert.apply(ca), "TLSv1.3", "TLSv1.2")));
  }

  private static Scenario suites(String name, String what, String[] protocols, String... suites) {
    return new Scenario(
        name,
        what,
        ca -> of(RawServer.tls(valid(ca), protocols, suites, TestsslComparison::okPage)));
  }

  private static Server of(WebServer s) {
    s.route("/", WebServer.Reply.html("<p>ok</p>"));
    return new Server() {
      @Override
      public int port() {
        return s.port();
      }

      @Override
      public void close() {
        s.close();
      }
    };
  }

  private static Server of(RawServer s) {
    return new Server() {
      @Override
      public int port() {
        return s.port();
      }

      @Override
      public void close() {
        s.close();
      }
    };
  }
}
