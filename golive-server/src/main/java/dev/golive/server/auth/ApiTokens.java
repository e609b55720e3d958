package dev.golive.server.auth;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Tokens for scripts and CI: {@code glv_} and 43 random characters, shown once when made. The store
 * keeps their SHA-256 and the first characters, to tell them apart in a list; a token acts for its
 * user with at most its scope, until revoked.
 */
public final class ApiTokens {
  /** What every token starts with, so that secret scanners can find leaked ones. */
  public static final String PREFIX = "glv_";

  private static final long TOUCH_MS = 60_000;

  private final Jdbi jdbi;
  private final Clock clock;

  public ApiTokens(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * A token as listed.
   *
   * @param prefix its first characters, as in {@code glv_Ab3x}
   * @param scope {@code read}, {@code write} or {@code admin}
   */
  public record Token(
      long id,
      String name,
      long userId,
      String userEmail,
      String scope,
      String prefix,
      Instant created,
      Instant lastUsed,
      Instant revoked) {}

  /** A new token: the secret, shown once, and its record. */
  public record Made(String secret, Token token) {}

  /** A token that authenticated a request: its record and its user. */
  public record Use(Token token, User user) {}

  /** Makes a token for {@code user}; its scope may not exceed the user's role. */
  public Made create(User user, String name, String scope, String actor) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      throw new IllegalArgumentException("a token needs a name of at most 100 characters");
    }
    Role granted = Role.ofScope(scope == null ? "" : scope);
    if (!user.role().allows(granted)) {
      throw new IllegalArgumentException(
          "a token's scope cannot exceed its user's role (" + user.role().id() + ")");
    }
    String secret = PREFIX + Tokens.random(32);
    long now = clock.millis();
    return jdbi.inTransaction(
        h -> {
          long id =
              h.createQuery(
                      """
                      INSERT INTO api_tokens (name, user_id, scope, token_hash, prefix, created_at)
                      VALUES (:n, :u, :s, :h, :p, :at) RETURNING id
                      """)
                  .bind("n", n)
                  .bind("u", user.id())
                  .bind("s", scope)
                  .bind("h", Tokens.sha256(secret))
                  .bind("p", secret.substring(0, PREFIX.length() + 4))
                  .bind("at", now)
                  .mapTo(Long.class)
                  .one();
          Token t =
              new Token(
                  id,
                  n,
                  user.id(),
                  user.email(),
                  scope,
                  secret.substring(0, PREFIX.length() + 4),
                  Instant.ofEpochMilli(now),
                  null,
                  null);
          AuditTrail.write(h, now, actor, "token.create", "api_tokens", id, null, row(t));
          return new Made(secret, t);
        });
  }

  /** The live token {@code secret} is, of an active user, or empty; its last use is noted. */
  public Optional<Use> find(String secret) {
    if (secret == null || !secret.startsWith(PREFIX) || secret.length() != PREFIX.length() + 43) {
      return Optional.empty();
    }
    long now = clock.millis();
    Optional<Use> found =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT t.id AS t_id, t.name AS t_name, t.scope, t.prefix,
                          t.created_at AS t_created, t.last_used_at, t.revoked_at, u.id, u.email,
                          u.name, u.role, u.must_change_password, u.created_at, u.disabled_at
                        FROM api_tokens t JOIN users u ON u.id = t.user_id
                        WHERE t.token_hash = :h AND t.revoked_at IS NULL AND u.disabled_at IS NULL
                        """)
                    .bind("h", Tokens.sha256(secret))
                    .map(
                        (rs, ctx) -> {
                          User u = Users.user(rs);
                          return new Use(token(rs, u), u);
                        })
                    .findOne());
    found
        .filter(
            f ->
                f.token().lastUsed() == null
                    || now - f.token().lastUsed().toEpochMilli() > TOUCH_MS)
        .ifPresent(
            f ->
                jdbi.useHandle(
                    h ->
                        h.createUpdate("UPDATE api_tokens SET last_used_at = :now WHERE id = :id")
                            .bind("now", now)
                            .bind("id", f.token().id())
                            .execute()));
    return found;
  }

  /** The tokens of {@code userId}, or of everyone when {@code null}, newest first. */
  public List<Token> list(Long userId) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT t.id AS t_id, t.name AS t_name, t.scope, t.prefix,
                      t.created_at AS t_created, t.last_used_at, t.revoked_at, u.id, u.email,
                      u.name, u.role, u.must_change_password, u.created_at, u.disabled_at
                    FROM api_tokens t JOIN users u ON u.id = t.user_id
                    """
                        + (userId == null ? "" : " WHERE t.user_id = :u")
                        + " ORDER BY t.id DESC")
                .bindMap(userId == null ? Map.of() : Map.of("u", userId))
                .map((rs, ctx) -> token(rs, Users.user(rs)))
                .list());
  }

  public Optional<Token> get(long id) {
    return list(null).stream().filter(t -> t.id() == id).findFirst();
  }

  /** Revokes token {@code id}; revoking it again changes nothing. */
  public Token revoke(long id, String actor) {
    long now = clock.millis();
    Token before = get(id).orElseThrow(() -> new IllegalArgumentException("no token #" + id));
    if (before.revoked() != null) {
      return before;
    }
    jdbi.useTransaction(
        h -> {
          h.createUpdate("UPDATE api_tokens SET revoked_at = :now WHERE id = :id")
              .bind("now", now)
              .bind("id", id)
              .execute();
          Map<String, Object> after = row(before);
          after.put("revoked", true);
          AuditTrail.write(h, now, actor, "token.revoke", "api_tokens", id, row(before), after);
        });
    return get(id).orElseThrow();
  }

  private static Map<String, Object> row(Token t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", t.id());
    m.put("name", t.name());
    m.put("user", t.userEmail());
    m.put("scope", t.scope());
    m.put("prefix", t.prefix());
    m.put("revoked", t.revoked() != null);
    return m;
  }

  private static Token token(ResultSet rs, User u) throws SQLException {
    long used = rs.getLong("last_used_at");
    Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
    long rev = rs.getLong("revoked_at");
    Instant revoked = rs.wasNull() ? null : Instant.ofEpochMilli(rev);
    return new Token(
        rs.getLong("t_id"),
        rs.getString("t_name"),
        u.id(),
        u.email(),
        rs.getString("scope"),
        rs.getString("prefix"),
        Instant.ofEpochMilli(rs.getLong("t_created")),
        lastUsed,
        revoked);
  }
}
