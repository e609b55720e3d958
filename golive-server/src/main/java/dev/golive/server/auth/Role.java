package dev.golive.server.auth;

import java.util.Locale;

/**
 * What a user may do, each role all the one before may: a viewer reads; an editor also triggers
 * audits, waives, signs off and edits projects; an admin also manages users and tokens and deletes
 * projects.
 */
public enum Role {
  VIEWER,
  EDITOR,
  ADMIN;

  /** {@code viewer}, {@code editor}, {@code admin}: as stored and in the API. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean allows(Role needed) {
    return compareTo(needed) >= 0;
  }

  /** The role {@code id} names; an unknown one is an {@link IllegalArgumentException}. */
  public static Role of(String id) {
    for (Role r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("a role is admin, editor or viewer, not '" + id + "'");
  }

  /** The role an API token's scope grants at most: read → viewer, write → editor, admin. */
  public static Role ofScope(String scope) {
    return switch (scope) {
      case "read" -> VIEWER;
      case "write" -> EDITOR;
      case "admin" -> ADMIN;
      default ->
          throw new IllegalArgumentException(
              "a token's scope is read, write or admin, not '" + scope + "'");
    };
  }

  /** The lesser of two roles. */
  public Role min(Role other) {
    return compareTo(other) <= 0 ? this : other;
  }
}
