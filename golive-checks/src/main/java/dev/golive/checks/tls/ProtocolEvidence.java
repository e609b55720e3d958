package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which SSL and TLS versions a service accepts.
 *
 * @param host the host scanned
 * @param port its port
 * @param protocols one entry per version from SSLv2 to TLS 1.3, newest first
 */
public record ProtocolEvidence(String host, int port, List<Protocol> protocols) {
  /**
   * One version.
   *
   * @param name {@code SSLv2}, {@code SSLv3}, {@code TLSv1}, {@code TLSv1.1}, {@code TLSv1.2} or
   *     {@code TLSv1.3}
   * @param accepted whether the server agreed to it
   * @param detail what the server answered: the suite it chose, the alert it sent, ...
   */
  public record Protocol(String name, boolean accepted, String detail) {}

  public ProtocolEvidence {
    protocols = List.copyOf(protocols);
  }

  /** The names of the accepted versions, newest first. */
  public List<String> accepted() {
    return protocols.stream().filter(Protocol::accepted).map(Protocol::name).toList();
  }

  String where() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  /**
   * One hello per version (shared), with the version the JDK's own client agreed on added when the
   * hand-built hello missed it.
   */
  static ProtocolEvidence collect(Probe probe) throws IOException, InterruptedException {
    ProtocolScan scan = ProtocolScan.of(probe);
    String negotiated = null;
    try {
      negotiated = Handshake.of(probe).protocol();
    } catch (ProbeException e) {
      // the hellos decide alone when the JDK's client cannot finish a handshake
    }
    List<Protocol> out = new ArrayList<>();
    for (ProtocolScan.Row r : scan.rows()) {
      String name = r.version().jdkName();
      if (!r.accepted() && name.equals(negotiated)) {
        out.add(new Protocol(name, true, "agreed on by the JDK's client (" + r.detail() + ")"));
      } else {
        out.add(new Protocol(name, r.accepted(), r.detail()));
      }
    }
    return new ProtocolEvidence(scan.endpoint().host(), scan.endpoint().port(), out);
  }
}
