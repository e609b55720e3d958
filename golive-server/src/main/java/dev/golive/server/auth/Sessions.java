package dev.golive.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signed-in browsers, kept on the server. The cookie holds a random 256-bit id; the store keeps
 * only its SHA-256, with the session's CSRF token and two limits: an idle one (no request for that
 * long ends it) and an absolute one (it ends then whatever happens).
 */
public final class Sessions {
  /** How long a session lasts without a request. */
  public static final Duration IDLE = Duration.ofHours(2);

  /** How long a session lasts at most. */
  public static final Duration ABSOLUTE = Duration.ofHours(24);

  /** A request within this long of the last one does not write to the store again. */
  private static final long TOUCH_MS = 60_000;

  private final Jdbi jdbi;
  private final Clock clock;

  public Sessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * A session as found.
   *
   * @param idHash the SHA-256 of the cookie's id
   * @param csrf the token every form and unsafe API call of this session carries
   */
  public record Session(String idHash, User user, String csrf, long lastSeen) {}

  /** A new session: the id for the cookie (shown once, never stored) and its record. */
  public record Opened(String id, Session session) {}

  /** Opens a session for {@code user}; old expired sessions are cleared on the way. */
  public Opened open(User user) {
    String id = Tokens.random(32);
    String csrf = Tokens.random(32);
    long now = clock.millis();
    String hash = Tokens.sha256(id);
    jdbi.useTransaction(
        h -> {
          h.createUpdate("DELETE FROM sessions WHERE expires_at < :now OR last_seen_at < :idle")
              .bind("now", now)
              .bind("idle", now - IDLE.toMillis())
              .execute();
          h.createUpdate(
                  """
                  INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at,
                    csrf_token)
                  VALUES (:h, :u, :now, :now, :exp, :csrf)
                  """)
              .bind("h", hash)
              .bind("u", user.id())
              .bind("now", now)
              .bind("exp", now + ABSOLUTE.toMillis())
              .bind("csrf", csrf)
              .execute();
        });
    return new Opened(id, new Session(hash, user, csrf, now));
  }

  /** The live session whose cookie id is {@code id}, of an active user, or empty. */
  public Optional<Session> find(String id) {
    if (id == null || id.length() != 43) {
      return Optional.empty();
    }
    String hash = Tokens.sha256(id);
    long now = clock.millis();
    Optional<Session> found =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        """
                        SELECT s.id_hash, s.csrf_token, s.last_seen_at, u.id, u.email, u.name,
                          u.role, u.must_change_password, u.created_at, u.disabled_at
                        FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.id_hash = :h AND s.expires_at > :now AND s.last_seen_at > :idle
                          AND u.disabled_at IS NULL
                        """)
                    .bind("h", hash)
                    .bind("now", now)
                    .bind("idle", now - IDLE.toMillis())
                    .map(
                        (rs, ctx) ->
                            new Session(
                                rs.getString("id_hash"),
                                Users.user(rs),
                                rs.getString("csrf_token"),
                                rs.getLong("last_seen_at")))
                    .findOne());
    found
        .filter(s -> now - s.lastSeen() > TOUCH_MS)
        .ifPresent(
            s ->
                jdbi.useHandle(
                    h ->
                        h.createUpdate("UPDATE sessions SET last_seen_at = :now WHERE id_hash = :h")
                            .bind("now", now)
                            .bind("h", s.idHash())
                            .execute()));
    return found;
  }

  /** Ends the session whose id hashes to {@code idHash}. */
  public void close(String idHash) {
    jdbi.useHandle(
        h -> h.createUpdate("DELETE FROM sessions WHERE id_hash = :h").bind("h", idHash).execute());
  }
}
