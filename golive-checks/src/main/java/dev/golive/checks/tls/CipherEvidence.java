package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import java.io.IOException;
import java.util.List;

/**
 * The weak cipher suites a service accepts.
 *
 * @param host the host scanned
 * @param port its port
 * @param scanned the versions whose suites were tried (every accepted version but TLS 1.3, which
 *     has no weak suite), newest first
 * @param weak every weak suite accepted, with the version it was accepted over
 */
public record CipherEvidence(String host, int port, List<String> scanned, List<Suite> weak) {
  /**
   * One accepted weak suite.
   *
   * @param name its IANA name ({@code SSL_CK_...} for SSLv2 cipher kinds)
   * @param protocol the version it was accepted over
   * @param weaknesses {@code NULL}, {@code anonymous}, {@code EXPORT}, {@code RC4}, {@code 64-bit
   *     block}
   */
  public record Suite(String name, String protocol, List<String> weaknesses) {
    public Suite {
      weaknesses = List.copyOf(weaknesses);
    }

    /** A suite named by IANA, its weaknesses read from its name. */
    public static Suite of(String name, String protocol) {
      return new Suite(
          name,
          protocol,
          CipherSuites.weaknesses(name).stream().map(CipherSuites.Weakness::label).toList());
    }
  }

  public CipherEvidence {
    scanned = List.copyOf(scanned);
    weak = List.copyOf(weak);
  }

  String where() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  static CipherEvidence collect(Probe probe) throws IOException, InterruptedException {
    CipherScan scan = CipherScan.of(probe);
    Endpoint e = ProtocolScan.of(probe).endpoint();
    return new CipherEvidence(
        e.host(),
        e.port(),
        scan.scanned().stream().map(TlsVersion::jdkName).toList(),
        scan.accepted().stream()
            .map(f -> Suite.of(CipherSuites.name(f.suite()), f.version().jdkName()))
            .toList());
  }
}
