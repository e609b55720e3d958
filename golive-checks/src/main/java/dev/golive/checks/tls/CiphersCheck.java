package dev.golive.checks.tls;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** No weak cipher suite is accepted. */
@CheckInfo(
    id = "tls.ciphers",
    needs = TargetKind.TLS,
    title = "No weak cipher suites are accepted",
    severity = Priority.HIGH,
    description =
        "For every version up to TLS 1.2 the TLS host accepts, offers it every NULL, anonymous"
            + " (aNULL), EXPORT, RC4 and 64-bit block cipher (DES, 3DES, IDEA, RC2) suite in a"
            + " hand-built ClientHello, notes the one the server picks and asks again without it"
            + " until the server refuses them all, as testssl.sh does per protocol. SSLv2 cipher"
            + " kinds are all weak. Fails when any is accepted; TLS 1.3 has no weak suites.")
public record CiphersCheck() implements Check<CipherEvidence> {
  private static final int NAMED = 5;

  @Override
  public CipherEvidence collect(Probe probe) throws IOException, InterruptedException {
    return CipherEvidence.collect(probe);
  }

  @Override
  public Judgement evaluate(CipherEvidence e) {
    if (!e.weak().isEmpty()) {
      Set<String> names = new LinkedHashSet<>();
      Set<String> kinds = new LinkedHashSet<>();
      for (CipherEvidence.Suite s : e.weak()) {
        names.add(s.name());
        kinds.addAll(s.weaknesses());
      }
      List<String> shown = new ArrayList<>(names).subList(0, Math.min(NAMED, names.size()));
      String more = names.size() > NAMED ? " and " + (names.size() - NAMED) + " more" : "";
      return Judgement.fail(
          e.where()
              + " accepts "
              + names.size()
              + " weak cipher suite"
              + (names.size() == 1 ? "" : "s")
              + " ("
              + Words.and(new ArrayList<>(kinds))
              + "): "
              + String.join(", ", shown)
              + more);
    }
    if (e.scanned().isEmpty()) {
      return Judgement.pass(e.where() + " offers only TLSv1.3, whose cipher suites are all strong");
    }
    return Judgement.pass(
        e.where()
            + " accepts no NULL, anonymous, EXPORT, RC4 or 64-bit block cipher suite over "
            + Words.and(e.scanned()));
  }
}
