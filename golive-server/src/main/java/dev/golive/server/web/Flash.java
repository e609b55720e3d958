package dev.golive.server.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Secrets shown once: a new API token or one-time password is kept here for the session that made
 * it, between the form's POST and the page it redirects to, which takes it. It is never put in a
 * URL or a cookie, and is dropped unseen after a few minutes.
 */
public final class Flash {
  private static final Duration KEEP = Duration.ofMinutes(5);

  /**
   * A secret to show.
   *
   * @param key the message that introduces it
   * @param subject what it is for (a user's e-mail, a token's name)
   */
  public record Secret(String key, String subject, String value, long expires) {}

  private final Map<String, Secret> bySession = new ConcurrentHashMap<>();
  private final Clock clock;

  Flash(Clock clock) {
    this.clock = clock;
  }

  void put(String sessionHash, String key, String subject, String value) {
    long now = clock.millis();
    bySession.values().removeIf(s -> s.expires() < now);
    bySession.put(sessionHash, new Secret(key, subject, value, now + KEEP.toMillis()));
  }

  /** The secret kept for the session, now forgotten; {@code null} when there is none. */
  Secret take(String sessionHash) {
    Secret s = sessionHash == null ? null : bySession.remove(sessionHash);
    return s == null || s.expires() < clock.millis() ? null : s;
  }
}
