package dev.golive.checks.db;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migrations a repository holds, by framework: Flyway, Liquibase, Prisma, Django, Alembic,
 * Drizzle, and numbered SQL files (golang-migrate, dbmate, Rails and the like).
 */
final class MigrationFiles {
  /** The frameworks golive recognises, as reports name them. */
  static final List<String> FRAMEWORKS =
      List.of(
          "Flyway", "Liquibase", "Prisma", "Django", "Alembic", "Drizzle", "numbered SQL files");

  /**
   * One framework's migrations in the repository.
   *
   * @param framework its name
   * @param locations the folders (relative to the repository) that hold them
   * @param ids the migrations' identities in the form the database records them, in order
   * @param labels how to show each id (a file name), by id
   * @param parents Alembic's down revisions, by revision; Django's replaced migrations of a squash;
   *     Drizzle's file hash, by id
   * @param times Drizzle's journal times, by id
   */
  record Found(
      String framework,
      List<String> locations,
      List<String> ids,
      Map<String, String> labels,
      Map<String, List<String>> parents,
      Map<String, Long> times) {}

  private static final Set<String> SKIP =
      Set.of(
          ".git",
          "node_modules",
          "target",
          "build",
          "dist",
          "vendor",
          ".venv",
          "venv",
          "__pycache__",
          ".next",
          ".idea",
          "site-packages",
          ".tox",
          ".gradle",
          "coverage");
  private static final int MAX_FILES = 200_000;
  private static final long MAX_BYTES = 2 << 20;

