package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import dev.golive.checks.ProbeException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which SSL and TLS versions a server accepts: one hand-built hello per version, offering every
 * suite the scanner knows, as testssl.sh does with its sockets. A version is accepted when the
 * server answers with a ServerHello of that very version.
 *
 * @param endpoint what was scanned
 * @param rows one per version, newest first
 */
record ProtocolScan(Endpoint endpoint, List<Row> rows) {
  /** The order of the hellos: the usual versions first, so a silent server is caught early. */
  private static final List<TlsVersion> ORDER =
      List.of(
          TlsVersion.TLS_1_2,
          TlsVersion.TLS_1_3,
          TlsVersion.TLS_1_1,
          TlsVersion.TLS_1_0,
          TlsVersion.SSL_3,
          TlsVersion.SSL_2);

  /**
   * What one version's hello met.
   *
   * @param suites the suite the server chose, or for SSLv2 every cipher kind it has; empty when the
   *     version was refused
   */
  record Row(TlsVersion version, boolean accepted, String detail, List<Integer> suites) {}

  /** The scan of the probe's target, made once and shared by the checks that need it. */
  static ProtocolScan of(Probe probe) throws IOException, InterruptedException {
    return probe.shared("tls.protocols", () -> scan(probe));
  }

  Optional<Row> row(TlsVersion v) {
    return rows.stream().filter(r -> r.version() == v).findFirst();
  }

  private static ProtocolScan scan(Probe probe) throws ProbeException {
    Endpoint e = Endpoint.of(probe);
    List<Row> rows = new ArrayList<>();
    boolean answered = false;
    for (TlsVersion v : ORDER) {
      RawHello.Reply reply =
          RawHello.send(e.address(), e.host(), v, offer(v), false, e.timeout(probe));
      switch (reply) {
        case RawHello.Accepted a when a.version() == v -> {
          String chose =
              v == TlsVersion.SSL_2
                  ? "has " + a.suites().size() + " SSLv2 cipher kinds"
                  : "chose " + CipherSuites.name(a.suites().getFirst());
          rows.add(new Row(v, true, chose, a.suites()));
          answered = true;
        }
        case RawHello.Accepted a -> {
          rows.add(new Row(v, false, "answered with " + a.version().jdkName(), List.of()));
          answered = true;
        }
        case RawHello.Refused r -> {
          if (r.silent() && !answered) {
            throw new ProbeException(
                e.where()
                    + " accepted the connection but "
                    + r.why()
                    + " in answer to a TLS ClientHello: is it a TLS port?");
          }
          rows.add(new Row(v, false, r.why(), List.of()));
          answered |= !r.silent();
        }
      }
    }
    if (rows.stream().noneMatch(Row::accepted)) {
      throw new ProbeException(
          e.where()
              + " accepted no SSL or TLS version: it "
              + rows.getFirst().detail()
              + " when offered TLS 1.2");
    }
    rows.sort((a, b) -> b.version().compareTo(a.version()));
    return new ProtocolScan(e, List.copyOf(rows));
  }

  /** Everything the scanner knows that {@code v} can carry. */
  static List<Integer> offer(TlsVersion v) {
    return switch (v) {
      case SSL_2 -> CipherSuites.sslv2();
      case TLS_1_3 -> {
        List<Integer> all = new ArrayList<>(CipherSuites.tls13());
        all.addAll(CipherSuites.legacy());
        yield all;
      }
      default -> CipherSuites.legacy();
    };
  }
}
