package dev.golive.server.auth;

import java.time.Instant;

/**
 * A person who signs in.
 *
 * @param mustChangePassword set for a one-time password: nothing but a new password until then
 * @param disabled when an admin disabled the account, or {@code null}
 */
public record User(
    long id,
    String email,
    String name,
    Role role,
    boolean mustChangePassword,
    Instant created,
    Instant disabled) {

  public boolean active() {
    return disabled == null;
  }
}
