package dev.golive.checks.db;

import dev.golive.checks.Check;
import dev.golive.checks.CheckInfo;
import dev.golive.checks.Judgement;
import dev.golive.checks.Param;
import dev.golive.checks.Probe;
import dev.golive.checks.TargetKind;
import dev.golive.core.model.Priority;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The newest backup is recent and not empty. */
@CheckInfo(
    id = "db.backup-recent",
    needs = TargetKind.BACKUPS,
    title = "The newest backup is recent",
    severity = Priority.CRITICAL,
    description =
        "Finds the newest backup: the newest file (or pg_dump directory) in the backups"
            + " folder, or the newest line a cmd: command prints, read in the formats of ls -l"
            + " --time-style=full-iso or long-iso, aws s3 ls, rclone lsl, gsutil ls -l, or as"
            + " paths of local files (times without a zone are this machine's). The command is"
            + " stopped at the check's deadline. Fails when there is no backup, when the newest"
            + " is older than max-age or smaller than min-bytes; names matching pattern only.")
public record BackupRecentCheck(
    @Param(
            description = "Oldest acceptable age of the newest backup: 26h, 2d, 1d12h, 1w",
            defaultValue = "26h",
            example = "24h")
        String maxAge,
    @Param(
            description = "Smallest acceptable size of the newest backup, in bytes",
            defaultValue = "1024")
        long minBytes,
    @Param(
            description = "Glob that backup file names match",
            defaultValue = "*",
            example = "*.dump")
        String pattern)
    implements Check<BackupRecentCheck.Answer> {

  /**
   * The backups found.
   *
   * @param source the folder, or {@code cmd:} and the command as written
   * @param checkedAt when they were listed, ISO-8601
   * @param count how many backups there are
   * @param newest the newest few, newest first
   * @param unparsed lines of a command's output that were no backup
   * @param unparsedExample the first of them
   */
  public record Answer(
      String source,
      String checkedAt,
      int count,
      List<Backups.Entry> newest,
      int unparsed,
      String unparsedExample) {
    public Answer {
      newest = List.copyOf(newest);
    }
  }

  public BackupRecentCheck {
    try {
      if (Backups.duration(maxAge).isZero()) {
        throw new IllegalArgumentException("'max-age' must be longer than zero");
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage().startsWith("'max-age'")) {
        throw e;
      }
      throw new IllegalArgumentException(
          "'max-age' must be a duration such as 26h, 2d or 1d12h, not '" + maxAge + "'", e);
    }
    if (minBytes < 0) {
      throw new IllegalArgumentException("'min-bytes' must not be negative");
    }
    if (pattern == null || pattern.isBlank()) {
      pattern = "*";
    }
  }

  @Override
  public Answer collect(Probe probe) throws IOException, InterruptedException {
    String checkedAt = OffsetDateTime.now(ZoneOffset.UTC).toString();
    Backups.Listing l =
        Backups.list(probe.target().resources().backups(), pattern, probe.remaining());
    return new Answer(
        l.source(),
        checkedAt,
        l.entries().size(),
        l.entries().subList(0, Math.min(3, l.entries().size())),
        l.unparsed(),
        l.unparsedExample());
  }

  @Override
  public Judgement evaluate(Answer e) {
    if (e.newest().isEmpty()) {
      if (e.unparsed() > 0) {
        return Judgement.error(
            e.source()
                + " printed "
                + e.unparsed()
                + " lines golive could not read as backups, such as '"
                + e.unparsedExample()
                + "'");
      }
      return Judgement.fail(
          "there are no backups in "
              + e.source()
              + (pattern.equals("*") ? "" : " named " + pattern));
    }
    Backups.Entry newest = e.newest().getFirst();
    Duration age = Duration.between(newest.time(), OffsetDateTime.parse(e.checkedAt()));
    if (age.isNegative()) {
      age = Duration.ZERO;
    }
    Duration max = Backups.duration(maxAge);
    String it = "the newest backup in " + e.source() + ", " + newest.name() + ",";
    if (age.compareTo(max) > 0) {
      return Judgement.fail(
          it
              + " is "
              + Backups.words(age)
              + " old, older than "
              + maxAge
              + " ("
              + newest.modified()
              + ")");
    }
    if (newest.bytes() < minBytes) {
      return Judgement.fail(
          it + " holds only " + newest.bytes() + " bytes, fewer than " + minBytes);
    }
    return Judgement.pass(
        it
            + " is "
            + Backups.words(age)
            + " old and holds "
            + newest.bytes()
            + " bytes ("
            + e.count()
            + (e.count() == 1 ? " backup)" : " backups)"));
  }
}
