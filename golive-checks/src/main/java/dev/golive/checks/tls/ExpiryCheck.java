package dev.golive.checks.tls;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

/** The leaf certificate has enough days left before it expires. */
@CheckInfo(
    id = "tls.expiry",
    needs = TargetKind.TLS,
    title = "The TLS certificate has enough days left",
    severity = Priority.HIGH,
    description =
        "Reads the leaf certificate the TLS host presents and counts the whole days from the"
            + " check to its notAfter. Fails when fewer than min-days are left (or it has expired),"
            + " warns when fewer than warn-days are left, so renewal that stopped working shows"
            + " up weeks before the outage.")
public record ExpiryCheck(
    @Param(description = "Fewest days left that pass; fewer fails", defaultValue = "30")
        int minDays,
    @Param(
            description = "Below this many days left the check warns (0 never warns)",
            defaultValue = "60")
        int warnDays)
    implements Check<CertificateEvidence> {

  public ExpiryCheck {
    if (minDays < 0) {
      throw new IllegalArgumentException("'min-days' must be 0 or more");
    }
    if (warnDays < 0) {
      throw new IllegalArgumentException("'warn-days' must be 0 or more");
    }
  }

  @Override
  public CertificateEvidence collect(Probe probe) throws IOException, InterruptedException {
    return CertificateEvidence.collect(probe);
  }

  @Override
  public Judgement evaluate(CertificateEvidence e) {
    String notAfter = e.leaf().notAfter();
    Duration left = Duration.between(Instant.parse(e.checkedAt()), Instant.parse(notAfter));
    long days = left.toDays();
    String subject = "the certificate of " + e.where();
    if (left.isNegative()) {
      long ago = -left.toDays();
      return Judgement.fail(
          subject
              + " expired on "
              + notAfter
              + (ago > 0 ? ", " + ago + " day" + (ago == 1 ? "" : "s") + " before the check" : ""));
    }
    String said = subject + " expires on " + notAfter + ", in " + days + " days";
    if (days < minDays) {
      return Judgement.fail(said + ", fewer than the " + minDays + " required");
    }
    if (days < warnDays) {
      return Judgement.warn(said + ": renew it soon (warning below " + warnDays + " days)");
    }
    return Judgement.pass(said);
  }
}
