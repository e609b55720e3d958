package dev.golive.bench.django;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One set of settings both Django and golive judge: the variables of a production environment, the
 * way the settings module splits ALLOWED_HOSTS, the values of .env.example, and the differences
 * from Django that golive makes on purpose, with the reason.
 *
 * @param name short name, also the scenario's folder
 * @param what what is wrong with it, in words
 * @param env the environment's variables, in the order the .env file lists them
 * @param naiveHosts whether the settings module splits ALLOWED_HOSTS without dropping empty items,
 *     as {@code os.environ.get('ALLOWED_HOSTS', '').split(',')} does
 * @param example the variables of .env.example
 * @param differs Django warning id to why golive judges it differently, for the ids where it does
 */
record Scenario(
    String name,
    String what,
    Map<String, String> env,
    boolean naiveHosts,
    Map<String, String> example,
    Map<String, String> differs) {

  /** The characters Django's get_random_secret_key draws from. */
  static final String DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)";

  static final String GOOD_KEY = random(50, DJANGO_CHARS, 1);
  static final String GOOD_PASSWORD = "Tq9-vL2mW7!xR4kZ8pN3";

  Scenario {
    env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
    example = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(example));
    differs = Map.copyOf(differs);
  }

  /** {@code length} characters drawn from {@code chars}, the same for the same seed. */
  static String random(int length, String chars, long seed) {
    Random r = new Random(seed);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.append(chars.charAt(r.nextInt(chars.length())));
    }
    return s.toString();
  }

  /** A production environment with nothing wrong. */
  static Map<String, String> sound() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("DEBUG", "False");
    m.put("SECRET_KEY", GOOD_KEY);
    m.put("ALLOWED_HOSTS", "shop.example,www.shop.example");
    m.put("CSRF_TRUSTED_ORIGINS", "https://shop.example");
    m.put("CORS_ALLOWED_ORIGINS", "https://shop.example");
    m.put("CORS_ALLOW_ALL_ORIGINS", "False");
    m.put("CORS_ALLOW_CREDENTIALS", "True");
    m.put("SECURE_HSTS_SECONDS", "31536000");
    m.put("DB_USER", "shop");
    m.put("DB_PASSWORD", GOOD_PASSWORD);
    return m;
  }

  static Map<String, String> exampleFile() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("DEBUG", "False");
    m.put("SECRET_KEY", "change-me");
    m.put("ALLOWED_HOSTS", "localhost");
    m.put("DB_USER", "shop");
    m.put("DB_PASSWORD", "");
    return m;
  }

  private static Scenario of(String name, String what, String... overrides) {
    return of(name, what, false, Map.of(), overrides);
  }

  private static Scenario of(
      String name, String what, boolean naive, Map<String, String> differs, String... overrides) {
    Map<String, String> env = sound();
    for (int i = 0; i < overrides.length; i += 2) {
      env.put(overrides[i], overrides[i + 1]);
    }
    return new Scenario(name, what, env, naive, exampleFile(), differs);
  }

  /** Every scenario, in the order the report lists them. */
  static List<Scenario> all() {
    List<Scenario> all = new ArrayList<>();
    all.add(of("sound", "production values throughout"));
    all.add(of("debug-on", "DEBUG=True", "DEBUG", "True"));
    all.add(of("debug-yes", "DEBUG=yes, which the settings read as on", "DEBUG", "yes"));
    all.add(
        of(
            "debug-word",
            "DEBUG=verbose: the settings read it as off, golive warns",
            "DEBUG",
            "verbose"));
    all.add(
        of(
            "key-short",
            "a random key of 40 characters",
            "SECRET_KEY",
            random(40, DJANGO_CHARS, 2)));
    all.add(
        of(
            "key-insecure",
            "startproject's django-insecure- key",
            "SECRET_KEY",
            "django-insecure-" + random(50, DJANGO_CHARS, 3)));
    all.add(
        of(
            "key-4-chars",
            "abcd fifteen times: 4 distinct characters",
            "SECRET_KEY",
            "abcd".repeat(15)));
    all.add(
        of(
            "key-repetitive",
            "abcde twelve times: 60 characters, 5 distinct",
            false,
            Map.of(
                "security.W009",
                "60 characters and 5 distinct pass Django's rule; golive measures 2.32 bits of"
                    + " entropy per character, below its 3.0"),
            "SECRET_KEY",
            "abcde".repeat(12)));
    all.add(
        of(
            "key-placeholder",
            "a 56-character placeholder sentence",
            false,
            Map.of(
                "security.W009",
                "long and varied enough for Django; golive reads your/change wording as a"
                    + " placeholder"),
            "SECRET_KEY",
            "your-secret-key-change-me-before-going-live-0123456789!#"));
    Map<String, String> sameExample = exampleFile();
    sameExample.put("SECRET_KEY", GOOD_KEY);
    all.add(
        new Scenario(
            "key-from-example",
            "a strong-looking key copied from .env.example",
            sound(),
            false,
            sameExample,
            Map.of(
                "security.W009",
                "Django cannot know the key is published; golive finds the same value in"
                    + " .env.example")));
    all.add(of("hosts-empty", "ALLOWED_HOSTS empty", "ALLOWED_HOSTS", ""));
    all.add(
        of(
            "hosts-empty-split",
            "ALLOWED_HOSTS empty, split without dropping empty items: ['']",
            true,
            Map.of(
                "security.W020",
                "[''] is a non-empty list to Django's check, yet it allows no host: every request"
                    + " gets 400; golive drops empty entries"),
            "ALLOWED_HOSTS",
            ""));
    all.add(
        of(
            "hosts-star",
            "ALLOWED_HOSTS=*",
            false,
            Map.of("security.W020", "Django's check never flags '*'; golive fails it"),
            "ALLOWED_HOSTS",
            "*"));
    all.add(
        of(
            "hosts-star-mixed",
            "ALLOWED_HOSTS=shop.example,*",
            false,
            Map.of("security.W020", "Django's check never flags '*'; golive fails it"),
            "ALLOWED_HOSTS",
            "shop.example,*"));
    all.add(
        of(
            "hosts-subdomains",
            "ALLOWED_HOSTS=.shop.example (golive warns)",
            "ALLOWED_HOSTS",
            ".shop.example"));
    all.add(
        of(
            "hosts-local",
            "ALLOWED_HOSTS=localhost,127.0.0.1 (golive warns)",
            "ALLOWED_HOSTS",
            "localhost,127.0.0.1"));
    all.add(of("hsts-1s", "SECURE_HSTS_SECONDS=1", "SECURE_HSTS_SECONDS", "1"));
    all.add(of("hsts-off", "SECURE_HSTS_SECONDS=0", "SECURE_HSTS_SECONDS", "0"));
    all.add(
        of(
            "cors-any",
            "CORS_ALLOW_ALL_ORIGINS=True with credentials",
            "CORS_ALLOW_ALL_ORIGINS",
            "True"));
    all.add(of("db-password-user", "DB_PASSWORD equal to DB_USER", "DB_PASSWORD", "shop"));
    all.add(
        of(
            "http-origins",
            "CSRF and CORS origins over http://",
            "CSRF_TRUSTED_ORIGINS",
            "http://shop.example",
            "CORS_ALLOWED_ORIGINS",
            "http://shop.example"));
    all.add(
        of(
            "all-wrong",
            "DEBUG=1, a 20-character key, ALLOWED_HOSTS=*",
            false,
            Map.of("security.W020", "Django's check never flags '*'; golive fails it"),
            "DEBUG",
            "1",
            "SECRET_KEY",
            random(20, DJANGO_CHARS, 4),
            "ALLOWED_HOSTS",
            "*"));
    return all;
  }

  /** The settings module that reads this scenario's variables, as Django projects write it. */
  String settingsModule() {
    String hosts =
        naiveHosts
            ? "os.environ.get('ALLOWED_HOSTS', '').split(',')"
            : "[h.strip() for h in os.environ.get('ALLOWED_HOSTS', '').split(',') if h.strip()]";
    return """
        # Written by bench/django: a production settings module that reads its values from the
        # environment, as Django projects do.
        import os

        SECRET_KEY = os.environ.get('SECRET_KEY', '')
        DEBUG = os.environ.get('DEBUG', 'False').strip().lower() in ('1', 'true', 'yes', 'on')
        ALLOWED_HOSTS = %s
        CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get('CSRF_TRUSTED_ORIGINS', '').split(',') if o]
        CORS_ALLOWED_ORIGINS = [o for o in os.environ.get('CORS_ALLOWED_ORIGINS', '').split(',') if o]
        CORS_ALLOW_ALL_ORIGINS = os.environ.get('CORS_ALLOW_ALL_ORIGINS', 'False') == 'True'
        CORS_ALLOW_CREDENTIALS = os.environ.get('CORS_ALLOW_CREDENTIALS', 'False') == 'True'

        INSTALLED_APPS = []
        MIDDLEWARE = [
            'django.middleware.security.SecurityMiddleware',
            'django.middleware.csrf.CsrfViewMiddleware',
            'django.middleware.clickjacking.XFrameOptionsMiddleware',
        ]
        DATABASES = {
            'default': {
                'ENGINE': 'django.db.backends.sqlite3',
                'NAME': ':memory:',
                'USER': os.environ.get('DB_USER', ''),
                'PASSWORD': os.environ.get('DB_PASSWORD', ''),
            }
        }
        SECURE_HSTS_SECONDS = int(os.environ.get('SECURE_HSTS_SECONDS', '0'))
        SECURE_HSTS_INCLUDE_SUBDOMAINS = True
        SECURE_HSTS_PRELOAD = True
        SECURE_SSL_REDIRECT = True
        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = True
        X_FRAME_OPTIONS = 'DENY'
        SECURE_REFERRER_POLICY = 'same-origin'
        """
        .formatted(hosts);
  }

  /** A dotenv file of {@code vars}, single-quoted where a value needs it. */
  static String dotenv(Map<String, String> vars) {
    StringBuilder b = new StringBuilder("# written by bench/django\n");
    vars.forEach((k, v) -> b.append(k).append('=').append(quoted(v)).append('\n'));
    return b.toString();
  }

  /** {@code v} as a dotenv value: bare when it is plain, else in single quotes. */
  static String quoted(String v) {
    if (v.matches("[A-Za-z0-9_.,:/@*+-]*")) {
      return v;
    }
    if (v.contains("'")) {
      throw new IllegalArgumentException("a value with a single quote: " + v);
    }
    return "'" + v + "'";
  }
}
