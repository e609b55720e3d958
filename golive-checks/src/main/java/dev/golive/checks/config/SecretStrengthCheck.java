package dev.golive.checks.config;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/** The app's secret keys are long, random and not placeholders. */
@CheckInfo(
    id = "config.secret-strength",
    needs = TargetKind.ENV,
    title = "Secret keys are long, random and not placeholders",
    severity = Priority.CRITICAL,
    description =
        "Reads the environment (and, with a repository, a Django settings module's SECRET_KEY)"
            + " and measures each secret key without ever showing it: its length, distinct"
            + " characters, Shannon entropy per character and character classes. Signing keys"
            + " (SECRET_KEY, DJANGO_SECRET_KEY, JWT_SECRET, SESSION_SECRET, NEXTAUTH_SECRET,"
            + " AUTH_SECRET, SECRET_KEY_BASE, ENCRYPTION_KEY and the like, plus those named in"
            + " names) fail when empty, shorter than min-length, with fewer than 5 distinct"
            + " characters or less than min-entropy bits per character. Django's key must also pass"
            + " Django's own rule whatever the parameters say: at least 50 characters, 5 distinct,"
            + " not starting with django-insecure-. Laravel's APP_KEY must decode (base64:) to 32"
            + " bytes. Every secret, also other credentials (*_SECRET, *_API_KEY, *_TOKEN ...),"
            + " fails when it reads as a placeholder (changeme, your-secret-key, a run of x as in"
            + " sk_live_xxxx) or equals the value in .env.example, and warns on test-mode keys"
            + " (sk_test_). A value taken from an unset ${VARIABLE} cannot be judged.")
