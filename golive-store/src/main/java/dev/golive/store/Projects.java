package dev.golive.store;

import java.text.Normalizer;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Projects: found by name, made on first use with a slug of their own and a line in the log. */
final class Projects {
  private Projects() {}

  /** {@code name} stripped, or a complaint when it cannot name a project. */
  static String checkName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      throw new IllegalArgumentException("a project needs a name");
    }
    if (n.length() > 200 || n.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "a project's name is one line of at most 200 characters, not '" + n + "'");
    }
    return n;
  }

  static Optional<Long> id(Handle h, String name) {
    return h.createQuery("SELECT id FROM projects WHERE name = :name")
        .bind("name", name)
        .mapTo(Long.class)
        .findOne();
  }

  /** The project's id, after making it (and logging that) when it is new. */
  static long findOrCreate(Handle h, String name, String actor, Clock clock) {
    Optional<Long> existing = id(h, name);
    if (existing.isPresent()) {
      return existing.get();
    }
    String slug = freeSlug(h, slug(name));
    long now = clock.millis();
    String who = actor == null || actor.isBlank() ? "unknown" : actor;
    long id =
        h.createQuery(
                "INSERT INTO projects (name, slug, created_at, created_by)"
                    + " VALUES (:name, :slug, :at, :by) RETURNING id")
            .bind("name", name)
            .bind("slug", slug)
            .bind("at", now)
            .bind("by", who)
            .mapTo(Long.class)
            .one();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", id);
    row.put("name", name);
    row.put("slug", slug);
    row.put("created_at", now);
    row.put("created_by", who);
    AuditLogWriter.write(h, now, who, "project.create", "projects", id, id, null, row);
    return id;
  }

  /** {@code Shop API (EU)} → {@code shop-api-eu}; letters outside ASCII lose their accents. */
  static String slug(String name) {
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String s = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.length() > 60) {
      s = s.substring(0, 60).replaceAll("-+$", "");
    }
    return s.isEmpty() ? "project" : s;
  }

  private static String freeSlug(Handle h, String base) {
    String s = base;
    for (int n = 2; taken(h, s); n++) {
      s = base + "-" + n;
    }
    return s;
  }

  private static boolean taken(Handle h, String slug) {
    return h.createQuery("SELECT COUNT(*) FROM projects WHERE slug = :slug")
            .bind("slug", slug)
            .mapTo(Integer.class)
            .one()
        > 0;
  }
}
