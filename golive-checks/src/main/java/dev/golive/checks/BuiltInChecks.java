package dev.golive.checks;

import dev.golive.checks.http.HstsCheck;
import dev.golive.checks.http.StatusCheck;
import dev.golive.checks.tls.CertificateCheck;
import dev.golive.checks.tls.CiphersCheck;
import dev.golive.checks.tls.ExpiryCheck;
import dev.golive.checks.tls.KeyCheck;
import dev.golive.checks.tls.ProtocolsCheck;
import java.util.List;

/** The ordered list of built-in check classes. Add a check here and nowhere else. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static final List<Class<? extends Check<?>>> CLASSES =
      List.of(
          // http
          StatusCheck.class,
          HstsCheck.class,
          // tls
          CertificateCheck.class,
          ExpiryCheck.class,
          ProtocolsCheck.class,
          CiphersCheck.class,
          KeyCheck.class);
}
