package dev.golive.checks;

import dev.golive.checks.exposure.AdminCheck;
import dev.golive.checks.exposure.DebugCheck;
import dev.golive.checks.exposure.DotenvCheck;
import dev.golive.checks.exposure.GitCheck;
import dev.golive.checks.http.HstsCheck;
import dev.golive.checks.http.StatusCheck;
import dev.golive.checks.seo.MetaCheck;
import dev.golive.checks.seo.OpenGraphCheck;
import dev.golive.checks.seo.RobotsCheck;
import dev.golive.checks.seo.SitemapCheck;
import java.util.List;

/** The ordered list of built-in check classes. Add a check here and nowhere else. */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static final List<Class<? extends Check<?>>> CLASSES =
      List.of(
          // http
          StatusCheck.class,
          HstsCheck.class,
          // exposure
          DotenvCheck.class,
          GitCheck.class,
          DebugCheck.class,
          AdminCheck.class,
          // seo
          MetaCheck.class,
          OpenGraphCheck.class,
          RobotsCheck.class,
          SitemapCheck.class);
}
