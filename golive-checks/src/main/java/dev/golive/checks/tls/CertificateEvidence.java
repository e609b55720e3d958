package dev.golive.checks.tls;

import dev.golive.checks.Probe;
import java.io.IOException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.X509TrustManager;

/**
 * The certificate chain a TLS service presents and what the audit's trust made of it.
 *
 * @param host the host checked, which the leaf must name
 * @param port its port
 * @param checkedAt when the chain was fetched (ISO-8601 UTC): validity is judged at this instant
 * @param protocol the version the handshake agreed on
 * @param suite the suite it agreed on
 * @param chain the certificates as sent, leaf first
 * @param trusted whether the chain leads to a certificate the audit trusts (PKIX, RFC 5280)
 * @param trustProblem why it does not, in words; {@code null} when trusted
 * @param note how the chain was obtained when the JDK's client could not finish a handshake
 */
public record CertificateEvidence(
    String host,
    int port,
    String checkedAt,
    String protocol,
    String suite,
    List<CertificateFacts> chain,
    boolean trusted,
    String trustProblem,
    String note) {

  static final String EXPIRED = "a certificate in the chain has expired";
  static final String NOT_YET_VALID = "a certificate in the chain is not yet valid";

  public CertificateEvidence {
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain holds at least the leaf");
    }
  }

  public CertificateFacts leaf() {
    return chain.getFirst();
  }

  /** {@code host:port}, as messages name the service. */
  String where() {
    return host.contains(":") ? "[" + host + "]:" + port : host + ":" + port;
  }

  /** Handshakes once per target (shared), then judges the chain against the probe's trust. */
  static CertificateEvidence collect(Probe probe) throws IOException, InterruptedException {
    Handshake h = Handshake.of(probe);
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String problem = trustProblem(h.chain(), probe.trust());
    return new CertificateEvidence(
        probe.target().tlsHost(),
        probe.target().tlsPort(),
        now.toString(),
        h.protocol(),
        h.suite(),
        h.chain().stream().map(CertificateFacts::of).toList(),
        problem == null,
        problem,
        h.note());
  }

  /** Why {@code trust} refuses {@code chain}, or {@code null} when it accepts it. */
  static String trustProblem(List<X509Certificate> chain, X509TrustManager trust) {
    try {
      trust.checkServerTrusted(chain.toArray(new X509Certificate[0]), "UNKNOWN");
      return null;
    } catch (CertificateException | RuntimeException e) {
      return reason(e, chain);
    }
  }

  private static String reason(Exception e, List<X509Certificate> chain) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CertPathValidatorException v) {
        String detail = v.getMessage() == null ? "" : " (" + v.getMessage() + ")";
        return switch (v.getReason()) {
          case CertPathValidatorException.BasicReason.EXPIRED -> EXPIRED;
          case CertPathValidatorException.BasicReason.NOT_YET_VALID -> NOT_YET_VALID;
          case CertPathValidatorException.BasicReason.REVOKED -> "a certificate is revoked";
          case CertPathValidatorException.BasicReason.ALGORITHM_CONSTRAINED ->
              "the chain uses an algorithm or key size the trust store refuses" + detail;
          case CertPathValidatorException.BasicReason.INVALID_SIGNATURE ->
              "a signature in the chain does not verify";
          default -> "the chain does not validate" + detail;
        };
      }
      if (t instanceof CertPathBuilderException
          || String.valueOf(t.getMessage()).contains("unable to find valid certification path")) {
        X509Certificate leaf = chain.getFirst();
        if (chain.size() == 1
            && leaf.getSubjectX500Principal().equals(leaf.getIssuerX500Principal())) {
          return "the certificate is self-signed and not in the trust store";
        }
        return "no chain leads from it to a trusted root (issuer "
            + chain.getLast().getIssuerX500Principal().getName()
            + ")";
      }
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m.toLowerCase(Locale.ROOT);
  }
}