public record SecretStrengthCheck(
    @Param(
            description =
                "Fewest characters a signing key may have (Django's SECRET_KEY needs at least 50"
                    + " whatever this says)",
            defaultValue = "32",
            example = "64")
        int minLength,
    @Param(
            description = "Lowest Shannon entropy, in bits per character, of a signing key",
            defaultValue = "3.0",
            example = "3.5")
        double minEntropy,
    @Param(
            description = "More variables to judge as signing keys",
            defaultValue = "",
            example = "HASHIDS_SALT,WEBHOOK_SIGNING_KEY")
        List<String> names)
    implements Check<SecretStrengthCheck.Evidence> {

  /** Django's floor (django.core.checks.security.base). */
  static final int DJANGO_MIN_LENGTH = 50;

  static final int MIN_DISTINCT = 5;
  static final int LARAVEL_KEY_BYTES = 32;

  /** How a secret is judged. */
  public enum Kind {
    /** Django's SECRET_KEY: Django's rule, then the parameters. */
    DJANGO,
    /** Laravel's APP_KEY: 32 bytes once decoded. */
    LARAVEL,
    /** A key the app signs or encrypts with: the parameters. */
    SIGNING,
    /** Another credential, issued by someone else: placeholders and test-mode keys only. */
    OTHER
  }

  /**
   * What golive measured of one secret; never the secret.
   *
   * @param name the variable or setting
   * @param where the file and line, or the process environment
   * @param kind how it is judged
   * @param length characters
   * @param decodedBytes bytes after {@code base64:} for Laravel's key; -1 when not base64, {@code
   *     null} when not given that way
   * @param distinct distinct characters
   * @param bitsPerChar Shannon entropy of its characters
   * @param classes how many of lower case, upper case, digits and others it uses
   * @param placeholder why it reads as a placeholder, or {@code null}
   * @param testMode why it is a test-mode key, or {@code null}
   * @param sameAsExample the example file and line that hold the same value, or {@code null}
   * @param insecurePrefix whether it starts with {@code django-insecure-}
   * @param unresolved variables it refers to that are not set
   */
  public record Secret(
      String name,
      String where,
      Kind kind,
      int length,
      Integer decodedBytes,
      int distinct,
      double bitsPerChar,
      int classes,
      String placeholder,
      String testMode,
      String sameAsExample,
      boolean insecurePrefix,
      List<String> unresolved) {
    public Secret {
      unresolved = List.copyOf(unresolved);
    }
  }

  /**
   * The secrets found, measured.
   *
   * @param source where the values were read
   * @param secrets every secret found
   */
  public record Evidence(ConfigSource source, List<Secret> secrets) {
    public Evidence {
      secrets = List.copyOf(secrets);
    }
  }

  public SecretStrengthCheck {
    if (minLength < 1) {
      throw new IllegalArgumentException("'min-length' must be at least 1");
    }
    if (minEntropy < 0 || minEntropy > 16) {
      throw new IllegalArgumentException("'min-entropy' must be between 0 and 16 bits");
    }
    names =
        names.stream()
            .map(n -> n.strip().toUpperCase(Locale.ROOT))
            .filter(n -> !n.isEmpty())
            .toList();
  }

  @Override
  public Evidence collect(Probe probe) throws IOException, InterruptedException {
    return evidence(ConfigView.of(probe));
  }

  Evidence evidence(ConfigView view) {
    List<Secret> secrets = new ArrayList<>();
    for (Setting s : view.settings()) {
      Kind kind = kind(s);
      if (kind != null && s.items() == null) {
        secrets.add(measure(s, kind, view));
      }
    }
    return new Evidence(view.describe(), secrets);
  }

  private Kind kind(Setting s) {
    if (Names.first(s, Names.DJANGO_SECRETS) != null) {
      return Kind.DJANGO;
    }
    if (s.is(Names.LARAVEL_KEY)) {
      return Kind.LARAVEL;
    }
    if (Names.first(s, Names.SIGNING_SECRETS) != null || Names.first(s, names) != null) {
      return Kind.SIGNING;
    }
    for (String n : s.names()) {
      if (Names.isOtherSecret(n)) {
        return Kind.OTHER;
      }
    }
    return null;
  }

  static Secret measure(Setting s, Kind kind, ConfigView view) {
    String v = s.value();
    Integer decoded = null;
    if (kind == Kind.LARAVEL && v.startsWith("base64:")) {
      try {
        decoded = Base64.getDecoder().decode(v.substring("base64:".length()).strip()).length;
      } catch (IllegalArgumentException notBase64) {
        decoded = -1;
      }
    }
    Setting example = view.examples().get(s.name());
    String same =
        example != null && !example.value().isEmpty() && example.value().equals(v)
            ? example.where()
            : null;
    return new Secret(
        s.name(),
        s.where(),
        kind,
        v.codePointCount(0, v.length()),
        decoded,
        Values.distinct(v),
        Values.bitsPerChar(v),
        Values.classes(v),
        v.isEmpty() ? null : Values.placeholder(v),
        Values.testModeKey(v),
        same,
        v.startsWith("django-insecure-"),
        s.unresolved());
  }

  @Override
  public Judgement evaluate(Evidence e) {
    if (e.secrets().isEmpty()) {
      return Judgement.skipped(
          e.source().env()
              + " sets no secret key (SECRET_KEY, JWT_SECRET, SESSION_SECRET, APP_KEY, *_SECRET"
              + " ...)");
    }
    Tally t = new Tally();
    for (Secret s : e.secrets()) {
      String who = s.name() + " (" + s.where() + ")";
      List<String> problems = problems(s);
      if (s.length() == 0 && !s.unresolved().isEmpty()) {
        t.error(
            who + " comes from " + String.join(", ", s.unresolved()) + ", which is not set here");
      } else if (!problems.isEmpty()) {
        t.fail(who + " " + String.join(", ", problems));
      } else if (s.testMode() != null) {
        t.warn(who + " is a provider's test-mode key");
      } else {
        t.pass(who + ": " + shape(s));
      }
    }
    return t.judge();
  }

  private List<String> problems(Secret s) {
    List<String> p = new ArrayList<>();
    if (s.length() == 0) {
      p.add("is empty");
      return p;
    }
    if (s.placeholder() != null) {
      p.add("reads as a placeholder (" + s.placeholder() + ")");
    }
    if (s.sameAsExample() != null) {
      p.add("is the value " + s.sameAsExample() + " ships with");
    }
    switch (s.kind()) {
      case DJANGO -> {
        if (s.insecurePrefix()) {
          p.add("starts with django-insecure-, the key startproject made for development");
        }
        int floor = Math.max(minLength, DJANGO_MIN_LENGTH);
        if (s.length() < floor) {
          p.add(
              "has "
                  + s.length()
                  + " characters, fewer than "
                  + floor
                  + (floor == DJANGO_MIN_LENGTH ? " (Django's security.W009)" : ""));
        }
        strength(s, p);
      }
      case LARAVEL -> {
        if (s.decodedBytes() != null && s.decodedBytes() < 0) {
          p.add("is not valid base64 after base64:");
        } else if (s.decodedBytes() != null && s.decodedBytes() < LARAVEL_KEY_BYTES) {
          p.add(
              "decodes to "
                  + s.decodedBytes()
                  + " bytes; Laravel's AES-256-CBC needs "
                  + LARAVEL_KEY_BYTES);
        } else if (s.decodedBytes() == null && s.length() < LARAVEL_KEY_BYTES) {
          p.add("has " + s.length() + " characters; Laravel's AES-256-CBC needs 32");
        }
        if (s.decodedBytes() == null) {
          strength(s, p);
        }
      }
      case SIGNING -> {
        if (s.length() < minLength) {
          p.add("has " + s.length() + " characters, fewer than " + minLength);
        }
        strength(s, p);
      }
      case OTHER -> {}
    }
    return p;
  }

  private void strength(Secret s, List<String> p) {
    if (s.distinct() < MIN_DISTINCT) {
      p.add("has only " + s.distinct() + " distinct characters");
    } else if (s.bitsPerChar() < minEntropy) {
      p.add(
          "has "
              + s.bitsPerChar()
              + " bits of entropy per character, below "
              + minEntropy
              + " (too repetitive to be random)");
    }
  }

  private static String shape(Secret s) {
    if (s.decodedBytes() != null) {
      return s.decodedBytes() + " bytes";
    }
    if (s.kind() == Kind.OTHER) {
      return s.length() + " characters";
    }
    return s.length()
        + " characters, "
        + s.distinct()
        + " distinct, "
        + s.bitsPerChar()
        + " bits each";
  }
}