  private static final Pattern FLYWAY = Pattern.compile("^V(\\d+(?:[._]\\d+)*)__(.+)\\.sql$");
  private static final Pattern DJANGO = Pattern.compile("^(\\d{4}_\\w+)\\.py$");
  private static final Pattern NUMBERED =
      Pattern.compile("^(\\d+)_[^/]*?(\\.up)?\\.(sql|rb)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_CHANGESET = Pattern.compile("<changeSet\\b([^>]*)>");
  private static final Pattern XML_ATTR =
      Pattern.compile("\\b(id|author)\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
  private static final Pattern SQL_CHANGESET =
      Pattern.compile("(?m)^--\\s*changeset\\s+([^:\\s]+(?:\\s[^:\\s]+)*):(\\S+)");
  private static final Pattern REVISION =
      Pattern.compile("(?m)^revision\\s*(?::[^=]+)?=\\s*['\"]([^'\"]+)['\"]");
  private static final Pattern DOWN_REVISION =
      Pattern.compile("(?m)^down_revision\\s*(?::[^=]+)?=\\s*(.+)$");
  private static final Pattern QUOTED = Pattern.compile("['\"]([^'\"]+)['\"]");
  private static final Pattern REPLACES =
      Pattern.compile("replaces\\s*=\\s*\\[(.*?)\\]", Pattern.DOTALL);
  private static final Pattern PAIR =
      Pattern.compile("\\(\\s*['\"]([^'\"]+)['\"]\\s*,\\s*['\"]([^'\"]+)['\"]\\s*\\)");

  private MigrationFiles() {}

  /** Every framework whose migrations {@code repo} holds. */
  static List<Found> scan(Path repo) throws IOException {
    Map<Path, List<Path>> byDir = new LinkedHashMap<>();
    int[] seen = {0};
    Files.walkFileTree(
        repo,
        java.util.EnumSet.noneOf(java.nio.file.FileVisitOption.class),
        12,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes a) {
            return !dir.equals(repo) && SKIP.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes a) {
            if (a.isRegularFile()) {
              byDir.computeIfAbsent(file.getParent(), d -> new ArrayList<>()).add(file);
            }
            return ++seen[0] < MAX_FILES ? FileVisitResult.CONTINUE : FileVisitResult.TERMINATE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult.CONTINUE;
          }
        });
    Builder flyway = new Builder("Flyway");
    Builder liquibase = new Builder("Liquibase");
    Builder prisma = new Builder("Prisma");
    Builder django = new Builder("Django");
    Builder alembic = new Builder("Alembic");
    Builder drizzle = new Builder("Drizzle");
    Builder numbered = new Builder("numbered SQL files");
    for (var dirFiles : byDir.entrySet()) {
      Path dir = dirFiles.getKey();
      String where = repo.relativize(dir).toString().replace('\\', '/');
      List<Path> files = dirFiles.getValue().stream().sorted().toList();
      String dirName = dir.getFileName() == null ? "" : dir.getFileName().toString();
      boolean drizzleDir = Files.isRegularFile(dir.resolve("meta").resolve("_journal.json"));
      for (Path f : files) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = FLYWAY.matcher(name)).matches()) {
          String v = flywayVersion(m.group(1));
          flyway.add(where, v, name);
        } else if (name.equals("migration.sql")
            && Files.isRegularFile(dir.getParent().resolve("migration_lock.toml"))) {
          prisma.add(repo.relativize(dir.getParent()).toString(), dirName, dirName + "/" + name);
        } else if (name.equals("migration.sql") && where.contains("prisma/migrations/")) {
          prisma.add(repo.relativize(dir.getParent()).toString(), dirName, dirName + "/" + name);
        } else if (dirName.equals("migrations")
            && (m = DJANGO.matcher(name)).matches()
            && Files.isRegularFile(dir.resolve("__init__.py"))
            && !Files.isRegularFile(dir.resolve("env.py"))) {
          String app = dir.getParent().getFileName().toString();
          String id = app + "." + m.group(1);
          django.add(where, id, app + "/migrations/" + name);
          String text = read(f);
          Matcher r = REPLACES.matcher(text);
          if (r.find()) {
            List<String> replaced = new ArrayList<>();
            Matcher p = PAIR.matcher(r.group(1));
            while (p.find()) {
              replaced.add(p.group(1) + "." + p.group(2));
            }
            django.parents.put(id, replaced);
          }
        } else if (dirName.equals("versions") && lower.endsWith(".py")) {
          String text = read(f);
          Matcher rev = REVISION.matcher(text);
          if (rev.find()) {
            List<String> down = new ArrayList<>();
            Matcher d = DOWN_REVISION.matcher(text);
            if (d.find()) {
              Matcher q = QUOTED.matcher(d.group(1));
              while (q.find()) {
                down.add(q.group(1));
              }
            }
            alembic.add(where, rev.group(1), name);
            alembic.parents.put(rev.group(1), down);
          }
        } else if (lower.endsWith(".xml")
            || lower.endsWith(".yaml")
            || lower.endsWith(".yml")
            || lower.endsWith(".json")
            || lower.endsWith(".sql")) {
          if (!liquibase(f, where, liquibase)
              && !drizzleDir
              && (m = NUMBERED.matcher(name)).matches()
              && (dirName.equals("migrations")
                  || dirName.equals("migrate")
                  || dirName.equals("migration"))
              && !lower.endsWith(".down.sql")) {
            numbered.add(where, new java.math.BigInteger(m.group(1)).toString(), name);
          }
        } else if (lower.endsWith(".rb")
            && dirName.equals("migrate")
            && (m = NUMBERED.matcher(name)).matches()) {
          numbered.add(where, new java.math.BigInteger(m.group(1)).toString(), name);
        }
      }
      if (dirName.equals("meta")
          && files.stream().anyMatch(f -> f.getFileName().toString().equals("_journal.json"))) {
        drizzle(dir.resolve("_journal.json"), repo, drizzle);
      }
    }
    List<Found> found = new ArrayList<>();
    for (Builder b : List.of(flyway, liquibase, prisma, django, alembic, drizzle, numbered)) {
      if (!b.ids.isEmpty()) {
        found.add(b.build());
      }
    }
    return found;
  }

  /** Flyway's version with separators as dots and without leading or trailing zeros. */
  static String flywayVersion(String v) {
    String[] parts = v.split("[._]");
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      out.add(new java.math.BigInteger(p).toString());
    }
    while (out.size() > 1 && out.getLast().equals("0")) {
      out.removeLast();
    }
    return String.join(".", out);
  }

  private static boolean liquibase(Path f, String where, Builder b) throws IOException {
    if (Files.size(f) > MAX_BYTES) {
      return false;
    }
    String text = read(f);
    String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
    String name = f.getFileName().toString();
    if (lower.endsWith(".xml") && text.contains("<databaseChangeLog")) {
      Matcher m = XML_CHANGESET.matcher(text);
      while (m.find()) {
        String id = null;
        String author = null;
        Matcher a = XML_ATTR.matcher(m.group(1));
        while (a.find()) {
          String v = a.group(3) != null ? a.group(3) : a.group(4);
          if (a.group(1).equals("id")) {
            id = v;
          } else {
            author = v;
          }
        }
        if (id != null) {
          b.add(where, changeSet(id, author), name);
        }
      }
      return true;
    }
    if (lower.endsWith(".sql")
        && text.stripLeading().toLowerCase(Locale.ROOT).startsWith("--liquibase formatted sql")) {
      Matcher m = SQL_CHANGESET.matcher(text);
      while (m.find()) {
        b.add(where, changeSet(m.group(2), m.group(1)), name);
      }
      return true;
    }
    if ((lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json"))
        && text.contains("databaseChangeLog")) {
      try {
        ObjectMapper mapper =
            lower.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        JsonNode log = mapper.readTree(text).path("databaseChangeLog");
        for (JsonNode item : log) {
          JsonNode cs = item.path("changeSet");
          if (cs.has("id")) {
            b.add(where, changeSet(cs.path("id").asText(), cs.path("author").asText(null)), name);
          }
        }
        return true;
      } catch (IOException e) {
        return false;
      }
    }
    return false;
  }

  /** How Liquibase's changelog table keys a change set: author and id. */
  static String changeSet(String id, String author) {
    return (author == null ? "" : author) + ":" + id;
  }

  private static void drizzle(Path journal, Path repo, Builder b) throws IOException {
    Path folder = journal.getParent().getParent();
    JsonNode entries = new ObjectMapper().readTree(read(journal)).path("entries");
    String where = repo.relativize(folder).toString();
    for (JsonNode e : entries) {
      String tag = e.path("tag").asText();
      Path sql = folder.resolve(tag + ".sql");
      b.add(where, tag, tag + ".sql");
      b.times.put(tag, e.path("when").asLong());
      if (Files.isRegularFile(sql)) {
        b.parents.put(tag, List.of(sha256(read(sql))));
      }
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path f) throws IOException {
    if (Files.size(f) > MAX_BYTES) {
      return "";
    }
    return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
  }

  private static final class Builder {
    final String framework;
    final Set<String> locations = new LinkedHashSet<>();
    final Map<String, String> labels = new TreeMap<>();
    final List<String> ids = new ArrayList<>();
    final Map<String, List<String>> parents = new LinkedHashMap<>();
    final Map<String, Long> times = new LinkedHashMap<>();

    Builder(String framework) {
      this.framework = framework;
    }

    void add(String where, String id, String label) {
      locations.add(where.isEmpty() ? "." : where.replace('\\', '/'));
      if (!labels.containsKey(id)) {
        ids.add(id);
      }
      labels.put(id, label);
    }

    Found build() {
      return new Found(
          framework,
          List.copyOf(locations),
          List.copyOf(ids),
          Map.copyOf(labels),
          Map.copyOf(parents),
          Map.copyOf(times));
    }
  }
}
