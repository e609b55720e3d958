package dev.golive.checks.tls;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.List;

/** Only TLS 1.2 and 1.3 are accepted. */
@CheckInfo(
    id = "tls.protocols",
    needs = TargetKind.TLS,
    title = "Only TLS 1.2 and TLS 1.3 are offered",
    severity = Priority.HIGH,
    description =
        "Sends the TLS host one hand-built ClientHello per version (SSLv2, SSLv3, TLS 1.0, 1.1,"
            + " 1.2 and 1.3), each offering every cipher suite the scanner knows, and reads the"
            + " version of the ServerHello or the alert, as testssl.sh does. Fails when SSLv2,"
            + " SSLv3, TLS 1.0 or TLS 1.1 is accepted (RFC 8996), or when neither TLS 1.2 nor 1.3"
            + " is.")
public record ProtocolsCheck() implements Check<ProtocolEvidence> {

  @Override
  public ProtocolEvidence collect(Probe probe) throws IOException, InterruptedException {
    return ProtocolEvidence.collect(probe);
  }

  @Override
  public Judgement evaluate(ProtocolEvidence e) {
    List<String> accepted = e.accepted();
    List<String> obsolete =
        accepted.stream()
            .filter(n -> TlsVersion.ofName(n).map(TlsVersion::obsolete).orElse(false))
            .toList();
    if (!obsolete.isEmpty()) {
      return Judgement.fail(e.where() + " accepts " + Words.and(obsolete.reversed()));
    }
    if (accepted.isEmpty()) {
      return Judgement.error(e.where() + " accepted no SSL or TLS version");
    }
    if (!accepted.contains("TLSv1.2") && !accepted.contains("TLSv1.3")) {
      return Judgement.fail(
          e.where() + " offers neither TLSv1.2 nor TLSv1.3, only " + Words.and(accepted));
    }
    return Judgement.pass(e.where() + " offers " + Words.and(accepted) + " and nothing older");
  }
}
