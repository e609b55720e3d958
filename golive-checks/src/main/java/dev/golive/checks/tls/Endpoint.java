package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * The TLS service of a target, resolved once, with the time each connection to it may take.
 *
 * @param host the name as the target gives it (sent as SNI, matched against the certificate)
 * @param port its port
 * @param address the address connected to
 */
record Endpoint(String host, int port, InetSocketAddress address) {
  /** No answer to a hello takes longer than this from a server that means to give one. */
  static final Duration MAX_WAIT = Duration.ofSeconds(5);

  static Endpoint of(Probe probe) throws ProbeException {
    String host = probe.target().tlsHost();
    int port = probe.target().tlsPort();
    if (host == null || host.isBlank()) {
      throw new ProbeException("the target names no TLS host to check");
    }
    try {
      return new Endpoint(host, port, new InetSocketAddress(InetAddress.getByName(host), port));
    } catch (UnknownHostException e) {
      throw new ProbeException("cannot resolve " + host + ": " + e.getMessage(), e);
    }
  }

  /** {@code host:port}, as messages name the service. */
  String where() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  /** Time for the next connection: what is left of the check's, at most {@link #MAX_WAIT}. */
  Duration timeout(Probe probe) throws ProbeException {
    Duration left = probe.remaining();
    if (left.toMillis() < 1) {
      throw new ProbeException("the deadline passed before " + where() + " was fully scanned");
    }
    return left.compareTo(MAX_WAIT) < 0 ? left : MAX_WAIT;
  }
}
