package dev.golive.checks.redis;

import dev.golive.checks.LiveProbe;
import dev.golive.checks.Probes;
import dev.golive.checks.Resources;
import dev.golive.checks.Target;
import dev.golive.checks.TargetKind;
import dev.golive.checks.Trust;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.X509TrustManager;

/** Probes of a target that has only a Redis URL, with short deadlines. */
final class RedisProbes {
  private RedisProbes() {}

  static LiveProbe of(String url) {
    return of(url, Trust.system());
  }

  static LiveProbe of(String url, X509TrustManager trust) {
    return of(url, trust, Duration.ofSeconds(5));
  }

  static LiveProbe of(String url, X509TrustManager trust, Duration budget) {
    Resources r = Resources.NONE.with(TargetKind.REDIS, url, Path.of("."));
    return Probes.of(Target.of("cache", r), trust, budget);
  }
}
