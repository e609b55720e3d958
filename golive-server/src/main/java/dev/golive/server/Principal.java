package dev.golive.server;

import dev.golive.server.auth.Role;
import dev.golive.server.auth.User;

/**
 * Who a request acts for.
 *
 * @param role what it may do: the user's role, lowered to a token's scope
 * @param csrf the session's CSRF token; {@code null} for a token, which needs none
 * @param sessionHash the session's id hash, or {@code null}
 * @param tokenId the API token used, or {@code null}
 */
public record Principal(User user, Role role, String csrf, String sessionHash, Long tokenId) {
  public boolean viaSession() {
    return sessionHash != null;
  }

  /** How the audit log names who acted. */
  public String actor() {
    return tokenId == null ? user.email() : user.email() + " (token #" + tokenId + ")";
  }
}
