package dev.golive.checks.tls;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The TLS certificate is trusted, names the host and is within its validity period. */
@CheckInfo(
    id = "tls.certificate",
    needs = TargetKind.TLS,
    title = "The TLS certificate is valid, trusted and names the host",
    severity = Priority.CRITICAL,
    description =
        "Completes a TLS handshake with the target's TLS host and port, then validates the chain"
            + " the server sent against the audit's trust (the system's roots and --ca-file) with"
            + " PKIX, matches the host against the leaf's subject alternative names as browsers"
            + " do (the common name does not count), and compares the leaf's validity period with"
            + " the time of the check. Fails on an untrusted, self-signed, expired, not yet valid"
            + " or wrongly named certificate.")
public record CertificateCheck() implements Check<CertificateEvidence> {

  @Override
  public CertificateEvidence collect(Probe probe) throws IOException, InterruptedException {
    return CertificateEvidence.collect(probe);
  }

  @Override
  public Judgement evaluate(CertificateEvidence e) {
    CertificateFacts leaf = e.leaf();
    Instant now = Instant.parse(e.checkedAt());
    List<String> problems = new ArrayList<>();
    if (now.isAfter(Instant.parse(leaf.notAfter()))) {
      problems.add("expired on " + leaf.notAfter());
    } else if (now.isBefore(Instant.parse(leaf.notBefore()))) {
      problems.add("is not valid before " + leaf.notBefore());
    }
    boolean datesSaidIt =
        !problems.isEmpty()
            && (CertificateEvidence.EXPIRED.equals(e.trustProblem())
                || CertificateEvidence.NOT_YET_VALID.equals(e.trustProblem()));
    if (!e.trusted() && !datesSaidIt) {
      problems.add("is not trusted: " + e.trustProblem());
    }
    if (!HostNames.matches(e.host(), leaf.sans())) {
      problems.add(
          leaf.sans().isEmpty()
              ? "names no host (it has no subject alternative names)"
              : "does not name " + e.host() + " (it names " + String.join(", ", leaf.sans()) + ")");
    }
    String subject = "the certificate of " + e.where();
    if (!problems.isEmpty()) {
      return Judgement.fail(subject + " " + String.join("; it ", problems));
    }
    return Judgement.pass(
        subject + " is trusted, names " + e.host() + " and is valid until " + leaf.notAfter());
  }
}
