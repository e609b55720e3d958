package dev.golive.checks.db;

import dev.golive.checks.ProbeException;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** PostgreSQL dumps (and SQLite copies) as files: which kind, and whether they read back. */
final class Dumps {
  /** The kinds of backup file golive reads back. */
  enum Format {
    CUSTOM("custom"),
    DIRECTORY("directory"),
    TAR("tar"),
    PLAIN("plain SQL"),
    PLAIN_GZIP("gzip'd plain SQL"),
    SQLITE("SQLite file"),
    UNKNOWN("unknown");

    private final String words;

    Format(String words) {
      this.words = words;
    }

    String words() {
      return words;
    }

    /** Whether pg_restore reads it. */
    boolean archive() {
      return this == CUSTOM || this == DIRECTORY || this == TAR;
    }

    boolean plain() {
      return this == PLAIN || this == PLAIN_GZIP;
    }
  }

  private static final byte[] SQLITE_MAGIC =
      "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

  private Dumps() {}

  static Format detect(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      return Files.isRegularFile(p.resolve("toc.dat")) ? Format.DIRECTORY : Format.UNKNOWN;
    }
    byte[] head = head(p, 1024);
    if (startsWith(head, "PGDMP".getBytes(StandardCharsets.US_ASCII))) {
      return Format.CUSTOM;
    }
    if (startsWith(head, SQLITE_MAGIC)) {
      return Format.SQLITE;
    }
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      return Format.PLAIN_GZIP;
    }
    if (head.length > 262
        && new String(head, 257, 5, StandardCharsets.US_ASCII).equals("ustar")
        && new String(head, 0, 100, StandardCharsets.US_ASCII).startsWith("toc.dat")) {
      return Format.TAR;
    }
    String text = new String(head, StandardCharsets.UTF_8);
    if (text.contains("PostgreSQL database dump")
        || text.contains("PostgreSQL database cluster dump")
        || text.startsWith("--")
        || text.startsWith("SET ")) {
      return Format.PLAIN;
    }
    return Format.UNKNOWN;
  }

  /**
   * The archive format version pg_dump wrote in the header ({@code 1.14}), or {@code null}: the
   * bytes after {@code PGDMP} of a custom file, of a directory's toc.dat, of a tar's first entry.
   */
  static String archiveVersion(Path p, Format f) throws IOException {
    byte[] head =
        switch (f) {
          case CUSTOM -> head(p, 8);
          case DIRECTORY -> head(p.resolve("toc.dat"), 8);
          case TAR -> {
            byte[] h = head(p, 520);
            yield h.length >= 520 ? Arrays.copyOfRange(h, 512, 520) : new byte[0];
          }
          default -> new byte[0];
        };
    if (head.length < 8 || !new String(head, 0, 5, StandardCharsets.US_ASCII).equals("PGDMP")) {
      return null;
    }
    return head[5] + "." + head[6];
  }

  /**
   * What {@code pg_restore --list} and a full read (to /dev/null) make of an archive.
   *
   * @param readable whether both went through
   * @param tooNew whether pg_restore said the archive is of a format newer than it reads
   * @param problem pg_restore's complaint, or {@code null}
   * @param tables TABLE entries in the archive's table of contents
   * @param dumpedFrom the server version the archive says it was dumped from
   * @param dumpedBy the pg_dump version it was made by
   */
  record ArchiveRead(
      boolean readable,
      boolean tooNew,
      String problem,
      int tables,
      String dumpedFrom,
      String dumpedBy) {}

  private static final Pattern TABLE_ENTRY =
      Pattern.compile("(?m)^\\d+; \\d+ \\d+ TABLE (?!DATA )");
  private static final Pattern FROM = Pattern.compile("(?m)Dumped from database version: (.+)$");
  private static final Pattern BY = Pattern.compile("(?m)Dumped by pg_dump version: (.+)$");
  private static final Pattern TOO_NEW = Pattern.compile("unsupported version \\(([\\d.]+)\\)");

  static ArchiveRead readArchive(Path p, Duration budget)
      throws ProbeException, InterruptedException {
    long end = System.nanoTime() + budget.toNanos();
    Processes.Result list =
        Processes.run(
            "pg_restore --list",
            List.of("pg_restore", "--list", p.toString()),
            Map.of(),
            null,
            budget);
    if (list.exit() != 0) {
      String problem = list.firstProblem();
      return new ArchiveRead(false, TOO_NEW.matcher(problem).find(), problem, 0, null, null);
    }
    int tables = count(TABLE_ENTRY, list.out());
    String from = group(FROM, list.out());
    String by = group(BY, list.out());
    Processes.Result all =
        Processes.run(
            "pg_restore reading " + p.getFileName(),
            List.of("pg_restore", "--file=/dev/null", p.toString()),
            Map.of(),
            null,
            Duration.ofNanos(Math.max(0, end - System.nanoTime())));
    if (all.exit() != 0) {
      return new ArchiveRead(false, false, all.firstProblem(), tables, from, by);
    }
    return new ArchiveRead(true, false, null, tables, from, by);
  }

  /** The version of the machine's pg_restore, as in {@code 15.18}. */
  static String pgRestoreVersion(Duration budget) throws ProbeException, InterruptedException {
    Processes.Result r;
    try {
      r = Processes.run("pg_restore", List.of("pg_restore", "--version"), Map.of(), null, budget);
    } catch (ProbeException e) {
      throw new ProbeException(
          "pg_restore is not installed on this machine; install PostgreSQL's client programs"
              + " (Debian: apt-get install postgresql-client) to read dumps back",
          e);
    }
    return DbFacts.leadingNumber(r.out().replaceFirst("^pg_restore \\(PostgreSQL\\)", ""));
  }

  /**
   * What reading a plain SQL dump to its end found.
   *
   * @param complete whether it ends with pg_dump's "dump complete" trailer
   * @param tables its CREATE TABLE statements
   * @param dumpedFrom the server version its header names, or {@code null}
   * @param dumpedBy the pg_dump version, or {@code null}
   * @param creates whether it creates or connects to databases itself (--create, pg_dumpall)
   * @param problem why it could not be read to the end, or {@code null}
   */
  record PlainRead(
      boolean complete,
      int tables,
      String dumpedFrom,
      String dumpedBy,
      boolean creates,
      String problem) {}

  static PlainRead readPlain(Path p, boolean gzip, Duration budget) throws ProbeException {
    long end = System.nanoTime() + budget.toNanos();
    int tables = 0;
    String from = null;
    String by = null;
    boolean creates = false;
    Deque<String> tail = new ArrayDeque<>();
    String problem = null;
    try (InputStream raw = Files.newInputStream(p);
        InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      long n = 0;
      while ((line = r.readLine()) != null) {
        if ((++n & 0xfff) == 0 && System.nanoTime() > end) {
          throw new ProbeException(
              "reading " + p + " did not finish within the time allowed; give db checks more time");
        }
        if (line.startsWith("CREATE TABLE ")) {
          tables++;
        } else if (line.startsWith("CREATE DATABASE ") || line.startsWith("\\connect ")) {
          creates = true;
        } else if (from == null && line.startsWith("-- Dumped from database version")) {
          from = line.replaceFirst("^-- Dumped from database version:? ", "").strip();
        } else if (by == null && line.startsWith("-- Dumped by pg_dump")) {
          by = line.replaceFirst("^-- Dumped by pg_dump(all)? version:? ", "").strip();
        }
        if (!line.isBlank()) {
          tail.addLast(line);
          if (tail.size() > 8) {
            tail.removeFirst();
          }
        }
      }
    } catch (EOFException e) {
      problem = "the file ends in the middle of its compressed data";
    } catch (IOException e) {
      if (e instanceof ProbeException pe) {
        throw pe;
      }
      problem = "it cannot be read: " + e.getMessage();
    }
    boolean complete =
        problem == null
            && tail.stream()
                .anyMatch(
                    l ->
                        l.contains("PostgreSQL database dump complete")
                            || l.contains("PostgreSQL database cluster dump complete"));
    return new PlainRead(complete, tables, from, by, creates, problem);
  }

  private static int count(Pattern p, String text) {
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String group(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? m.group(1).strip() : null;
  }

  private static byte[] head(Path p, int n) throws IOException {
    try (InputStream in = Files.newInputStream(p)) {
      return in.readNBytes(n);
    }
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }
}
