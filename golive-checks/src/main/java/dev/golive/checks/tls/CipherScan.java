package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The weak suites a server accepts, per version: for each version from SSLv3 to TLS 1.2 it accepts,
 * a hello offers every weak suite; the one the server picks is written down and left out of the
 * next hello, until the server refuses them all (testssl.sh's "cipher per protocol"). TLS 1.3
 * defines no weak suite; SSLv2's server hello lists its cipher kinds, all of them weak.
 *
 * @param scanned the versions whose suites were tried, newest first
 * @param accepted each weak suite and the version it was accepted over
 */
record CipherScan(List<TlsVersion> scanned, List<Found> accepted) {
  record Found(TlsVersion version, int suite) {}

  /** The scan of the probe's target, made once and shared. */
  static CipherScan of(Probe probe) throws IOException, InterruptedException {
    ProtocolScan protocols = ProtocolScan.of(probe);
    return probe.shared("tls.ciphers", () -> scan(probe, protocols));
  }

  private static CipherScan scan(Probe probe, ProtocolScan protocols) throws ProbeException {
    Endpoint e = protocols.endpoint();
    List<TlsVersion> scanned = new ArrayList<>();
    List<Found> found = new ArrayList<>();
    for (ProtocolScan.Row row : protocols.rows()) {
      TlsVersion v = row.version();
      if (!row.accepted() || v == TlsVersion.TLS_1_3) {
        continue;
      }
      scanned.add(v);
      if (v == TlsVersion.SSL_2) {
        row.suites().forEach(k -> found.add(new Found(v, k)));
        continue;
      }
      List<Integer> offer = new ArrayList<>(CipherSuites.weak());
      while (!offer.isEmpty()) {
        RawHello.Reply reply =
            RawHello.send(e.address(), e.host(), v, offer, false, e.timeout(probe));
        if (!(reply instanceof RawHello.Accepted a)
            || a.version() != v
            || !offer.remove(a.suites().getFirst())) {
          break;
        }
        found.add(new Found(v, a.suites().getFirst()));
      }
    }
    return new CipherScan(List.copyOf(scanned), List.copyOf(found));
  }
}
