package dev.golive.checks;

import dev.golive.checks.api.ErrorFormatCheck;
import dev.golive.checks.api.HealthCheck;
import dev.golive.checks.api.OpenApiCheck;
import dev.golive.checks.dns.CaaCheck;
import dev.golive.checks.dns.ResolvesCheck;
import dev.golive.checks.http.HstsCheck;
import dev.golive.checks.http.StatusCheck;
import dev.golive.checks.perf.LatencyCheck;
import java.util.List;

/** The ordered list of built-in check classes. Add a check here and nowhere else. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static final List<Class<? extends Check<?>>> CLASSES =
      List.of(
          // http
          StatusCheck.class,
          HstsCheck.class,
          // dns
          ResolvesCheck.class,
          CaaCheck.class,
          // api
          HealthCheck.class,
          OpenApiCheck.class,
          ErrorFormatCheck.class,
          // perf
          LatencyCheck.class);
}
