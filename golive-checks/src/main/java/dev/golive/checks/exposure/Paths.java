package dev.golive.checks.exposure;

import java.util.List;

/** Validation of the paths parameters. */
final class Paths {
  private Paths() {}

  /** At most this many paths per check: each is a request to the target. */
  static final int MAX = 50;

  static List<String> checked(List<String> paths) {
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("'paths' must name at least one path");
    }
    if (paths.size() > MAX) {
      throw new IllegalArgumentException("'paths' may name at most " + MAX + " paths");
    }
    for (String p : paths) {
      if (!p.startsWith("/")) {
        throw new IllegalArgumentException("'paths' entries start with '/', not '" + p + "'");
      }
      try {
        java.net.URI.create(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'paths' entry '" + p + "' is not a valid path", e);
      }
    }
    return List.copyOf(paths);
  }
}
