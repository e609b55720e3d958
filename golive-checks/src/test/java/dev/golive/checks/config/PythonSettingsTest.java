package dev.golive.checks.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golive.checks.config.PythonSettings.Assignment;
import dev.golive.checks.config.PythonSettings.EnvRead;
import dev.golive.checks.config.PythonSettings.StarImport;
import dev.golive.checks.config.PythonSettings.Statement;
import dev.golive.checks.config.PythonSettings.Unknown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonSettingsTest {
  private static Map<String, Object> values(String source) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Statement s : PythonSettings.read(source)) {
      if (s instanceof Assignment a) {
        out.put(a.name(), a.value());
      }
    }
    return out;
  }

  @Test
  void readsLiterals() {
    var v =
        values(
            """
            DEBUG = False
            SECRET_KEY = 'abc' "def"  # adjacent strings join
            ALLOWED_HOSTS = [
                'shop.example',   # the shop
                ".shop.example",
            ]
            PORT = 8000
            RATIO = -1.5
            NOTHING = None
            HOSTS_T = ('a', 'b')
            DATABASES = {
                'default': {'ENGINE': 'django.db.backends.postgresql', 'PASSWORD': r'p\\w', 'PORT': 5432},
            }
            RAW = r'\\d+'
            LONG = \"\"\"multi
            line\"\"\"
            """);
    assertThat(v.get("DEBUG")).isEqualTo(false);
    assertThat(v.get("SECRET_KEY")).isEqualTo("abcdef");
    assertThat(v.get("ALLOWED_HOSTS")).isEqualTo(List.of("shop.example", ".shop.example"));
    assertThat(v.get("PORT")).isEqualTo("8000");
    assertThat(v.get("RATIO")).isEqualTo("-1.5");
    assertThat(v).containsEntry("NOTHING", null);
    assertThat(v.get("HOSTS_T")).isEqualTo(List.of("a", "b"));
    assertThat(v.get("DATABASES"))
        .isEqualTo(
            Map.of(
                "default",
                Map.of(
                    "ENGINE",
                    "django.db.backends.postgresql",
                    "PASSWORD",
                    "p\\w",
                    "PORT",
                    "5432")));
    assertThat(v.get("RAW")).isEqualTo("\\d+");
    assertThat(v.get("LONG")).isEqualTo("multi\nline");
  }

  @Test
  void readsEnvironmentReadsWithTheirDefaults() {
    var v =
        values(
            """
            import os
            import environ
            env = environ.Env()
            SECRET_KEY = os.environ['DJANGO_SECRET_KEY']
            DEBUG = os.environ.get('DJANGO_DEBUG', 'False') == 'True'
            ALLOWED_HOSTS = os.getenv("ALLOWED_HOSTS", "").split(",")
            CORS_ALLOW_ALL_ORIGINS = env.bool('CORS_ALL', default=True)
            SESSION_COOKIE_SECURE = config('COOKIE_SECURE', cast=bool, default=False)
            CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=["https://a.example"])
            EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_PASSWORD", some_function())
            """);
    assertThat(v.get("SECRET_KEY"))
        .isEqualTo(new EnvRead("DJANGO_SECRET_KEY", PythonSettings.NO_DEFAULT));
    assertThat(v.get("DEBUG")).isEqualTo(new EnvRead("DJANGO_DEBUG", "False"));
    assertThat(v.get("ALLOWED_HOSTS")).isEqualTo(new EnvRead("ALLOWED_HOSTS", ""));
    assertThat(v.get("CORS_ALLOW_ALL_ORIGINS")).isEqualTo(new EnvRead("CORS_ALL", true));
    assertThat(v.get("SESSION_COOKIE_SECURE")).isEqualTo(new EnvRead("COOKIE_SECURE", false));
    assertThat(v.get("CSRF_TRUSTED_ORIGINS"))
        .isEqualTo(new EnvRead("CSRF_TRUSTED_ORIGINS", List.of("https://a.example")));
    assertThat(((EnvRead) v.get("EMAIL_HOST_PASSWORD")).fallback()).isInstanceOf(Unknown.class);
  }

  @Test
  void readsEnvironmentReadsInsideDicts() {
    var v =
        values(
            """
            DATABASES = {
                'default': {
                    'ENGINE': 'django.db.backends.postgresql',
                    'USER': os.environ.get('DB_USER', 'shop').strip(),
                    'PASSWORD': os.environ['DB_PASSWORD'],
                    'HOST': config('DB_HOST', default='localhost'),
                }
            }
            """);
    assertThat(v.get("DATABASES"))
        .isEqualTo(
            Map.of(
                "default",
                Map.of(
                    "ENGINE", "django.db.backends.postgresql",
                    "USER", new EnvRead("DB_USER", "shop"),
                    "PASSWORD", new EnvRead("DB_PASSWORD", PythonSettings.NO_DEFAULT),
                    "HOST", new EnvRead("DB_HOST", "localhost"))));
  }

  @Test
  void expressionsItCannotEvaluateAreUnknownAndBlocksAreNotTopLevel() {
    var v =
        values(
            """
            BASE_DIR = Path(__file__).resolve().parent.parent
            NAME = f"{BASE_DIR}/db"
            PLAIN = f"no fields"
            if DEBUG:
                ALLOWED_HOSTS = ['*']
            else:
                ALLOWED_HOSTS = ['shop.example']
            try:
                from .local import *
            except ImportError:
                pass
            def helper():
                SECRET_KEY = 'inside a function'
            AFTER = 'x'
            """);
    assertThat(v.get("BASE_DIR")).isInstanceOf(Unknown.class);
    assertThat(v.get("NAME")).isInstanceOf(Unknown.class);
    assertThat(v.get("PLAIN")).isEqualTo("no fields");
    assertThat(v).doesNotContainKeys("ALLOWED_HOSTS", "SECRET_KEY");
    assertThat(v.get("AFTER")).isEqualTo("x");
  }

  @Test
  void starImportsAppendsAndLineNumbers() {
    List<Statement> st =
        PythonSettings.read(
            "from .base import *\r\nfrom shop.settings.common import *\n\nHOSTS = [\n 'a',\n]\nHOSTS += ['b']\n");
    assertThat(st)
        .containsExactly(
            new StarImport(".base", 1),
            new StarImport("shop.settings.common", 2),
            new Assignment("HOSTS", false, List.of("a"), 4),
            new Assignment("HOSTS", true, List.of("b"), 7));
  }
}
