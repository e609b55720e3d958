package dev.golive.checks.db;

import dev.golive.checks.ProbeException;
import dev.golive.checks.Secrets;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A target's backups: the files of a folder, or the lines a {@code cmd:} command prints in one of
 * the common listing formats ({@code ls -l --time-style=full-iso} or {@code long-iso}, {@code aws
 * s3 ls}, {@code rclone lsl}, {@code gsutil ls -l}, or plain paths of local files).
 */
public final class Backups {
  /**
   * One backup.
   *
   * @param name its file name or the path the listing gives
   * @param bytes its size
   * @param modified when it was last written, ISO-8601 with offset
   * @param local where it is on this machine, or {@code null} for a remote object
   */
  public record Entry(String name, long bytes, String modified, String local) {
    /** {@link #modified} read. */
    public OffsetDateTime time() {
      return OffsetDateTime.parse(modified);
    }
  }

  /**
   * What the listing gave.
   *
   * @param source the folder, or {@code cmd:} and the command as written
   * @param entries the backups, newest first
   * @param unparsed lines of a command's output that were no backup
   * @param unparsedExample the first of them
   */
  record Listing(String source, List<Entry> entries, int unparsed, String unparsedExample) {}

  private static final int MAX_DEPTH = 4;
  private static final int MAX_FILES = 100_000;

  private Backups() {}

  static Listing list(String backups, String glob, Duration budget)
      throws ProbeException, InterruptedException {
    Pattern names = glob(glob);
    if (backups.startsWith("cmd:")) {
      return command(backups, names, budget);
    }
    Path folder = Path.of(backups);
    if (!Files.isDirectory(folder)) {
      throw new ProbeException(
          "the backups folder "
              + folder
              + (Files.exists(folder) ? " is not a folder" : " does not exist"));
    }
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          EnumSet.noneOf(java.nio.file.FileVisitOption.class),
          MAX_DEPTH,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              Path toc = dir.resolve("toc.dat");
              if (!dir.equals(folder) && Files.isRegularFile(toc)) {
                // a pg_dump in directory format is one backup
                if (names.matcher(dir.getFileName().toString()).matches()) {
                  entries.add(
                      entry(folder, dir, size(dir), Files.getLastModifiedTime(toc).toInstant()));
                }
                return FileVisitResult.SKIP_SUBTREE;
              }
              return entries.size() < MAX_FILES
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.TERMINATE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              String name = file.getFileName().toString();
              if (attrs.isRegularFile() && !name.startsWith(".") && names.matcher(name).matches()) {
                entries.add(
                    entry(folder, file, attrs.size(), attrs.lastModifiedTime().toInstant()));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new ProbeException(
          "the backups folder " + folder + " cannot be read: " + e.getMessage(), e);
    }
    return new Listing(backups, newestFirst(entries), 0, null);
  }

  private static Entry entry(Path folder, Path p, long bytes, java.time.Instant modified) {
    return new Entry(
        folder.relativize(p).toString(),
        bytes,
        modified.atOffset(ZoneOffset.UTC).toString(),
        p.toAbsolutePath().toString());
  }

