package dev.golive.checks;

import dev.golive.checks.api.ErrorFormatCheck;
import dev.golive.checks.api.HealthCheck;
import dev.golive.checks.api.OpenApiCheck;
import dev.golive.checks.cmd.ExitZeroCheck;
import dev.golive.checks.config.AllowedHostsCheck;
import dev.golive.checks.config.CorsOriginsCheck;
import dev.golive.checks.config.DebugOffCheck;
import dev.golive.checks.config.HttpsUrlsCheck;
import dev.golive.checks.config.PasswordStrengthCheck;
import dev.golive.checks.config.SecretStrengthCheck;
import dev.golive.checks.container.HealthcheckCheck;
import dev.golive.checks.container.ImagePinnedCheck;
import dev.golive.checks.container.PortExposureCheck;
import dev.golive.checks.container.ResourcesCheck;
import dev.golive.checks.container.RestartPolicyCheck;
import dev.golive.checks.container.SecretsInlineCheck;
import dev.golive.checks.db.BackupRecentCheck;
import dev.golive.checks.db.BackupRestorableCheck;
import dev.golive.checks.db.ConnectionsCheck;
import dev.golive.checks.db.IndexesCheck;
import dev.golive.checks.db.MigrationsCheck;
import dev.golive.checks.db.ReachableCheck;
import dev.golive.checks.db.SlowQueryLogCheck;
import dev.golive.checks.db.SqliteWalCheck;
import dev.golive.checks.db.TlsCheck;
import dev.golive.checks.dns.CaaCheck;
import dev.golive.checks.dns.ResolvesCheck;
import dev.golive.checks.exposure.AdminCheck;
import dev.golive.checks.exposure.DebugCheck;
import dev.golive.checks.exposure.DotenvCheck;
import dev.golive.checks.exposure.GitCheck;
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
import dev.golive.checks.perf.LatencyCheck;
import dev.golive.checks.redis.AuthCheck;
import dev.golive.checks.redis.ExposureCheck;
import dev.golive.checks.redis.PersistenceCheck;
import dev.golive.checks.repo.CiCheck;
import dev.golive.checks.repo.DockerfileCheck;
import dev.golive.checks.repo.DocsCheck;
import dev.golive.checks.repo.EnvExampleCheck;
import dev.golive.checks.repo.EnvIgnoredCheck;
import dev.golive.checks.repo.LockfileCheck;
import dev.golive.checks.repo.SecretsCheck;
import dev.golive.checks.seo.MetaCheck;
import dev.golive.checks.seo.OpenGraphCheck;
import dev.golive.checks.seo.RobotsCheck;
import dev.golive.checks.seo.SitemapCheck;
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
          HttpsRedirectCheck.class,
          HstsCheck.class,
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
          CacheStaticCheck.class,
          // tls
          CertificateCheck.class,
          ExpiryCheck.class,
          ProtocolsCheck.class,
          CiphersCheck.class,
          KeyCheck.class,
          // dns
          ResolvesCheck.class,
          CaaCheck.class,
          // perf
          LatencyCheck.class,
          // api
          HealthCheck.class,
          OpenApiCheck.class,
          ErrorFormatCheck.class,
          // exposure
          DotenvCheck.class,
          GitCheck.class,
          DebugCheck.class,
          AdminCheck.class,
          // seo
          MetaCheck.class,
          OpenGraphCheck.class,
          RobotsCheck.class,
          SitemapCheck.class,
          // db
          ReachableCheck.class,
          MigrationsCheck.class,
          IndexesCheck.class,
          SlowQueryLogCheck.class,
          ConnectionsCheck.class,
          TlsCheck.class,
          SqliteWalCheck.class,
          BackupRecentCheck.class,
          BackupRestorableCheck.class,
          // redis
          AuthCheck.class,
          PersistenceCheck.class,
          ExposureCheck.class,
          // repo
          EnvIgnoredCheck.class,
          SecretsCheck.class,
          EnvExampleCheck.class,
          DocsCheck.class,
          CiCheck.class,
          LockfileCheck.class,
          DockerfileCheck.class,
          // config
          DebugOffCheck.class,
          SecretStrengthCheck.class,
          PasswordStrengthCheck.class,
          AllowedHostsCheck.class,
          CorsOriginsCheck.class,
          HttpsUrlsCheck.class,
          // container
          HealthcheckCheck.class,
          RestartPolicyCheck.class,
          ImagePinnedCheck.class,
          ResourcesCheck.class,
          PortExposureCheck.class,
          SecretsInlineCheck.class,
          // cmd
          ExitZeroCheck.class);
}
