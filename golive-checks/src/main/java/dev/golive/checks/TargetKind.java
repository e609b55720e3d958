package dev.golive.checks;

import java.util.Locale;

/**
 * A kind of thing a check looks at. Each check names the kinds it needs ({@link CheckInfo#needs});
 * a target without one of them gets an {@code error} finding that says how to add it, not a crash.
 */
public enum TargetKind {
  WEB("the site's base URL", "web: https://shop.example"),
  API("the API's base URL", "api: https://api.shop.example"),
  TLS("a TLS service", "tls: shop.example:443"),
  DNS("a host name to look up", "web: https://shop.example"),
  DATABASE("a database", "database: postgres://app@db.internal:5432/shop"),
  REDIS("a Redis server", "redis: redis://cache.internal:6379"),
  REPO("a repository", "repo: ."),
  ENV("an environment", "env: .env"),
  COMPOSE("docker-compose files", "compose: docker-compose.yml"),
  BACKUPS("backups", "backups: /var/backups/shop");

  private final String what;
  private final String example;

  TargetKind(String what, String example) {
    this.what = what;
    this.example = example;
  }

  /** The key in {@code golive.yaml} and in {@code --target KEY=VALUE}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@link Resources} holds it, rather than the target's site or TLS address. */
  public boolean isResource() {
    return ordinal() > DNS.ordinal();
  }

  /** What a target of this kind is, in words: "a database". */
  public String what() {
    return what;
  }

  /** How a {@code golive.yaml} target gives one. */
  public String example() {
    return example;
  }

  /** The kind named by {@code key}, or {@code null}. */
  public static TargetKind ofKey(String key) {
    for (TargetKind k : values()) {
      if (k.key().equalsIgnoreCase(key)) {
        return k;
      }
    }
    return null;
  }
}
