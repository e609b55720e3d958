package dev.golive.checks.tls;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The certificate's key is long enough and its chain is signed with SHA-256 or better. */
@CheckInfo(
    id = "tls.key",
    needs = TargetKind.TLS,
    title = "The TLS certificate has a strong key and signature",
    severity = Priority.HIGH,
    description =
        "Reads the chain the TLS host presents. Fails when the leaf's RSA or DSA key is shorter"
            + " than min-rsa-bits or its EC key than min-ec-bits, or when the leaf or an"
            + " intermediate is signed with MD2, MD5, SHA-1 or SHA-224 (roots sign themselves,"
            + " so their own signature does not count). Ed25519 and Ed448 keys pass.")
public record KeyCheck(
    @Param(description = "Fewest bits an RSA or DSA key may have", defaultValue = "2048")
        int minRsaBits,
    @Param(description = "Fewest bits an EC key may have", defaultValue = "256") int minEcBits)
    implements Check<CertificateEvidence> {

  private static final Set<String> WEAK_DIGESTS = Set.of("MD2", "MD4", "MD5", "SHA1", "SHA224");

  public KeyCheck {
    if (minRsaBits < 512 || minRsaBits > 16384) {
      throw new IllegalArgumentException("'min-rsa-bits' must be between 512 and 16384");
    }
    if (minEcBits < 160 || minEcBits > 571) {
      throw new IllegalArgumentException("'min-ec-bits' must be between 160 and 571");
    }
  }

  @Override
  public CertificateEvidence collect(Probe probe) throws IOException, InterruptedException {
    return CertificateEvidence.collect(probe);
  }

  @Override
  public Judgement evaluate(CertificateEvidence e) {
    CertificateFacts leaf = e.leaf();
    List<String> problems = new ArrayList<>();
    int min =
        switch (leaf.keyType()) {
          case "RSA", "RSASSA-PSS", "DSA" -> minRsaBits;
          case "EC" -> minEcBits;
          default -> 0;
        };
    String key = leaf.keyType() + " " + leaf.keyBits() + "-bit key";
    if (leaf.keyBits() < min) {
      problems.add("has a " + key + ", shorter than " + min + " bits");
    }
    for (int i = 0; i < e.chain().size(); i++) {
      CertificateFacts c = e.chain().get(i);
      if (i > 0 && c.selfIssued()) {
        continue;
      }
      if (WEAK_DIGESTS.contains(CertificateFacts.digestOf(c.signatureAlgorithm()))) {
        String which = i == 0 ? "is" : "has an intermediate (" + c.subject() + ")";
        problems.add(which + " signed with " + c.signatureAlgorithm());
      }
    }
    String subject = "the certificate of " + e.where();
    if (!problems.isEmpty()) {
      return Judgement.fail(subject + " " + String.join(" and ", problems));
    }
    return Judgement.pass(
        subject + " has a " + key + " and is signed with " + leaf.signatureAlgorithm());
  }
}
