package dev.golive.checks.config;

import static dev.golive.checks.config.Configs.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Resources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigViewTest {
  private static ConfigView read(Path env, Path repo) throws Exception {
    return ConfigView.read(
        new Resources(null, null, repo, env == null ? null : env.toString(), null, null), Map.of());
  }

  private static Setting named(ConfigView v, String name) {
    return v.settings().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aDjangoProjectsActiveSettingsModuleAddsItsValues(@TempDir Path repo) throws Exception {
    write(
        repo,
        "manage.py",
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings.dev')\n");
    write(
        repo,
        "shop/wsgi.py",
        "import os\n\nos.environ.setdefault(\"DJANGO_SETTINGS_MODULE\", \"shop.settings.production\")\n");
    write(repo, "shop/__init__.py", "");
    write(repo, "shop/settings/__init__.py", "");
    write(
        repo,
        "shop/settings/base.py",
        """
        import os
        INSTALLED_APPS = ['django.contrib.admin']
        DEBUG = True
        SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
        ALLOWED_HOSTS = os.environ.get('ALLOWED_HOSTS', 'localhost').split(',')
        CORS_ALLOWED_ORIGINS = ['https://shop.example']
        """);
    write(
        repo,
        "shop/settings/production.py",
        "from .base import *\n\nDEBUG = False\nCORS_ALLOWED_ORIGINS += ['https://admin.shop.example']\n");
    write(repo, "shop/settings/dev.py", "from .base import *\nDEBUG = True\n");
    Path env = write(repo, ".env", "DJANGO_SECRET_KEY=k\nOTHER=1\n");

    ConfigView v = read(env, repo);

    assertThat(v.notes())
        .contains(
            "Django settings: shop/settings/production.py"
                + " (DJANGO_SETTINGS_MODULE=shop.settings.production, shop/wsgi.py:3)");
    assertThat(named(v, "DEBUG").value()).isEqualTo("False");
    assertThat(named(v, "DEBUG").where()).isEqualTo("shop/settings/production.py:3");
    Setting key = named(v, "DJANGO_SECRET_KEY");
    assertThat(key.names()).containsExactly("DJANGO_SECRET_KEY", "SECRET_KEY");
    assertThat(key.where()).isEqualTo(".env:1, read as SECRET_KEY by shop/settings/base.py:4");
    Setting hosts = named(v, "ALLOWED_HOSTS");
    assertThat(hosts.elements()).containsExactly("localhost");
    assertThat(hosts.where())
        .isEqualTo("shop/settings/base.py:5, the default while ALLOWED_HOSTS is unset in the env");
    assertThat(named(v, "CORS_ALLOWED_ORIGINS").items())
        .containsExactly("https://shop.example", "https://admin.shop.example");
  }

  @Test
  void djangoSettingsModuleInTheEnvWinsAndDefaultsFillTheGaps(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(repo, "shop/settings.py", "SECRET_KEY = 'x'\nDEBUG = True\n");
    write(repo, "shop/prod_settings.py", "SECRET_KEY = 'y'\n");
    Path env = write(repo, "deploy/.env", "DJANGO_SETTINGS_MODULE=shop.prod_settings\n");

    ConfigView v = read(env, repo);

    assertThat(v.notes())
        .contains(
            "Django settings: shop/prod_settings.py (DJANGO_SETTINGS_MODULE=shop.prod_settings,"
                + " .env:1)");
    assertThat(named(v, "DEBUG").value()).isEqualTo("False");
    assertThat(named(v, "DEBUG").where())
        .isEqualTo("Django's default (shop/prod_settings.py does not set DEBUG)");
    assertThat(named(v, "ALLOWED_HOSTS").items()).isEmpty();
  }

  @Test
  void environmentReadsInsideDjangoDatabasesAreFollowed(@TempDir Path repo) throws Exception {
    write(repo, "manage.py", "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'shop.settings')\n");
    write(
        repo,
        "shop/settings.py",
        "import os\nSECRET_KEY = None\nDATABASES = {'default': {\n  'USER': os.environ.get('DB_USER',"
            + " 'shop'),\n  'PASSWORD': os.environ['DB_PASSWORD'],\n}}\n");
    Path env = write(repo, ".env", "DB_PASSWORD=pw\n");

    ConfigView v = read(env, repo);

    assertThat(named(v, "DB_PASSWORD").names())
        .containsExactly("DB_PASSWORD", "DATABASES.DEFAULT.PASSWORD");
    assertThat(named(v, "DATABASES.default.USER").value()).isEqualTo("shop");
    assertThat(named(v, "SECRET_KEY").value()).isEqualTo("None");
  }

  @Test
  void aRepositoryWithoutDjangoAddsNothing(@TempDir Path repo) throws Exception {
    write(repo, "crawler/settings.py", "BOT_NAME = 'crawler'\nDEBUG = True\n");
    Path env = write(repo, ".env", "A=1\n");
    assertThat(read(env, repo).settings()).extracting(Setting::name).containsExactly("A");
  }

  @Test
  void springApplicationFilesYieldToTheEnvironment(@TempDir Path repo) throws Exception {
    write(
        repo,
        "api/src/main/resources/application.properties",
        "# profile\nspring.profiles.active=${APP_PROFILE:dev}\ndebug = true\n");
    write(
        repo,
        "web/src/main/resources/application.yml",
        """
        spring:
          profiles:
            active:
              - prod
              - k8s
        ---
        spring:
          config:
            activate:
              on-profile: dev
          profiles:
            active: dev
        """);
    write(repo, "api/src/test/resources/application.properties", "spring.profiles.active=test\n");
    Path env = write(repo, ".env", "DEBUG=false\n");

    ConfigView v = read(env, repo);

    Setting profile = named(v, "spring.profiles.active");
    assertThat(profile.value()).isEqualTo("dev");
    assertThat(profile.where())
        .isEqualTo(
            "api/src/main/resources/application.properties:2, the default while APP_PROFILE is"
                + " unset in the env");
    assertThat(named(v, "DEBUG").where())
        .isEqualTo(".env:1, read by api/src/main/resources/application.properties:3");
    assertThat(
            v.settings().stream()
                .filter(s -> s.where().startsWith("web/"))
                .map(s -> s.value() + " @ " + s.where()))
        .containsExactly(
            "prod,k8s @ web/src/main/resources/application.yml:3, the default while"
                + " SPRING_PROFILES_ACTIVE is unset in the env");
  }

  @Test
  void laravelDefaultsApplyWhenTheEnvDoesNotSetThem(@TempDir Path repo) throws Exception {
    write(repo, "artisan", "#!/usr/bin/env php\n");
    write(
        repo,
        "config/app.php",
        """
        <?php
        return [
            'name' => env('APP_NAME', 'Laravel'),
            'env' => env('APP_ENV', 'production'),
            'debug' => (bool) env('APP_DEBUG', true),
        ];
        """);
    Path env = write(repo, ".env", "APP_ENV=production\n");

    ConfigView v = read(env, repo);

    assertThat(named(v, "APP_ENV").where())
        .isEqualTo(".env:1, read as app.env by config/app.php:4");
    assertThat(named(v, "app.debug").value()).isEqualTo("True");
    assertThat(named(v, "app.debug").where())
        .isEqualTo("config/app.php:5, the default while APP_DEBUG is unset in the env");
  }

  @Test
  void exampleFilesBesideTheEnvAreRead(@TempDir Path dir) throws Exception {
    write(dir, ".env.example", "SECRET_KEY=change-me\nDB_PASSWORD=\n");
    Path env = write(dir, ".env", "SECRET_KEY=change-me\n");
    ConfigView v = read(env, null);
    assertThat(v.examples().get("SECRET_KEY").where()).isEqualTo(".env.example:1");
    assertThat(v.examples().get("SECRET_KEY").value()).isEqualTo("change-me");
  }

  @Test
  void theProcessEnvironmentIsReadAsGiven() throws Exception {
    ConfigView v =
        ConfigView.read(
            new Resources(null, null, null, Resources.PROCESS_ENV, null, null),
            Map.of("NODE_ENV", "production", "A", "${B}"));
    assertThat(v.source()).isEqualTo("the process environment");
    assertThat(v.settings())
        .extracting(s -> s.name() + "=" + s.value() + " @ " + s.where())
        .containsExactly(
            "A=${B} @ the process environment", "NODE_ENV=production @ the process environment");
  }

  @Test
  void anEnvThatCannotBeReadIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
    assertThatThrownBy(() -> read(dir.resolve("missing.env"), null))
        .isInstanceOf(ProbeException.class)
        .hasMessageEndingWith("missing.env does not exist");
    assertThatThrownBy(() -> read(dir, null))
        .isInstanceOf(ProbeException.class)
        .hasMessageEndingWith("is not a file");
    Path binary = dir.resolve("bin.env");
    Files.write(binary, new byte[] {'A', '=', 0, 1, 2});
    assertThatThrownBy(() -> read(binary, null))
        .isInstanceOf(ProbeException.class)
        .hasMessageEndingWith("is binary, not text");
    Path env = write(dir, ".env", "A=1\n");
    assertThatThrownBy(() -> read(env, dir.resolve("no-repo")))
        .isInstanceOf(ProbeException.class)
        .hasMessageEndingWith("no-repo is not a folder");
  }

  @Test
  void settingsNeverShowTheirValue() {
    Setting s = Setting.of("DB_PASSWORD", "hunter2", ".env:3");
    assertThat(s.toString()).isEqualTo("DB_PASSWORD (.env:3)");
    assertThat(List.of(s).toString()).doesNotContain("hunter2");
  }
}