  private static long size(Path dir) throws IOException {
    try (var files = Files.walk(dir, 1)) {
      long total = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        total += Files.size(f);
      }
      return total;
    }
  }

  private static List<Entry> newestFirst(List<Entry> entries) {
    return entries.stream()
        .sorted(Comparator.comparing(Entry::time).reversed().thenComparing(Entry::name))
        .toList();
  }

  private static Listing command(String backups, Pattern names, Duration budget)
      throws ProbeException, InterruptedException {
    String written = backups.substring("cmd:".length()).strip();
    String shown = "cmd:" + written;
    String command = Secrets.expand(written);
    Processes.Result r =
        Processes.run(
            "the backup listing '" + written + "'",
            List.of("sh", "-c", command),
            Map.of(),
            null,
            budget);
    if (r.exit() != 0) {
      throw new ProbeException("the backup listing '" + written + "' failed: " + r.firstProblem());
    }
    List<Entry> entries = new ArrayList<>();
    int unparsed = 0;
    String example = null;
    ZoneId zone = ZoneId.systemDefault();
    for (String line : r.out().split("\n")) {
      if (line.isBlank() || SKIPPED.matcher(line).find()) {
        continue;
      }
      Entry e = parse(line, zone);
      if (e == null) {
        unparsed++;
        if (example == null) {
          example = line.strip();
        }
      } else if (names.matcher(baseName(e.name())).matches()) {
        entries.add(e);
      }
    }
    return new Listing(shown, newestFirst(entries), unparsed, example);
  }

  /** Lines of listings that are no file: totals, folders, prefixes. */
  private static final Pattern SKIPPED =
      Pattern.compile("^(total \\d+|\\s*PRE .*/$|TOTAL: |d[-rwxsStT]{9})");

  private static final Pattern LS =
      Pattern.compile(
          "^[-lbcps][-rwxsStT]{9}[.+@]?\\s+\\d+\\s+\\S+\\s+\\S+\\s+(\\d+)\\s+(\\d{4}-\\d{2}-\\d{2})"
              + "\\s+(\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(?:\\s+([+-]\\d{4}))?\\s+(.+)$");
  private static final Pattern S3 =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2}:\\d{2})\\s+(\\d+)\\s+(.+)$");
  private static final Pattern RCLONE =
      Pattern.compile(
          "^\\s*(\\d+)\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?)\\s+(.+)$");
  private static final Pattern GSUTIL =
      Pattern.compile(
          "^\\s*(\\d+)\\s+(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?Z)\\s+(.+)$");

  /** One line of a listing as a backup, or {@code null}; zone-less times are {@code zone}'s. */
  static Entry parse(String line, ZoneId zone) {
    String l = line.stripTrailing();
    try {
      Matcher m = LS.matcher(l);
      if (m.matches()) {
        String name = m.group(5);
        int arrow = name.indexOf(" -> ");
        if (arrow > 0) {
          name = name.substring(0, arrow);
        }
        OffsetDateTime t =
            m.group(4) != null
                ? LocalDateTime.of(LocalDate.parse(m.group(2)), LocalTime.parse(m.group(3)))
                    .atOffset(ZoneOffset.of(m.group(4)))
                : local(m.group(2), m.group(3), zone);
        return new Entry(name, Long.parseLong(m.group(1)), t.toString(), localPath(name));
      }
      m = S3.matcher(l);
      if (m.matches()) {
        return new Entry(
            m.group(4),
            Long.parseLong(m.group(3)),
            local(m.group(1), m.group(2), zone).toString(),
            null);
      }
      m = RCLONE.matcher(l);
      if (m.matches()) {
        return new Entry(
            m.group(4),
            Long.parseLong(m.group(1)),
            local(m.group(2), m.group(3), zone).toString(),
            null);
      }
      m = GSUTIL.matcher(l);
      if (m.matches()) {
        return new Entry(
            m.group(3),
            Long.parseLong(m.group(1)),
            OffsetDateTime.parse(m.group(2)).toString(),
            null);
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
    return plainPath(l.strip());
  }

  private static OffsetDateTime local(String date, String time, ZoneId zone) {
    LocalDateTime t = LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time));
    return t.atZone(zone).toOffsetDateTime();
  }

  /** A line that is the path of a file on this machine. */
  private static Entry plainPath(String line) {
    try {
      Path p = Path.of(line);
      if (!Files.isRegularFile(p) && !Files.isRegularFile(p.resolve("toc.dat"))) {
        return null;
      }
      boolean dir = Files.isDirectory(p);
      long bytes = dir ? size(p) : Files.size(p);
      var modified = Files.getLastModifiedTime(dir ? p.resolve("toc.dat") : p).toInstant();
      return new Entry(
          line, bytes, modified.atOffset(ZoneOffset.UTC).toString(), p.toAbsolutePath().toString());
    } catch (IOException | InvalidPathException e) {
      return null;
    }
  }

  private static String localPath(String name) {
    Path p = Path.of(name);
    return p.isAbsolute() && Files.exists(p) ? p.toString() : null;
  }

  private static String baseName(String name) {
    String n = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    return n.substring(n.lastIndexOf('/') + 1);
  }

  static Pattern glob(String glob) {
    StringBuilder re = new StringBuilder();
    for (char ch : glob.toCharArray()) {
      switch (ch) {
        case '*' -> re.append(".*");
        case '?' -> re.append('.');
        default -> re.append(Pattern.quote(String.valueOf(ch)));
      }
    }
    return Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE);
  }

  /** {@code 26h}, {@code 2d}, {@code 1d12h}, {@code 90m}, {@code 1w} as a duration. */
  static Duration duration(String text) {
    Matcher m =
        Pattern.compile("(\\d+)\\s*(w|d|h|m|s)")
            .matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    Duration total = Duration.ZERO;
    int end = 0;
    while (m.find()) {
      if (m.start() != end && !text.strip().substring(end, m.start()).isBlank()) {
        throw new IllegalArgumentException(text);
      }
      long n = Long.parseLong(m.group(1));
      total =
          total.plus(
              switch (m.group(2)) {
                case "w" -> Duration.ofDays(7 * n);
                case "d" -> Duration.ofDays(n);
                case "h" -> Duration.ofHours(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofSeconds(n);
              });
      end = m.end();
    }
    if (end == 0 || end != text.strip().length()) {
      throw new IllegalArgumentException(text);
    }
    return total;
  }

  /** {@code d} in words: {@code 3 d 4 h}, {@code 26 h}, {@code 12 min}. */
  static String words(Duration d) {
    long h = d.toHours();
    if (h >= 48) {
      return d.toDays() + " d" + (h % 24 == 0 ? "" : " " + h % 24 + " h");
    }
    if (h >= 1) {
      return h + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
    }
    return Math.max(0, d.toMinutes()) + " min";
  }
}
