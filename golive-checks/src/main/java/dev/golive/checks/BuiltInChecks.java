package dev.golive.checks;

import dev.golive.checks.http.CacheStaticCheck;
import dev.golive.checks.http.CompressionCheck;
import dev.golive.checks.http.ContentTypeOptionsCheck;
import dev.golive.checks.http.CookiesCheck;
import dev.golive.checks.http.CorpCheck;
import dev.golive.checks.http.CorsCheck;
import dev.golive.checks.http.CspCheck;
import dev.golive.checks.http.FrameOptionsCheck;
import dev.golive.checks.http.HstsCheck;
import dev.golive.checks.http.HttpsRedirectCheck;
import dev.golive.checks.http.ReferrerPolicyCheck;
import dev.golive.checks.http.ServerBannerCheck;
import dev.golive.checks.http.SriCheck;
import dev.golive.checks.http.StatusCheck;
import java.util.List;

/** The ordered list of built-in check classes. Add a check here and nowhere else. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static final List<Class<? extends Check<?>>> CLASSES =
      List.of(
          // http
          StatusCheck.class,
          HstsCheck.class,
          HttpsRedirectCheck.class,
          CspCheck.class,
          FrameOptionsCheck.class,
          ContentTypeOptionsCheck.class,
          ReferrerPolicyCheck.class,
          CookiesCheck.class,
          CorsCheck.class,
          SriCheck.class,
          CorpCheck.class,
          ServerBannerCheck.class,
          CompressionCheck.class,
          CacheStaticCheck.class);
}
