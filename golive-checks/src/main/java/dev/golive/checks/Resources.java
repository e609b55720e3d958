package dev.golive.checks;

import java.nio.file.Path;

/**
 * Where a target's deep checks look, beside its site: each {@code null} when not given. Values are
 * kept as written (paths already resolved against the config's folder); a database or Redis URL may
 * hold {@code ${NAME}} for a password read from the environment when the check runs, so the secret
 * itself is never part of a target.
 *
 * @param database a JDBC URL, {@code postgres://...} or {@code sqlite:PATH}
 * @param redis a {@code redis://} or {@code rediss://} URL
 * @param repo a repository's folder
 * @param env a {@code .env} file, or {@link #PROCESS_ENV} for the process's environment
 * @param compose a docker-compose file, or a folder holding them
 * @param backups a folder of backups, or {@code cmd:} and a command that lists them
 */
public record Resources(
    String database, String redis, Path repo, String env, Path compose, String backups) {

  /** The {@code env} value that means the environment golive itself runs in. */
  public static final String PROCESS_ENV = "process";

  public static final Resources NONE = new Resources(null, null, null, null, null, null);

  /** These resources with {@code kind} set to {@code value}; web kinds are not resources. */
  public Resources with(TargetKind kind, String value, Path base) {
    return switch (kind) {
      case DATABASE -> new Resources(value, redis, repo, env, compose, backups);
      case REDIS -> new Resources(database, value, repo, env, compose, backups);
      case REPO -> new Resources(database, redis, base.resolve(value), env, compose, backups);
      case ENV ->
          new Resources(
              database,
              redis,
              repo,
              value.equals(PROCESS_ENV) ? value : base.resolve(value).toString(),
              compose,
              backups);
      case COMPOSE -> new Resources(database, redis, repo, env, base.resolve(value), backups);
      case BACKUPS ->
          new Resources(
              database,
              redis,
              repo,
              env,
              compose,
              value.startsWith("cmd:") ? value : base.resolve(value).toString());
      case WEB, API, TLS, DNS -> throw new IllegalArgumentException(kind + " is not a resource");
    };
  }

  /** These resources with every one {@code other} gives laid over them. */
  public Resources overriddenBy(Resources other) {
    return new Resources(
        other.database != null ? other.database : database,
        other.redis != null ? other.redis : redis,
        other.repo != null ? other.repo : repo,
        other.env != null ? other.env : env,
        other.compose != null ? other.compose : compose,
        other.backups != null ? other.backups : backups);
  }

  /** Whether {@code kind} is given; web kinds are answered by {@link Target#has}. */
  boolean has(TargetKind kind) {
    return switch (kind) {
      case DATABASE -> database != null;
      case REDIS -> redis != null;
      case REPO -> repo != null;
      case ENV -> env != null;
      case COMPOSE -> compose != null;
      case BACKUPS -> backups != null;
      case WEB, API, TLS, DNS -> false;
    };
  }
}
